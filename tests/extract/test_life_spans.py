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
