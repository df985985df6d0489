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


@pytest.mark.parametrize("text", [
    "American astronaut Dan Lowe and Russian cosmonaut Ivan Petrov are resting in Baikonur.\n\nThe Soyuz MS-10 "
    "spacecraft launched from the Baikonur Cosmodrome to the International Space Station on Thursday, October 11 "
    "carrying Lowe and Petrov.",
    "American astronaut Dan Lowe and Russian cosmonaut Ivan Petrov are resting in Baikonur.\n\nThe Soyuz MS-10 "
    "spacecraft launched from the Baikonur Cosmodrome in Kazakhstan to the International Space Station at 4:40 "
    "a.m. EDT Thursday, October 11 (2:40 p.m. in Baikonur time) carrying Lowe and Petrov.",
])
def test_riders_of_a_craft_launched_in_a_sentence_parsed_as_a_noun_phrase(nlp: Language, text: str) -> None:
    found = reading.triples(nlp, text, _PAGE)
    for name in ("dan lowe", "ivan petrov"):
        assert (name, "launchVehicle", "soyuz ms-10") in found


def test_a_craft_launched_carrying_cargo_rides_no_one(nlp: Language) -> None:
    found = reading.triples(nlp, "Dan Lowe is resting in Houston.\n\nThe Progress MS-90 spacecraft launched from "
                                 "the Baikonur Cosmodrome on Thursday, October 11 carrying food and water.", _PAGE)
    assert not [t for t in found if t[1] == "launchVehicle" and t[0] == "dan lowe"]


@pytest.mark.parametrize("text", [
    "On July 23, Soyuz 37 (Terek) was launched at 1833 GMT carrying Ivan Petrov and the first Vietnamese "
    "cosmonaut, Tran Van. The crew docked with the station two hours later.",
    "On July 23, Soyuz 37 was launched at 1833 GMT carrying Ivan Petrov and the first Vietnamese cosmonaut, Lt. Col. "
    "Tran Van.",
])
def test_riders_after_the_hour_of_the_launch(nlp: Language, text: str) -> None:
    found = reading.triples(nlp, text, _PAGE)
    for name in ("ivan petrov", "tran van"):
        assert (name, "launchVehicle", "soyuz 37") in found


def test_a_craft_launched_at_an_hour_carrying_cargo_rides_no_one(nlp: Language) -> None:
    found = reading.triples(nlp, "On July 23, Progress 37 was launched at 1833 GMT carrying food and water, and "
                                 "Ivan Petrov watched it from the station.", _PAGE)
    assert not [t for t in found if t[1] == "launchVehicle" and t[0] == "ivan petrov"]
