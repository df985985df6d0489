"""Crewmates on a numbered craft (issue 11, hand-declared facts, invented names): a craft whose
name has a number flies once, so those the articles put on it going up, beside the person
asked about, were that person's crew, wherever the articles state their link ("The full crew
aboard was A, B and C" in a story that names no flight). Not a craft that flies many times,
nor when the person asked about did not ride it."""

from __future__ import annotations

import pytest

from extract.facts import Extraction
from kg.questions import Asker
from tests.factories import ExtractionBuilder, asker_over, labels


def riders() -> Extraction:
    b = ExtractionBuilder(
        "The Vela TS-40 crew are Ana Roon, Bo Fisk and Cy Dunn. Dag Ott and Ana Roon rode the Skylark.",
        title="Vela TS-40 is off", id="vela-riders", published="2030-03-04")
    for name in ("Ana Roon", "Bo Fisk", "Cy Dunn", "Dag Ott"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    b.entity("Vela TS-40", "Spacecraft")
    b.entity("Skylark", "Spacecraft")
    for name in ("Ana Roon", "Bo Fisk", "Cy Dunn"):
        b.fact(name, "launchVehicle", "Vela TS-40", evidence="The Vela TS-40 crew are Ana Roon, Bo Fisk and Cy Dunn")
    for name in ("Ana Roon", "Dag Ott"):
        b.fact(name, "launchVehicle", "Skylark", evidence="Dag Ott and Ana Roon rode the Skylark")
    return b.build()


def links() -> Extraction:
    b = ExtractionBuilder(
        "The full crew aboard was Ana Roon, Bo Fisk and Cy Dunn. Ana Roon once flew with Dag Ott. "
        "Eli Moss flew with Bo Fisk years ago.",
        title="Roon in orbit", id="roon-links", published="2030-03-05")
    for name in ("Ana Roon", "Bo Fisk", "Cy Dunn", "Dag Ott", "Eli Moss"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    for other in ("Bo Fisk", "Cy Dunn"):
        b.fact("Ana Roon", "flewWith", other, evidence="The full crew aboard was Ana Roon, Bo Fisk and Cy Dunn")
    b.fact("Ana Roon", "flewWith", "Dag Ott", evidence="Ana Roon once flew with Dag Ott")
    b.fact("Eli Moss", "flewWith", "Bo Fisk", evidence="Eli Moss flew with Bo Fisk years ago")
    return b.build()


crews = asker_over(riders, links)


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "Who flew with Ana Roon on Vela TS-40?",
    "Who were Ana Roon's crewmates on Vela TS-40?",
    "Who flew with Roon aboard Vela TS-40?",
])
def test_those_who_went_up_in_a_numbered_craft_with_her_were_her_crew(crews: Asker, question: str) -> None:
    assert sorted(labels(crews.answer(question))) == ["Bo Fisk", "Cy Dunn"]


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "Who were Ana Roon's crewmates on the Skylark?",  # flies many times: riders of it are no one crew
    "Who were Eli Moss's crewmates on Vela TS-40?",  # he did not ride it
])
def test_no_crew_of_a_reusable_craft_nor_of_one_the_person_did_not_ride(crews: Asker, question: str) -> None:
    assert labels(crews.answer(question)) == []
