"""A spacewalk's day and length as reporters tell them: "spent seven hours outside the
station", "a six-and-a-half-hour spacewalk", "a 6 1/2-hour spacewalk", "During Tuesday's
spacewalk, A and B ..."; not hours spent outside on the ground after a landing. Invented
names, several phrasings each."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.components.quantities import duration
from extract.gold import Key
from tests.extract import reading

keys = partial(reading.keys, published="2024-03-20")


def objects(found: set[Key], name: str, predicate: str) -> set[str]:
    return {k[2] for k in found if k[0] == name and k[1] == predicate}


@pytest.mark.parametrize("text, length", [
    ("Cosmonauts Ivan Sorokin and Pyotr Lind spent 7 hours and 11 minutes outside the station on Tuesday, "
     "installing a new radiator.", "431"),
    ("On Tuesday Ivan Sorokin and Pyotr Lind spent seven hours outside the International Space Station.", "420"),
    ("Ivan Sorokin and Pyotr Lind floated out of the station's airlock on Tuesday to begin a "
     "six-and-a-half-hour spacewalk.", "390"),
    ("Ivan Sorokin stepped outside the station on Tuesday with Pyotr Lind for a 6 1/2-hour spacewalk.", "390"),
    ("During Tuesday's spacewalk, Ivan Sorokin and Pyotr Lind replaced a battery. The excursion lasted 6 hours "
     "and 31 minutes.", "391"),
    ("Ivan Sorokin and Pyotr Lind ventured outside the station on Tuesday for a spacewalk that lasted six and a "
     "half hours.", "390"),
])
def test_a_spacewalk_day_and_length(nlp: Language, text: str, length: str) -> None:
    found = keys(nlp, text)
    for name in ("ivan sorokin", "pyotr lind"):
        assert objects(found, name, "spacewalkDate") == {"2024-03-19"}
        assert objects(found, name, "spacewalkDuration") == {length}
        assert not objects(found, name, "timeInSpace")


@pytest.mark.parametrize("text", [
    "After landing on the steppe on Tuesday, Ivan Sorokin and Pyotr Lind spent two hours outside the capsule "
    "waiting for the helicopters.",
    "Ivan Sorokin spent three hours outside in the snow on Tuesday, signing autographs.",
])
def test_hours_outside_on_the_ground_are_no_spacewalk(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert not objects(found, "ivan sorokin", "spacewalkDuration")
    assert not objects(found, "ivan sorokin", "spacewalkDate")


@pytest.mark.parametrize("text, minutes", [
    ("a six-and-a-half-hour spacewalk", 390),
    ("a 6 1/2-hour spacewalk", 390),
    ("a 6½-hour spacewalk", 390),
    ("six and a half hours outside", 390),
    ("a half-hour delay", None),
    ("chapter 1/2-hour", None),
])
def test_halves_of_an_hour(text: str, minutes: int | None) -> None:
    found = duration(text)
    assert (found.minutes if found is not None else None) == minutes


@pytest.mark.parametrize("text, total", [
    ("Ivan Sorokin has spent a total of 27 hours and 48 minutes of spacewalking.", True),
    ("Ivan Sorokin has made seven spacewalks totaling 50 hours and 4 minutes.", True),
    ("Ivan Sorokin's spacewalks add up to 62 hours and 6 minutes in all.", True),
    ("Ivan Sorokin has logged a cumulative 40 hours and 2 minutes on his spacewalks.", True),
    ("Ivan Sorokin made a spacewalk of 6 hours and 31 minutes on Tuesday.", False),
    ("Ivan Sorokin spent 6 hours and 31 minutes outside the station on Tuesday.", False),
])
def test_a_spacewalk_total_is_told_apart_from_one_walk(nlp: Language, text: str, total: bool) -> None:
    extraction = next(extract(nlp, [Article(text, published="2024-03-20", id="t")]))
    scopes = [dict(f.qualifiers).get("scope") for f in extraction.facts if f.predicate == "spacewalkDuration"]
    assert scopes
    assert all((s is not None and getattr(s, "name", None) == "Cumulative") == total for s in scopes)
