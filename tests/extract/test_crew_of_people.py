"""A named flight's crew given after "of" ("the Soyuz 23 crew of A and B", "Apollo 19's crew
of A, B and C"): they flew it, also when the sentence goes on to their landing; a crew of
someone ("the crew of A") names no flight. Invented people."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

keys = partial(reading.triples, published="2031-06-10")


@pytest.mark.parametrize("text", [
    "Lena Varo is only preceded by two Russians, the Soyuz 23 crew of Tom Reyes and Ivan Petrov, who in 1976 "
    "intended to come down on land but instead descended into a frozen lake.",
    "The Soyuz 23 crew of Tom Reyes and Ivan Petrov landed in a frozen lake in 1976.",
    "Soyuz 23's crew of Tom Reyes and Ivan Petrov spent two days in orbit.",
])
def test_the_crew_a_craft_is_named_for_went_up_in_it(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert {("tom reyes", "launchVehicle", "soyuz 23"), ("ivan petrov", "launchVehicle", "soyuz 23")} <= found


def test_the_crew_of_a_mission_given_after_of_are_its_members(nlp: Language) -> None:
    found = keys(nlp, "The Apollo 19 crew of Tom Reyes, Ivan Petrov and Lena Varo trained for two years.")
    assert {("apollo 19", "crewMember", p) for p in ("tom reyes", "ivan petrov", "lena varo")} <= found


def test_the_crew_of_a_person_names_no_flight(nlp: Language) -> None:
    found = keys(nlp, "Lena Varo met the crew of Tom Reyes in Houston on Soyuz 23 day.")
    assert not {k for k in found if k[1] in ("crewMember", "launchVehicle")}


@pytest.mark.parametrize("text", [
    "Official photo of the Apollo 19 crew of Tom Reyes, left, and Ivan Petrov.",
    "The Apollo 19 crew of Tom Reyes (left) and Ivan Petrov trained for two years.",
    "The Apollo 19 crew of Tom Reyes, right, and Ivan Petrov, left, posed in Houston.",
])
def test_a_captions_position_words_keep_the_crew_listed(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert {("apollo 19", "crewMember", p) for p in ("tom reyes", "ivan petrov")} <= found


@pytest.mark.parametrize("text", [
    "The Apollo 19 crew of Tom Reyes, who left the agency, and Ivan Petrov trained.",
    "The Apollo 19 crew of Tom Reyes left, and Ivan Petrov stayed behind.",
])
def test_a_word_of_place_outside_a_caption_ends_the_list(nlp: Language, text: str) -> None:
    assert ("apollo 19", "crewMember", "ivan petrov") not in keys(nlp, text)
