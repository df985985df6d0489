"""A crewmate named with a series ("his Gemini crewmate", "her Soyuz crewmates") shares only a
flight of that series with the owner, never another the owner commanded ("who would later
command Apollo 31"); a crewmate named without one keeps sharing the commanded flight. Invented
names."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import Key
from tests.extract import reading

keys = partial(reading.keys, published="1969-08-01")


def crew(found: set[Key], mission: str) -> set[str]:
    return {k[2] for k in found if k[0] == mission and k[1] in ("commander", "crewMember")}


@pytest.mark.parametrize("text", [
    "Ned Armer, who would later command Apollo 31, flew Gemini 18 in 1966. His Gemini crewmate was Dave "
    "Scotto, who would be the pilot of Apollo 29.",
    "Ned Armer commanded Apollo 31 in 1969. Three years earlier his Gemini crewmate had been Dave Scotto.",
])
def test_a_series_crewmate_is_not_on_another_series_flight(nlp: Language, text: str) -> None:
    assert "dave scotto" not in crew(keys(nlp, text), "apollo 31")


def test_a_series_crewmate_shares_the_flight_of_the_series(nlp: Language) -> None:
    found = keys(nlp, "Ned Armer commanded Gemini 18 in 1966. His Gemini crewmate was Dave Scotto.")
    assert "dave scotto" in crew(found, "gemini 18")


def test_a_crewmate_without_a_series_shares_the_commanded_flight(nlp: Language) -> None:
    found = keys(nlp, "Ann Lee commanded STS-199 in 1990. Her shuttle crewmates were Bo Dart and Cy Fenn.")
    assert {"bo dart", "cy fenn"} <= crew(found, "sts-199")
