"""A flight named with the capsule it flew right after it ("Where did the Lumen-7 Skiff
Dawnlight splash down?") asks about the flight: the capsule's words qualify it, whatever the
graph holds of the capsule (invented names; a newsroom of its own)."""

from __future__ import annotations

import pytest

from extract.facts import Extraction
from kg.questions import Asker
from tests.factories import ExtractionBuilder, asker_over, date


def splashdown() -> Extraction:
    b = ExtractionBuilder(
        "The Lumen-7 crew, Ada Quill and Rem Sato, splashed down in the Gulf of Ardent on 3 May 2031 aboard "
        "the Skiff capsule Dawnlight, which had launched on 2 March 2031.",
        title="Lumen-7 is home", id="lumen-7", published="2031-05-04",
    )
    b.entity("Ada Quill", "Astronaut")
    b.entity("Rem Sato", "Astronaut")
    b.entity("Lumen-7", "Spaceflight")
    b.entity("Skiff", "Organization")
    b.entity("Dawnlight", "Spacecraft")
    b.entity("Gulf of Ardent", "Place")
    for name in ("Ada Quill", "Rem Sato"):
        b.fact("Lumen-7", "crewMember", name, evidence="The Lumen-7 crew, Ada Quill and Rem Sato")
        b.fact(name, "landingSite", "Gulf of Ardent", evidence="splashed down in the Gulf of Ardent")
    b.fact("Dawnlight", "launchDate", date("2031-03-02"), evidence="which had launched on 2 March 2031")
    return b.build()


asker = asker_over(splashdown)


@pytest.mark.parametrize("question", [
    "Where did the Lumen-7 Skiff Dawnlight splash down?",
    "Where did the Lumen-7 Dawnlight splash down?",
    "Where did Lumen-7 splash down?",
])
def test_a_flight_told_with_its_capsule_is_the_flight(asker: Asker, question: str) -> None:
    assert [a.label for a in asker.answer(question).answers] == ["Gulf of Ardent"]


def test_the_capsule_alone_is_still_the_capsule(asker: Asker) -> None:
    assert [a.label for a in asker.answer("When did Dawnlight launch?").answers] == ["2 March 2031"]
