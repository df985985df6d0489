"""How many spacewalks a flight had ("How many spacewalks did the X crew complete?") is the
flight's stated count; it never answers how many a member made ("How many spacewalks did A make
on X?"), and a member's count never answers for the flight. Hand-declared facts, invented names."""

from __future__ import annotations

import pytest

from extract.facts import Extraction, Literal
from kg.questions import Asker
from tests.factories import ExtractionBuilder, asker_over, labels


def _walks() -> Extraction:
    b = ExtractionBuilder(
        "Tova Senn and Ilan Marr flew on Lumen-7. The Lumen-7 crew completed four spacewalks. Senn made three "
        "spacewalks during Expedition 90. Senn has made nine spacewalks in her career. Ada Rusk flew on Lumen-8.",
        title="Lumen walks", id="lumen-walks", published="2031-06-10",
    )
    for name in ("Tova Senn", "Ilan Marr", "Ada Rusk"):
        b.entity(name, "Astronaut")
    for flight in ("Lumen-7", "Lumen-8"):
        b.entity(flight, "Spaceflight")
    b.entity("Expedition 90", "Expedition")
    for name in ("Tova Senn", "Ilan Marr"):
        b.fact("Lumen-7", "crewMember", name, evidence="Tova Senn and Ilan Marr flew on Lumen-7")
    b.fact("Lumen-8", "crewMember", "Ada Rusk", evidence="Ada Rusk flew on Lumen-8")
    b.fact("Lumen-7", "spacewalkCount", Literal("4", "integer"), evidence="The Lumen-7 crew completed four spacewalks")
    b.fact("Tova Senn", "spacewalkCount", Literal("3", "integer"),
           evidence="Senn made three spacewalks during Expedition 90", qualifiers={"mission": "Expedition 90"})
    b.fact("Tova Senn", "spacewalkCount", Literal("9", "integer"),
           evidence="Senn has made nine spacewalks in her career")
    b.fact("Ada Rusk", "spacewalkCount", Literal("2", "integer"), evidence="Ada Rusk flew on Lumen-8",
           qualifiers={"mission": "Lumen-8"})
    return b.build()


asker = asker_over(_walks)


@pytest.mark.parametrize("question", [
    "How many spacewalks did the Lumen-7 crew complete?",
    "How many spacewalks did the Lumen-7 crew carry out during the mission?",
    "How many spacewalks were made on Lumen-7?",
    "How many EVAs did Lumen-7 include?",
])
def test_a_flights_count_answers_for_the_flight(asker: Asker, question: str) -> None:
    assert labels(asker.answer(question)) == ["4"]


@pytest.mark.parametrize("question", [
    "How many spacewalks did Marr make on Lumen-7?",
    "How many spacewalks did Senn make on Lumen-7?",
    "How many EVAs did Senn and Marr make on Lumen-7?",
    "How many spacewalks has Ilan Marr made?",
])
def test_a_flights_count_is_no_members(asker: Asker, question: str) -> None:
    assert labels(asker.answer(question)) == []


def test_a_members_counts_stay_theirs(asker: Asker) -> None:
    assert labels(asker.answer("How many spacewalks has Tova Senn made?")) == ["9"]
    assert labels(asker.answer("How many spacewalks did Senn complete during Expedition 90?")) == ["3"]
    assert labels(asker.answer("How many spacewalks did the Lumen-8 crew complete?")) == []
