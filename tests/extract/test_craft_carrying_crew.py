"""A craft that "is carrying" people rides them: the flight named as the subject, or a craft noun
or "it" for the one named just before, with the people as its object, in a name list or after a
colon ("members of the expedition: A and B, as well as C"), or by a participle the parser
hangs on the launch's time ("was launched at 1833 GMT carrying A and B"). Not a rocket carrying a capsule,
nor a craft carrying people home (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading

_PAGE = "2031-06-10"


@pytest.mark.parametrize("text", [
    "Soyuz MS-90 is carrying cosmonauts Ivan Petrov and Oleg Sorin to the station.",
    "The Soyuz MS-90 spacecraft launched on Monday. It is carrying cosmonauts Ivan Petrov and Oleg Sorin to the "
    "station.",
    "The Soyuz MS-90 spacecraft that launched from Baikonur has reached orbit. The spacecraft is carrying members "
    "of the 80th expedition to the International Space Station (ISS): Roscosmos cosmonauts Ivan Petrov "
    "(expedition commander) and Oleg Sorin, as well as NASA astronaut Dan Lowe.",
    "Soyuz MS-90 lifted off at dawn. The capsule carried Ivan Petrov and Oleg Sorin into orbit.",
    "The Soyuz MS-90 capsule is carrying Ivan Petrov and Oleg Sorin, both rookies.",
    "On July 23, Soyuz MS-90 was launched at 1833 GMT carrying Ivan Petrov and Oleg Sorin.",
    "Soyuz MS-90 lifted off at 4:40 a.m. EDT on Thursday carrying Ivan Petrov and Oleg Sorin.",
])
def test_the_riders_of_a_carrying_craft_launched_on_it(nlp: Language, text: str) -> None:
    found = reading.triples(nlp, text, _PAGE)
    for name in ("ivan petrov", "oleg sorin"):
        assert (name, "launchVehicle", "soyuz ms-90") in found


@pytest.mark.parametrize("text", [
    "The Soyuz MS-90 capsule undocked on Monday. It carried Ivan Petrov and Oleg Sorin back to Earth.",
    "The Falcon 9 rocket carried the Crew Dragon Endurance into orbit. Ivan Petrov watched from Houston.",
    "Ivan Petrov's Soyuz MS-90 carried Oleg Sorin, a rookie.",  # the owner's craft: a companion, read elsewhere
    "Soyuz MS-90 is carrying food and water to the station, Ivan Petrov said.",
    "Soyuz MS-90 undocked at 1833 GMT carrying Ivan Petrov and Oleg Sorin home.",
])
def test_no_launch_for_other_carrying(nlp: Language, text: str) -> None:
    found = reading.triples(nlp, text, _PAGE)
    assert ("oleg sorin", "launchVehicle", "soyuz ms-90") not in found
    assert ("ivan petrov", "launchVehicle", "soyuz ms-90") not in found
