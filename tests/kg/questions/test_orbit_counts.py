"""How many times a flight or a person on it circled the Earth ("How many orbits of the Earth
did X complete?", "How many times did X orbit the Earth?") is the stated count of orbits, never
a count of flights or a time in space; and how many times someone flew is never a count of
orbits. Hand-declared facts, invented names."""

from __future__ import annotations

import pytest

from extract.facts import Extraction, Literal, Term
from kg.questions import Asker
from tests.factories import ExtractionBuilder, asker_over, days, labels


def _orbits() -> Extraction:
    b = ExtractionBuilder(
        "Ada Rusk flew on Lumen-7 and completed 48 orbits of the Earth in 71 hours. Lumen-8 circled the globe 22 "
        "times. Ivo Penn flew on Lumen-9.",
        title="Lumen flights", id="lumen-orbits", published="2031-06-10",
    )
    for name in ("Ada Rusk", "Ivo Penn"):
        b.entity(name, "Astronaut")
    for flight in ("Lumen-7", "Lumen-8", "Lumen-9"):
        b.entity(flight, "Spaceflight")
    b.fact("Lumen-7", "crewMember", "Ada Rusk", evidence="Ada Rusk flew on Lumen-7")
    b.fact("Ada Rusk", "orbitCount", Literal("48", "integer"), evidence="completed 48 orbits of the Earth",
           qualifiers={"mission": "Lumen-7"})
    b.fact("Ada Rusk", "timeInSpace", days("2.958333"), evidence="in 71 hours",
           qualifiers={"unit": Literal("minute"), "scope": Term("SingleFlight"), "mission": "Lumen-7"})
    b.fact("Lumen-8", "orbitCount", Literal("22", "integer"), evidence="Lumen-8 circled the globe 22 times")
    b.fact("Lumen-9", "crewMember", "Ivo Penn", evidence="Ivo Penn flew on Lumen-9")
    return b.build()


asker = asker_over(_orbits)


@pytest.mark.parametrize("question", [
    "How many orbits of the Earth did Ada Rusk complete?",
    "How many times did Ada Rusk orbit the Earth?",
    "How many orbits did Rusk make?",
    "How many times did Ada Rusk circle the Earth?",
])
def test_a_persons_orbits_are_counted(asker: Asker, question: str) -> None:
    assert labels(asker.answer(question)) == ["48"]


def test_a_flights_orbits_are_counted(asker: Asker) -> None:
    assert labels(asker.answer("How many orbits of the Earth did Lumen-8 complete?")) == ["22"]


@pytest.mark.parametrize("question", [
    "How many times did Ivo Penn orbit the Earth?",
    "How many orbits did Ivo Penn make?",
])
def test_flights_are_no_orbits(asker: Asker, question: str) -> None:
    assert labels(asker.answer(question)) == []


def test_orbits_are_no_flights_or_days(asker: Asker) -> None:
    assert labels(asker.answer("How many times has Ada Rusk flown?")) == []  # one flight named, no count stated
    assert "48" not in labels(asker.answer("How many days did Ada Rusk spend in orbit?"))
