"""An age in a description put before a name and a comma ("A 41-year-old former navy doctor, Ito
drew attention ...") is that person's (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading

_PAGE = "2031-06-10"


@pytest.mark.parametrize(("text", "name", "years"), [
    ("A 41-year-old former navy doctor, Ken Ito drew attention for his posts.", "ken ito", "41"),
    ("A 41-year-old former navy doctor, Ito drew attention for his posts. Ken Ito landed on Monday.", "ken ito", "41"),
    ("A 45-year-old physicist, Tomas Kell joined the crew in May.", "tomas kell", "45"),
    ("A 38-year-old pilot, Omar Haddad will command the flight.", "omar haddad", "38"),
    ("A 29-year-old teacher from Ohio, Mina Ford won the seat in a contest.", "mina ford", "29"),
])
def test_a_fronted_age_is_the_named_persons(nlp: Language, text: str, name: str, years: str) -> None:
    assert (name, "age", years) in reading.triples(nlp, text, _PAGE)


@pytest.mark.parametrize("text", [
    "Once a 25-year-old cadet, Lena Voss now leads the corps.",  # an age then
    "A 30-year-old engineer built the rig, Lena Voss said.",  # someone else, unnamed
])
def test_no_age_for_another_or_an_earlier_self(nlp: Language, text: str) -> None:
    assert not {t for t in reading.triples(nlp, text, _PAGE) if t[1] == "age"}
