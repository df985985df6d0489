"""A craft or rocket that carried or delivered someone into orbit or to space launched them
("Columbia carried A into orbit on 28 November 1983", "... when the shuttle delivered him to Earth
orbit"): their launch, its day and craft (invented names, the session ``nlp``). Carrying someone
home, to a station, or a thing into space is no launch of theirs."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading


def facts(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return reading.triples(nlp, text, "2024-10-05", reported=True)


@pytest.mark.parametrize("text", [
    "The Space Shuttle Columbia carried Ivan Belov into orbit on 28 November 1983.",
    "The Space Shuttle Columbia delivered Ivan Belov to orbit on 28 November 1983.",
    "On 28 November 1983, a Soyuz rocket carried Ivan Belov and Mark Jensen into space.",
    "Ivan Belov's first flight began on 28 November 1983, when the Space Shuttle Columbia carried him to orbit.",
    "Ivan Belov's first stay in space began on 28 November 1983, when the Space Shuttle Columbia delivered him "
    "to Earth orbit.",
])
def test_borne_into_orbit_is_a_launch(nlp: Language, text: str) -> None:
    assert ("ivan belov", "launchDate", "1983-11-28") in facts(nlp, text)


@pytest.mark.parametrize("text", [
    "A Soyuz rocket delivered the cargo to orbit on 28 November 1983.",
    "The Soyuz capsule carried Ivan Belov back to Earth on 28 November 1983.",
    "A Dragon capsule delivered Ivan Belov to the space station on 28 November 1983.",
    "Ivan Belov carried the flag into space on 28 November 1983.",
    "The Soyuz carrying Ivan Belov and Mark Jensen landed on 28 November 1983.",
])
def test_other_carrying_is_no_launch(nlp: Language, text: str) -> None:
    assert not {f for f in facts(nlp, text) if f[1] == "launchDate"}


def test_space_told_in_another_clause_is_no_launch(nlp: Language) -> None:
    text = ("It is the first crew flight on hardware that has already been to space: Kestrel carried the "
            "Lumen-2 test crew last year.")
    assert not {f for f in facts(nlp, text) if f[1] in ("launchDate", "crewMember")}


def test_a_when_clause_takes_the_day_of_the_clause_it_tells_of(nlp: Language) -> None:
    text = ("Forty years ago, Ivan Belov became the first Velmarian in space.\n\n"
            "His first stay in space began on 28 November 1983, when the Space Shuttle Columbia delivered him to "
            "Earth orbit.")
    assert {f for f in reading.triples(nlp, text, "2023-11-27", reported=True) if f[1] == "launchDate"} == {
        ("ivan belov", "launchDate", "1983-11-28")}
