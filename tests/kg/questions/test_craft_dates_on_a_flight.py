""""When did Atlantis launch on STS-30?": a craft's launch told beside the flight it made ("the
shuttle Kestrel took off on its third flight, Orion-30, on May 4") is that flight's, though the
craft's own name stands nearer the verb; a flight the sentence does not name is not tied.
Invented names, a store of its own."""

from __future__ import annotations

import pytest

from extract.facts import Extraction
from kg.questions import Asker
from tests.factories import ExtractionBuilder, asker_over, date


def _launch() -> Extraction:
    b = ExtractionBuilder("On May 4, 2029, the shuttle Kestrel took off on its third flight, Orion-30, from Port "
                          "Lumen. Orion-31 is next.", id="kestrel", published="2029-05-05")
    b.entity("Kestrel", "Spacecraft")
    b.entity("Orion-30", "Spaceflight")
    b.entity("Orion-31", "Spaceflight")
    b.fact("Kestrel", "launchDate", date("2029-05-04"), evidence="took off")
    return b.build()


asker = asker_over(_launch)


@pytest.mark.parametrize("question", ["When did Kestrel launch on Orion-30?", "When did Kestrel lift off on Orion-30?"])
def test_a_crafts_launch_beside_its_flight_is_the_flights(asker: Asker, question: str) -> None:
    assert [a.value for a in asker.answer(question).answers] == ["2029-05-04"]


def test_another_flight_is_not_tied(asker: Asker) -> None:
    assert asker.answer("When did Kestrel launch on Orion-31?").answers == ()
