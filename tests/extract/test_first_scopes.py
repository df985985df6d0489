"""The group a first counts among, as reporters word it: a group told by whom it leaves out
("the first non-Soviet astronaut", "the first man in space who was not a citizen of ...") has
no scope we can say, so no first is read; "Latin American" is no American; a second rank
coordinated with the first ("the first African-American and second astronaut to ...") is not
part of the group (invented names, the session ``nlp``)."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading

keys = partial(reading.keys, published="2031-03-02")


def _firsts(nlp: Language, text: str) -> set[str]:
    return {k[2] for k in keys(nlp, text) if k[1] == "holdsFirst" and k[0] == "tomas kell"}


@pytest.mark.parametrize("text", [
    "Tomas Kell became the first non-Soviet and non-American astronaut to make the trip to outer space.",
    "The Ruritanian cosmonaut Tomas Kell was the first man in space who was not a citizen of either the US or "
    "the USSR.",
    "Tomas Kell was the first non-American to command the station.",
    "Tomas Kell, the first non-European woman to walk in space, retired on Monday.",
    "Tomas Kell was the first person in space who was not a pilot.",
])
def test_a_group_told_by_whom_it_leaves_out_gives_no_first(nlp: Language, text: str) -> None:
    assert _firsts(nlp, text) <= {"anyone"} - {"anyone"}


@pytest.mark.parametrize(("text", "scope"), [
    ("Born in 1942, Tomas Kell went on to become the first Latin American and the first Ruritanian to fly in "
     "space in 1980.", "latin america"),
    ("Tomas Kell became the first Latin-American astronaut.", "latin america"),
    ("Tomas Kell became the first Latin American woman to fly to space.", "latin america, woman"),
    ("Tomas Kell is the first African-American and second astronaut to head the space agency.", "african-american"),
    ("Tomas Kell is the first woman and third European to command the station.", "woman"),
])
def test_the_group_is_the_one_the_words_name(nlp: Language, text: str, scope: str) -> None:
    found = _firsts(nlp, text.replace("Ruritanian", "Danish").replace("ruritania", "denmark"))
    assert scope.replace("ruritania", "denmark") in found, found
    assert not {s for s in found if "united states" in s or "second" in s or "third" in s}, found


def test_a_plain_first_keeps_its_group(nlp: Language) -> None:
    assert key("Tomas Kell", "holdsFirst", "Denmark") in keys(nlp, "Tomas Kell was the first Danish astronaut.")


@pytest.mark.parametrize(("text", "scope"), [
    ("Tomas Kell is also the first Korean-American astronaut on the station.", "korean-american"),
    ("Tomas Kell became the first Iranian-American woman in space.", "iranian-american, woman"),
    ("Tomas Kell, the first Danish-American astronaut to walk in space, retired on Monday.", "danish-american"),
])
def test_two_demonyms_joined_are_a_group_of_their_own(nlp: Language, text: str, scope: str) -> None:
    found = _firsts(nlp, text)
    assert found == {scope}, found


def test_one_demonym_stays_a_country(nlp: Language) -> None:
    assert _firsts(nlp, "Tomas Kell became the first Korean astronaut.") == {"korea"}


@pytest.mark.parametrize("text", [
    "VALDORA - Denmark's first astronaut, Tomas Kell, blasted off last month on the shuttle.",
    "Denmark's first astronaut, Tomas Kell, blasted off last month on the shuttle.",
])
def test_a_dateline_before_the_country_is_no_part_of_the_scope(nlp: Language, text: str) -> None:
    assert _firsts(nlp, text) == {"denmark"}
