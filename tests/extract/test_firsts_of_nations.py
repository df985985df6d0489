"""Firsts told with a demonym that says a sex ("the first Scotsman to reach space", "the first
Irishwoman") and firsts "from that country" (the country just named), with "marking the
first ..." as "becoming the first ...". Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.frames.groups import scope_of
from extract.gold import Key
from tests.extract import reading


def firsts(nlp: Language, text: str) -> set[tuple[str, str]]:
    found: set[Key] = reading.keys(nlp, text, "2031-11-01")
    return {(k[0], k[2]) for k in found if k[1] == "holdsFirst"}


@pytest.mark.parametrize("text, scope", [
    ("Kenneth Moray became the first Scotsman to reach space on Tuesday.", "Scotland, man"),
    ("Kenneth Moray flew aboard the Soyuz MS-40 on Tuesday, becoming the first Scotsman in space.",
     "Scotland, man"),
    ("Kenneth Moray, the first Scot in space, said the view was stunning.", "Scotland"),
    ("Ada Brennan became the first Irishwoman to walk in space on Tuesday.", "Ireland, woman"),
    ("Piet Maas was the first Dutchman to command the station.", "Netherlands, man"),
    ("Kurt Adler became the first German to command the station on Tuesday.", "Germany"),
])
def test_a_demonym_gives_the_country_and_its_ending_the_sex(nlp: Language, text: str, scope: str) -> None:
    assert {scope.lower()} == {s for _, s in firsts(nlp, text)}


@pytest.mark.parametrize("text, scope", [
    ("Rana Siddiq from Pakistan flew on the mission, marking the first person to fly to space from that country.",
     "pakistan"),
    ("Rana Siddiq of Pakistan launched on Friday, marking the first woman to reach space from her country.",
     "pakistan, woman"),
    ("Rana Siddiq, an engineer from Pakistan, became the first person from the country to fly to space.",
     "pakistan"),
    ("Rana Siddiq launched on Friday, marking the first person to fly to space from Pakistan.", "pakistan"),
    ("Born in Pakistan, Rana Siddiq became the first woman to fly to space from that country on Friday.",
     "pakistan, woman"),
])
def test_that_country_is_the_one_just_named(nlp: Language, text: str, scope: str) -> None:
    assert firsts(nlp, text) == {("rana siddiq", scope)}


def test_a_launch_that_marked_a_first_time_is_no_person_s_first(nlp: Language) -> None:
    text = "The launch marked the first time a woman from that country reached space, Rana Siddiq said."
    assert not firsts(nlp, text)


def test_questions_and_articles_meet_on_the_same_scope() -> None:
    assert scope_of(["scotsman"]) == scope_of(["scottish", "man"]) == "Scotland, man"
    assert scope_of(["german"]) == "Germany"
    assert scope_of(["swede"]) == scope_of(["swedish"]) == "Sweden"  # a noun for a nation's people


@pytest.mark.parametrize(("text", "holder", "scope"), [
    ("The first Bulgarian space traveller Kiril Dobrev (right) and commander Ivo Sarn before the launch.",
     "kiril dobrev", "bulgaria"),
    ("Kiril Dobrev became Bulgaria's first space traveller in 1979.", "kiril dobrev", "bulgaria"),
    ("Kiril Dobrev, the first Bulgarian space traveler, died on Monday.", "kiril dobrev", "bulgaria"),
    ("Poland's first space traveller, Kiril Dobrev, flew in 1978.", "kiril dobrev", "poland"),
    ("Kiril Dobrev was the first Hungarian space traveller.", "kiril dobrev", "hungary"),
])
def test_a_first_space_traveller(nlp: Language, text: str, holder: str, scope: str) -> None:
    """"Space traveller" is a trade of firsts, as "space tourist" is, in either spelling."""
    assert firsts(nlp, text) == {(holder, scope)}


@pytest.mark.parametrize("text, scope", [
    ("Her capsule came down far from the target, but Hana Seo, the first South Korean in space, was well.",
     "south korea"),
    ("Hana Seo became the first South Korean in space on Tuesday.", "south korea"),
    ("Tomas Dlamo was the first South African in orbit.", "south africa"),
    ("Marek Zelny became the first Pole in space in 1978.", "poland"),
    ("Lina Reyes will be remembered as the first Filipino in space.", "philippines"),
    ("Dara Nouri, the first Iranian to walk in space, spoke on Monday.", "iran"),
])
def test_a_demonym_the_parse_calls_an_adjective_still_names_the_group(nlp: Language, text: str, scope: str) -> None:
    assert {scope} == {s for _, s in firsts(nlp, text)}


@pytest.mark.parametrize("text", [
    "Hana Seo was the first South Korean astronaut's backup.",  # a first of someone else's
    "The first Korean rocket flew in 2013, Hana Seo said.",  # a first that is no person
])
def test_no_first_without_a_person_holding_it(nlp: Language, text: str) -> None:
    assert not {h for h, _ in firsts(nlp, text) if h == "hana seo"}


def test_two_words_of_a_country_are_one_scope() -> None:
    assert scope_of(["south", "korean"]) == scope_of(["south", "korea"]) == "South Korea"
    assert scope_of(["korean"]) == "Korea"


def test_the_country_s_first_is_of_the_country_named_before(nlp: Language) -> None:
    text = "Norway named two new astronauts on Monday. The class includes the country's first female astronaut, " \
           "Ada Brennan."
    assert firsts(nlp, text) == {("ada brennan", "norway, woman")}


def test_the_country_s_first_with_no_country_named_is_none(nlp: Language) -> None:
    assert not firsts(nlp, "The class includes the country's first female astronaut, Ada Brennan.")


@pytest.mark.parametrize("text", [
    "The minister identified Ada Brennan as the first female astronaut of Norway with her male counterpart, "
    "Kurt Adler.",
    "The agency named Ada Brennan as the first female astronaut of Norway.",
])
def test_a_first_someone_is_identified_as_is_theirs_not_the_speaker_s(nlp: Language, text: str) -> None:
    assert firsts(nlp, text) == {("ada brennan", "norway, woman")}
