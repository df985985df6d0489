"""A flight's launch asked with an owner before its name ("When did Vexa Space's STS-190
mission launch?", "Columbia's STS-107 mission", whichever Columbia the name links to): the owner
qualifies the flight named after it, whose own date answers; the owner asked alone, or as the
owner of no flight named, is not answered by a flight's date the articles do not tie to it
(hand-declared facts, invented names)."""

from __future__ import annotations

import pytest

from extract.facts import Extraction
from kg.questions import Asker
from tests.factories import ExtractionBuilder, asker_over, date, labels


def _flights() -> Extraction:
    b = ExtractionBuilder(
        "The STS-190 mission was launched on January 16, 2033 from Kennedy Space Center. Lena Moss flew on "
        "Atlantis. Vexa Space builds rockets.", title="Flights", id="flights", published="2033-02-01")
    b.entity("STS-190", "Spaceflight")
    b.entity("Atlantis", "Spacecraft")
    b.entity("Kennedy Space Center", "LaunchSite")
    b.entity("Lena Moss", "Astronaut")
    b.entity("Vexa Space", "Organization")
    b.fact("STS-190", "launchDate", date("2033-01-16"), evidence="The STS-190 mission was launched on January 16")
    b.fact("STS-190", "launchSite", "Kennedy Space Center", evidence="from Kennedy Space Center")
    b.fact("Lena Moss", "spacecraft", "Atlantis", evidence="Lena Moss flew on Atlantis")
    return b.build()


asker = asker_over(_flights)


@pytest.mark.parametrize("question", [
    "When did Vexa Space's STS-190 mission launch?",
    "When did Vexa Space's STS-190 launch?",
    "When did Vexa Space’s STS-190 flight lift off?",
    "When did the STS-190 mission launch?",
])
def test_an_owned_flight_is_asked_by_its_name(asker: Asker, question: str) -> None:
    assert labels(asker.answer(question)) == ["16 January 2033"]


@pytest.mark.parametrize("question", [
    "When did Vexa Space launch?",
    "When did Atlantis launch?",
    "When did Lena Moss launch?",
    "When did Lena Moss's Atlantis launch?",
    "When did Lena Moss launch on STS-190?",
])
def test_no_flights_date_for_what_it_is_not_tied_to(asker: Asker, question: str) -> None:
    assert "16 January 2033" not in labels(asker.answer(question))
