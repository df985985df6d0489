"""A numbered craft asked with the station it went to ("Who flew to Kestrel Station on Vega TK-7?")
asks for its crew: everyone ever aboard the station is no answer. Hand-declared
facts, invented names."""

from __future__ import annotations

import pytest

from extract.facts import Extraction
from kg.questions import Asker
from tests.factories import ExtractionBuilder, asker_over, labels


def _kestrel() -> Extraction:
    b = ExtractionBuilder(
        "Vega TK-7 carried Ada Rusk and Ivo Penn to Kestrel Station, where Una Sell and Per Odd already lived.",
        title="Vega TK-7 reaches Kestrel", id="kestrel", published="2031-06-10",
    )
    b.entity("Kestrel Station", "SpaceStation")
    b.entity("Harbor Station", "SpaceStation")
    b.entity("Tor Lind", "Astronaut")
    b.entity("Vega TK-9", "Spacecraft")
    b.entity("Bo Quay", "Astronaut")
    b.fact("Bo Quay", "launchVehicle", "Vega TK-9", evidence="Kestrel")
    b.fact("Tor Lind", "spacecraft", "Harbor Station", evidence="Kestrel")
    b.entity("Vega TK-7", "Spacecraft")
    for name in ("Ada Rusk", "Ivo Penn", "Una Sell", "Per Odd"):
        b.entity(name, "Astronaut")
        b.fact(name, "spacecraft", "Kestrel Station", evidence=name)
    for name in ("Ada Rusk", "Ivo Penn"):
        b.fact(name, "launchVehicle", "Vega TK-7", evidence=name)  # "Vega TK-7 carried A and B"
    b.fact("Vega TK-7", "commander", "Ada Rusk", evidence="Ada Rusk")
    return b.build()


kestrel = asker_over(_kestrel)


@pytest.mark.parametrize("question", [
    "Who flew to Kestrel Station on Vega TK-7?",
    "Who traveled to the Kestrel Station aboard Vega TK-7?",
    "Who flew on Vega TK-7 to Kestrel Station?",
])
def test_a_flights_crew_asked_with_its_station_is_the_flights(kestrel: Asker, question: str) -> None:
    assert sorted(labels(kestrel.answer(question))) == ["Ada Rusk", "Ivo Penn"]


def test_a_station_named_otherwise_is_no_destination(kestrel: Asker) -> None:
    """ "from" is not "to": the station is no place the flight is said to have gone, so the
    answer cannot claim it (the flight's crew is not tied to it by the question)."""
    answer = kestrel.answer("Who flew from Kestrel Station on Vega TK-7?")
    assert sorted(labels(answer)) != ["Ada Rusk", "Ivo Penn", "Per Odd", "Una Sell"]


@pytest.mark.parametrize("question", [
    "Who commanded Vega TK-7 while Una Sell was aboard?",
    "Who commanded Vega TK-7 when Per Odd was on board?",
    "Who commanded Vega TK-7 when Una Sell was already aboard?",  # "already" of the clause, not the question
])
def test_a_clause_that_places_the_question_asks_no_crew(kestrel: Asker, question: str) -> None:
    """ "aboard" in a clause of time says when, not who rode: the commander is asked."""
    assert labels(kestrel.answer(question)) == ["Ada Rusk"]


def test_a_station_the_craft_never_went_to_is_no_premise_taken(kestrel: Asker) -> None:
    """The articles put the craft's people on Kestrel Station, never on Harbor Station."""
    answer = kestrel.answer("Who flew to Harbor Station on Vega TK-7?")
    assert labels(answer) == []
    assert "Harbor Station" in (answer.message or "")


def test_a_station_no_article_contradicts_is_taken_as_the_questions_premise(kestrel: Asker) -> None:
    """Vega TK-9's rider is put on no station: "to Harbor Station" is the question's premise."""
    assert labels(kestrel.answer("Who flew to Harbor Station on Vega TK-9?")) == ["Bo Quay"]
