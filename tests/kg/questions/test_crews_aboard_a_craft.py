"""A flight named with the craft it flew on ("How many astronauts were aboard Vesta on Lumen-7?",
"Who flew aboard Vesta on Lumen-7?") asks for that flight's crew: the craft's own links are
everyone who rode it on any flight, and never join the count. Hand-declared facts, invented names."""

from __future__ import annotations

import pytest

from extract.facts import Extraction
from kg.questions import Asker
from tests.factories import ExtractionBuilder, asker_over, labels


def _vesta() -> Extraction:
    b = ExtractionBuilder(
        "The orbiter Vesta flew Lumen-7 with Ada Rusk and Ivo Penn. On Lumen-5, Vesta carried Una Sell, Per Odd "
        "and Ola Brin.",
        title="Vesta flies again", id="vesta", published="2031-06-10",
    )
    for name in ("Ada Rusk", "Ivo Penn", "Una Sell", "Per Odd", "Ola Brin"):
        b.entity(name, "Astronaut")
    b.entity("Vesta", "Spacecraft")
    for flight in ("Lumen-7", "Lumen-5"):
        b.entity(flight, "Spaceflight")
    for name, flight in (("Ada Rusk", "Lumen-7"), ("Ivo Penn", "Lumen-7"), ("Una Sell", "Lumen-5"),
                         ("Per Odd", "Lumen-5"), ("Ola Brin", "Lumen-5")):
        b.fact(flight, "crewMember", name, evidence=name)
        b.fact(name, "spacecraft", "Vesta", evidence=name)
    return b.build()


vesta = asker_over(_vesta)


@pytest.mark.parametrize("question", [
    "How many astronauts were aboard Vesta on Lumen-7?",
    "How many people flew aboard Vesta on Lumen-7?",
    "How many astronauts flew on Lumen-7 aboard Vesta?",
])
def test_a_flights_crew_counted_aboard_its_craft_is_that_flights(vesta: Asker, question: str) -> None:
    answer = vesta.answer(question)
    assert answer.answers == () and "they name 2: Ada Rusk and Ivo Penn" in (answer.message or "")


def test_the_crew_aboard_a_craft_on_a_flight_is_that_flights(vesta: Asker) -> None:
    assert sorted(labels(vesta.answer("Who flew aboard Vesta on Lumen-7?"))) == ["Ada Rusk", "Ivo Penn"]


def test_a_craft_asked_alone_still_names_everyone_it_carried(vesta: Asker) -> None:
    answer = vesta.answer("How many astronauts flew aboard Vesta?")
    assert answer.answers == () and "they name 5" in (answer.message or "")
