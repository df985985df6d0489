""""The three-man crew of Soyuz TMA-95, A, B and C, landed ...", "The X crew -- A and B --
...": the people set beside a named flight's crew flew it; not a backup crew, and not a name
that only follows the crew in another clause. Invented names, the session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading

_PAGE = "2031-06-10"


def _riders(nlp: Language, text: str) -> set[str]:
    return {k[0] for k in reading.triples(nlp, text, _PAGE) if k[1:] == ("launchVehicle", "soyuz tma-95")}


@pytest.mark.parametrize("text", [
    "The three-man crew of Soyuz TMA-95, Ann Baker, Carl Dunn and Ed Fox, landed in Kazakhstan on Friday.",
    "The crew of Soyuz TMA-95 -- Ann Baker, Carl Dunn and Ed Fox -- landed in Kazakhstan on Friday.",
    "The Soyuz TMA-95 crew, Ann Baker, Carl Dunn and Ed Fox, landed in Kazakhstan on Friday.",
])
def test_the_people_beside_a_flights_crew_flew_it(nlp: Language, text: str) -> None:
    assert _riders(nlp, text) == {"ann baker", "carl dunn", "ed fox"}


def test_a_mission_crew_in_apposition_are_its_members(nlp: Language) -> None:
    found = reading.triples(nlp, "The crew of Apollo 19, Ann Baker and Carl Dunn, landed on Friday.", _PAGE)
    assert {("apollo 19", "crewMember", "ann baker"), ("apollo 19", "crewMember", "carl dunn")} <= found


@pytest.mark.parametrize("text", [
    "The backup crew of Soyuz TMA-95, Ann Baker and Carl Dunn, watched the landing.",
    "Reporters greeted the crew of Soyuz TMA-95, Ann Baker said on Friday.",
])
def test_no_riders_beside_another_crew(nlp: Language, text: str) -> None:
    assert not _riders(nlp, text)
