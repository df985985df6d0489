"""Words that look like a fact of now but tell of another time: an age the person had as a
child ("As a 3-year-old, X told her parents..."), a dead person's "late" before the
occupation ("the late cosmonaut"), a seat on a flight the sentence says was later called off
("a mission that was later canceled"). Invented names, the session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.gold import key
from tests.extract import reading


def _found(nlp: Language, text: str) -> set[tuple[str, ...]]:
    return reading.keys(nlp, text, "2018-11-30")


@pytest.mark.parametrize(("text", "name", "young"), [
    ("As a 3-year-old in Spokane, Washington, Lena Voss told her parents she would fly.", "Lena Voss", "3"),
    ("As a 10-year-old, Tomas Kell watched the Moon landing on television.", "Tomas Kell", "10"),
    ("When she was 12, Ada Rinn built her first rocket.", "Ada Rinn", "12"),
    ("Mira Olsen said she set her mind on flying when she was 10 years old.", "Mira Olsen", "10"),
    ("Ken Baro told reporters he decided to become a pilot when he was 9.", "Ken Baro", "9"),
    ("Lena Voss has wanted to fly since she was 7 years old.", "Lena Voss", "7"),
    ("Ivo Sarn lived on a farm until he was 14.", "Ivo Sarn", "14"),
    ("At 25, Tomas Kell was the youngest man yet to fly in space, and he became a hero.", "Tomas Kell", "25"),
    ("At 30, Ada Rinn became the first woman to command the station.", "Ada Rinn", "30"),
])
def test_an_age_of_childhood_is_not_the_age(nlp: Language, text: str, name: str, young: str) -> None:
    assert key(name, "age", young) not in _found(nlp, text)


@pytest.mark.parametrize(("text", "name", "years"), [
    ("As a 10-year-old, Tomas Kell watched the Moon landing. Kell, 52, flies next spring.", "Tomas Kell", "52"),
    ("As a 41-year-old, Omar Haddad is the oldest rookie in the class.", "Omar Haddad", "41"),
    ("Ivo Sarn, 45, was 12 when he saw his first launch.", "Ivo Sarn", "45"),
    ("At 61, Omar Haddad is the oldest of the four.", "Omar Haddad", "61"),
    ("Mira Olsen said she set her mind on flying when she was 10 years old. Olsen is 33.", "Mira Olsen", "33"),
    ("Lena Voss is 52.", "Lena Voss", "52"),  # "was 52": an age then (tests/extract/test_ages_in_lists.py)
])
def test_the_age_now_is_still_read(nlp: Language, text: str, name: str, years: str) -> None:
    assert key(name, "age", years) in _found(nlp, text)


@pytest.mark.parametrize("text", [
    "Ivo Sarn, Poland's only cosmonaut, has died. The late cosmonaut circled the Earth 126 times.",
    "Lena Voss has died at 81. The late astronaut flew twice.",
])
def test_late_is_no_part_of_the_occupation(nlp: Language, text: str) -> None:
    jobs = {k[2] for k in _found(nlp, text) if k[1] == "occupation"}
    assert not any(j.startswith("late") for j in jobs)


@pytest.mark.parametrize("text", [
    "Upon returning to Earth, Lena Voss was assigned as the commander of an all-female Soyuz crew to "
    "Salyut 7, a mission that was later canceled.",
    "Ivo Sarn was named commander of Apollo 20, which was later cancelled.",
    "Ada Rinn was picked as commander of Orion-9, a flight that was scrapped in 2011.",
])
def test_a_seat_on_a_flight_called_off_is_no_fact(nlp: Language, text: str) -> None:
    assert not [k for k in _found(nlp, text) if k[1] in ("commander", "crewRole")]


def test_a_seat_on_a_flight_that_flew_is_kept(nlp: Language) -> None:
    found = _found(nlp, "Ivo Sarn commanded Apollo 19, which landed on the Moon. A later flight was cancelled.")
    assert key("Apollo 19", "commander", "Ivo Sarn") in found


def test_an_age_at_a_dated_deed_is_kept_as_of_that_date(nlp: Language) -> None:
    ex = next(extract(nlp, [Article("Lena Voss rode into space on the shuttle Orion in 1983 when she was 32.",
                                    published="2012-07-23", id="t")]))
    ages = [f for f in ex.facts if f.predicate == "age"]
    assert [(str(getattr(f.object, "value", "")), getattr(f.as_of, "value", None)) for f in ages] == [("32", "1983")]
