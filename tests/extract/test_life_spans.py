"""A life's years in brackets after a name ("Ann Lee (1930 - 2021)") are not the day of the
event the sentence tells (invented names, the session ``nlp``)."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

keys = partial(reading.keys, published="2031-04-29")


@pytest.mark.parametrize("text", [
    "Ivo Lind (1930 - 2021)\n\nApollo 40 astronaut Ivo Lind has died at the age of 90 after a battle with cancer.",
    "Ivo Lind (1930 - 2021) Apollo 40 astronaut Ivo Lind has died at the age of 90 after a battle with cancer.",
    "Apollo 40 astronaut Ivo Lind (1930-2021) died at his home in Ohio, NASA said.",
    "Tributes poured in for Ivo Lind (1930–2021), who died at his home in Ohio.",
    "Former astronaut Ivo Lind (1930 - 2021) passed away at his home in Ohio.",
])
def test_a_life_s_years_are_not_its_end(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert not {k for k in found if k[1] in ("deathDate", "birthDate") and k[2] == "1930"}, found


def test_a_death_year_told_plainly_is_read(nlp: Language) -> None:
    found = keys(nlp, "Ivo Lind died in 2021 at his home in Ohio.")
    assert ("ivo lind", "deathDate", "2021", "reported") in found


@pytest.mark.parametrize(("text", "day"), [
    ("Ivo Lind (b. January 1, 1959) was the first cosmonaut of his country.", "1959-01-01"),
    ("Ivo Lind (b. 12 March 1961) flew twice.", "1961-03-12"),
    ("Ivo Lind (b. 1961) flew twice.", "1961"),
])
def test_a_reference_works_b_in_brackets_is_the_birth(nlp: Language, text: str, day: str) -> None:
    assert ("ivo lind", "birthDate", day, "reported") in keys(nlp, text)


@pytest.mark.parametrize("text", [
    "Ivo Lind (b. Moscow, 1961) flew twice.",
    "See part (b. 2) of the report by Ivo Lind in 1961.",
    "The crew (b. 1961) flew twice.",
])
def test_no_birth_from_a_b_that_holds_more_than_a_date(nlp: Language, text: str) -> None:
    assert not {k for k in keys(nlp, text) if k[1] == "birthDate"}
