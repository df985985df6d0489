"""A launch that carried a flight's crew ("Endeavour launched on February 3, 2034, with A and
the crew of STS-199", "lifted off ... carrying the crew of STS-199") launched that flight too:
its day and site are the flight's; not a crew told in a clause of its own, met or landed with,
nor an expedition's, which begins aboard the station (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import Key, key
from tests.extract import reading


def facts(nlp: Language, text: str) -> set[Key]:
    return reading.keys(nlp, text, "2034-03-01")


@pytest.mark.parametrize(("text", "expected"), [
    ("The Space Shuttle Endeavour launched on February 3, 2034, with Ivan Belov and the crew of STS-199.",
     [("STS-199", "launchDate", "2034-02-03")]),
    ("Ivan Belov lifted off from the Kennedy Space Center on February 3, 2034 with the crew of STS-199.",
     [("STS-199", "launchDate", "2034-02-03"), ("STS-199", "launchSite", "Kennedy Space Center")]),
    ("The Space Shuttle Endeavour lifted off from the Kennedy Space Center on February 3, 2034, carrying the "
     "crew of STS-199.", [("STS-199", "launchDate", "2034-02-03")]),
])
def test_the_flight_whose_crew_went_up(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    found = facts(nlp, text)
    for subject, prop, value in expected:
        assert key(subject, prop, value) in found


@pytest.mark.parametrize(("text", "flight"), [
    ("Ivan Belov met the crew of STS-199 on February 3, 2034.", "STS-199"),
    ("Ivan Belov landed on February 3, 2034 with the crew of STS-199.", "STS-199"),
    ("The Space Shuttle Endeavour launched on February 3, 2034, with Ivan Belov, a year after the crew of STS-199 "
     "had landed.", "STS-199"),
    ("The Soyuz MS-40 lifted off on February 3, 2034 carrying the crew of Expedition 90.", "Expedition 90"),
    ("The Space Shuttle Endeavour launched on February 3, 2034, with two veterans of the crew of STS-199.",
     "STS-199"),
])
def test_no_launch_of_a_crew_not_carried_up(nlp: Language, text: str, flight: str) -> None:
    assert key(flight, "launchDate", "2034-02-03") not in facts(nlp, text)
