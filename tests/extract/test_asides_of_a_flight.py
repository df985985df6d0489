"""Things said beside a flight that are not its facts, as real reports word them (invented
names, the session ``nlp``): a payload commander is no commander, the first to do something is
no seat, an anniversary's flight is not the one flown, a task's hours aboard are not time in
space."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading

keys = partial(reading.keys, published="2021-07-22")


def test_a_payload_commander_is_not_the_commander(nlp: Language) -> None:
    found = keys(nlp, "The seven astronauts of STS-140 were Commander Rick Dune, pilot Willie Marsh, payload "
                      "commander Mike Anson, payload specialist Tom Brisk and mission specialists Ada Pell, Bo Lin "
                      "and Kim Rao.")
    assert key("STS-140", "commander", "Rick Dune") in found
    assert key("STS-140", "commander", "Mike Anson") not in found
    assert key("Mike Anson", "crewRole", "commander") not in found


@pytest.mark.parametrize("text", [
    "Tom Brisk was the payload specialist of STS-107. Brisk was the first spaceflight participant to request "
    "kosher food.",
    "Tom Brisk, a mission specialist on STS-107, was also the first pilot to carry a Torah scroll into orbit.",
])
def test_the_first_to_do_something_holds_no_seat_by_it(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Tom Brisk", "crewRole", "spaceflight participant") not in found
    assert key("Tom Brisk", "crewRole", "pilot") not in found


@pytest.mark.parametrize("text", [
    "Ana Voss and Bo Lin lifted off on Saturday aboard Soyuz MS-31, on the 60th anniversary of Vostok 1.",
    "Ana Voss and Bo Lin blasted off aboard Soyuz MS-31 on Saturday, the 50th anniversary of the moon landing "
    "of the Apollo 11 spacecraft.",
])
def test_an_anniversary_names_another_flight(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Ana Voss", "launchVehicle", "Soyuz MS-31") in found
    assert not [k for k in found if k[1] == "launchVehicle" and k[2] in ("Vostok 1", "Apollo 11")]


@pytest.mark.parametrize("text", [
    "In April, Tom Brisk secured himself to a treadmill on the station to run the London Marathon, completing "
    "the event in three hours, 35 minutes.",
    "Tom Brisk ran the marathon aboard the station in 3 hours and 35 minutes.",
])
def test_how_long_a_task_took_is_not_time_in_space(nlp: Language, text: str) -> None:
    assert not [k for k in keys(nlp, text) if k[1] == "timeInSpace"]


def test_a_short_flight_still_counts_its_minutes(nlp: Language) -> None:
    assert key("Ada Pell", "timeInSpace", "10") in keys(nlp, "Ada Pell's flight lasted 10 minutes.")
