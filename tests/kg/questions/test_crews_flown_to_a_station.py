"""A flight's crew asked with where it went ("Who flew to the ISS on Vela TS-40?", issue 11,
hand-declared facts, invented names): the station after "to" is the flight's destination, not a
second topic, so the answer is the craft's crew, never everyone the articles put aboard the
station."""

from __future__ import annotations

import pytest

from extract.facts import Extraction
from kg.questions import Asker
from tests.factories import ExtractionBuilder, asker_over, labels


def docking() -> Extraction:
    b = ExtractionBuilder(
        "Vela TS-40 docked with the Kelda station. Vela TS-40 had Ana Roon and Bo Fisk on board. "
        "The current Kelda crew includes Cy Dunn and Dag Ott.",
        title="Vela TS-40 docks", id="vela-docks", published="2030-03-04")
    for name in ("Ana Roon", "Bo Fisk", "Cy Dunn", "Dag Ott"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    b.entity("Vela TS-40", "Spacecraft")
    b.entity("Kelda", "SpaceStation", aliases=("Kelda station",))
    for name in ("Ana Roon", "Bo Fisk"):
        b.fact(name, "launchVehicle", "Vela TS-40", evidence="Vela TS-40 had Ana Roon and Bo Fisk on board")
        b.fact(name, "spacecraft", "Kelda", evidence="Vela TS-40 docked with the Kelda station")
    for name in ("Cy Dunn", "Dag Ott"):
        b.fact(name, "spacecraft", "Kelda", evidence="The current Kelda crew includes Cy Dunn and Dag Ott")
    return b.build()


station = asker_over(docking)


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "Who flew to Kelda on Vela TS-40?",
    "Who flew to the Kelda station aboard Vela TS-40?",
    "Who flew on Vela TS-40?",
])
def test_the_crew_of_the_flight_that_went_there(station: Asker, question: str) -> None:
    assert sorted(labels(station.answer(question))) == ["Ana Roon", "Bo Fisk"]


@pytest.mark.issue(11)
def test_a_station_alone_is_still_the_topic(station: Asker) -> None:
    assert {"Cy Dunn", "Dag Ott"} <= set(labels(station.answer("Who was aboard Kelda?")))
