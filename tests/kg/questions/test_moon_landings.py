"""When a flight landed on the Moon ("When did X land on the Moon?") is its stated Moon landing,
never its return to Earth, and "When did X land?" is never the Moon landing; a flight's Moon
landing is no crew member's (one stayed in orbit). Hand-declared facts, invented names."""

from __future__ import annotations

import pytest

from extract.facts import Extraction, Literal
from kg.questions import Asker
from tests.factories import ExtractionBuilder, asker_over


def _moon() -> Extraction:
    b = ExtractionBuilder(
        "Apollo 30 landed on the Moon on Dec. 11, 2032. Apollo 30 returned to Earth on Dec. 19, 2032. "
        "Lumen-9 landed on Dec. 3, 2032. The Moon is far.",
        title="Apollo 30", id="apollo-30", published="2033-01-10",
    )
    b.entity("Sol Varga", "Astronaut")
    b.entity("Moon", "CelestialBody")
    for flight in ("Apollo 30", "Lumen-9"):
        b.entity(flight, "Spaceflight")
    b.fact("Apollo 30", "crewMember", "Sol Varga", evidence="Apollo 30 landed on the Moon on Dec. 11, 2032")
    b.fact("Apollo 30", "moonLandingDate", Literal("2032-12-11", "date"),
           evidence="Apollo 30 landed on the Moon on Dec. 11, 2032")
    b.fact("Apollo 30", "returnDate", Literal("2032-12-19", "date"),
           evidence="Apollo 30 returned to Earth on Dec. 19, 2032")
    b.fact("Lumen-9", "returnDate", Literal("2032-12-03", "date"), evidence="Lumen-9 landed on Dec. 3, 2032")
    return b.build()


asker = asker_over(_moon)


def values(asker: Asker, question: str) -> list[object]:
    return [a.value for a in asker.answer(question).answers]


@pytest.mark.parametrize("question", [
    "When did Apollo 30 land on the Moon?",
    "When did Apollo 30 touch down on the lunar surface?",
    "When was the Apollo 30 Moon landing?",
])
def test_a_moon_landing_answers_when_it_landed_on_the_moon(asker: Asker, question: str) -> None:
    assert values(asker, question) == ["2032-12-11"]


@pytest.mark.parametrize(("question", "expected"), [
    ("When did Apollo 30 land?", ["2032-12-19"]),
    ("When did Apollo 30 return to Earth?", ["2032-12-19"]),
    ("When did Lumen-9 land on the Moon?", []),
    ("When did Sol Varga land on the Moon?", []),
])
def test_a_return_and_a_moon_landing_stay_apart(asker: Asker, question: str, expected: list[str]) -> None:
    assert values(asker, question) == expected
