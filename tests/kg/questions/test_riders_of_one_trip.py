"""Who rode a craft up and who rode it home (issue 11, hand-declared facts, invented names): a
crew swapped in orbit comes home in a craft that took others up, so "Who came back to Earth
aboard Vela TS-40?" gives those the articles tie to it on the trip home, when they tie some,
and "Who launched aboard it?" those of the trip up; with nothing that tells the trips apart,
the craft's riders answer both."""

from __future__ import annotations

import pytest

from extract.facts import Extraction
from kg.questions import Asker
from tests.factories import ExtractionBuilder, asker_over, labels


def swapped() -> Extraction:
    b = ExtractionBuilder(
        "Ana Roon and Bo Fisk launched on Vela TS-40. Cy Dunn and Dag Ott landed in it. "
        "Ana Roon was the commander of Vela TS-40.",
        title="Vela TS-40 at a glance", id="vela-sheet", published="2030-03-04")
    for name in ("Ana Roon", "Bo Fisk", "Cy Dunn", "Dag Ott"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    b.entity("Vela TS-40", "Spacecraft")
    up, home = "Ana Roon and Bo Fisk launched on Vela TS-40", "Cy Dunn and Dag Ott landed in it"
    b.fact("Vela TS-40", "crewMember", "Bo Fisk", evidence=up)
    b.fact("Ana Roon", "launchedWith", "Bo Fisk", evidence=up)
    b.fact("Vela TS-40", "commander", "Ana Roon", evidence="Ana Roon was the commander of Vela TS-40")
    for name in ("Cy Dunn", "Dag Ott"):
        b.fact(name, "spacecraft", "Vela TS-40", evidence=home)
    b.fact("Cy Dunn", "landedWith", "Dag Ott", evidence=home)
    return b.build()


def one_crew() -> Extraction:
    b = ExtractionBuilder("Ena Vosk and Fil Marr rode Vela TS-41.", title="Vela TS-41", id="vela-41",
                          published="2030-03-05")
    b.entity("Vela TS-41", "Spacecraft")
    for name in ("Ena Vosk", "Fil Marr"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
        b.fact(name, "spacecraft", "Vela TS-41", evidence="Ena Vosk and Fil Marr rode Vela TS-41")
    return b.build()


crafts = asker_over(swapped, one_crew)


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "Who came back to Earth aboard Vela TS-40?",
    "Who returned aboard Vela TS-40?",
])
def test_those_it_brought_home(crafts: Asker, question: str) -> None:
    assert sorted(labels(crafts.answer(question))) == ["Cy Dunn", "Dag Ott"]


@pytest.mark.issue(11)
def test_those_it_took_up(crafts: Asker) -> None:
    assert sorted(labels(crafts.answer("Who launched aboard Vela TS-40?"))) == ["Ana Roon", "Bo Fisk"]


@pytest.mark.issue(11)
def test_with_no_trip_told_the_riders_answer(crafts: Asker) -> None:
    assert sorted(labels(crafts.answer("Who came back to Earth aboard Vela TS-41?"))) == ["Ena Vosk", "Fil Marr"]


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "Who flew around the Earth on Vela TS-40?",  # a noun tells no trip
    "Who was aboard Vela TS-40 at the station?",
])
def test_a_noun_tells_no_trip(crafts: Asker, question: str) -> None:
    assert sorted(labels(crafts.answer(question))) == ["Ana Roon", "Bo Fisk", "Cy Dunn", "Dag Ott"]
