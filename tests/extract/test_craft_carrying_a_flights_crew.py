"""A craft said to carry "the crew of" a flight carried the people the story then names as that
crew ("The crew comprises A and B"): they rode it. Not a rocket, not a craft carrying a crew
home, not cargo for a crew (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading

_PAGE = "2031-06-10"
_LAUNCH = "The agency announced the launch of the Soyuz MS-90 spacecraft from Baikonur on Tuesday. "


@pytest.mark.parametrize("text", [
    _LAUNCH + "The agency said that the spacecraft, carrying the crew of Expedition 88 to the station, separated "
    "from the third stage. The crew comprises cosmonauts Ivan Petrov and Oleg Sorin, as well as astronaut Dan Lowe.",
    "Soyuz MS-90 is carrying the crew of Expedition 88 to the station. The crew of Expedition 88 includes Ivan "
    "Petrov, Oleg Sorin and Dan Lowe.",
    "The Soyuz MS-90 capsule lifted off on Tuesday carrying the crew of Expedition 88. The crew consists of Ivan "
    "Petrov, Oleg Sorin and Dan Lowe.",
])
def test_the_named_crew_of_a_carried_flight_rode_the_craft(nlp: Language, text: str) -> None:
    found = reading.triples(nlp, text, _PAGE)
    for name in ("ivan petrov", "oleg sorin", "dan lowe"):
        assert (name, "launchVehicle", "soyuz ms-90") in found
        assert ("expedition 88", "crewMember", name) in found


@pytest.mark.parametrize("text", [
    _LAUNCH + "The Volga rocket, carrying the crew of Expedition 88, rose fast. The crew comprises Ivan Petrov and "
    "Oleg Sorin.",
    _LAUNCH + "In April the capsule carrying the crew of Expedition 88 back to Earth landed. The crew comprised Ivan "
    "Petrov and Oleg Sorin.",
    _LAUNCH + "The spacecraft is carrying food for the crew of Expedition 88. The crew comprises Ivan Petrov and "
    "Oleg Sorin.",
    _LAUNCH + "Ivan Petrov's spacecraft is carrying the crew of Expedition 88. The crew comprises Ivan Petrov and "
    "Oleg Sorin.",
])
def test_no_ride_for_a_rocket_a_trip_home_or_another_crew(nlp: Language, text: str) -> None:
    found = reading.triples(nlp, text, _PAGE)
    assert ("oleg sorin", "launchVehicle", "soyuz ms-90") not in found
