"""A flight's length told of the flight itself ("The mission lasted 9 days, 19 hours", "Soyuz
TMA-40 returned after a 167-day mission") is the flight's (akg:flightLength), whether or not the
article names its crew; a stay at a station, a record, a person's time and one flight of an
orbiter that flew many are not. Invented names, several phrasings."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading


def _lengths(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return reading.triples(nlp, text, kind="flightLength")


@pytest.mark.parametrize(("text", "flight", "length"), [
    ("Atlantis launched on STS-212 on June 27 and landed on July 7. The mission lasted 9 days, 19 hours, "
     "22 minutes, and 17 seconds.", "STS-212", "9.806944"),
    ("Soyuz TMA-40 returned to Earth on Friday after a 167-day mission.", "Soyuz TMA-40", "167"),
    ("Apollo 19 splashed down on Friday. The flight lasted for 12 days.", "Apollo 19", "12"),
    ("Shenzhou-31 landed in Inner Mongolia on Monday, ending a 183-day mission.", "Shenzhou-31", "183"),
])
def test_a_length_told_of_the_flight_is_its_own(nlp: Language, text: str, flight: str, length: str) -> None:
    assert {(t[0], t[2]) for t in _lengths(nlp, text)} == {(flight.lower(), length)}


@pytest.mark.parametrize("text", [
    "Soyuz TMA-40 docked on Friday. Its crew spent 155 days at the space station.",
    "Soyuz TMA-40 landed on Friday. The record of 437 days, set by Lev Kramov, still stands.",
    "Kira Lund returned on Soyuz TMA-40 after spending 186 days in space.",
    "Soyuz TMA-40 landed on Friday. The crew spent 30 days in quarantine.",
])
def test_other_lengths_are_no_flights(nlp: Language, text: str) -> None:
    assert _lengths(nlp, text) == set()


def _times(nlp: Language, text: str) -> set[str]:
    return {t[0] for t in reading.triples(nlp, text, kind="timeInSpace") if t[2] == "165"}


@pytest.mark.parametrize("text", [
    "NASA astronaut Ann Kellor, ESA astronaut Bob Trask and cosmonaut Ivan Petrov landed on Monday. Kellor, Trask "
    "and Petrov spent 165 days aboard the space station.",
    "Astronauts Ann Kellor, Bob Trask and Ivan Petrov spent 165 days in orbit before landing on Monday.",
])
def test_a_stay_of_a_list_of_names_is_each_ones(nlp: Language, text: str) -> None:
    assert _times(nlp, text) == {"ann kellor", "bob trask", "ivan petrov"}


@pytest.mark.parametrize("text", [
    "Ann Kellor, a NASA astronaut, spent 165 days in orbit. Bob Trask and Ivan Petrov flew later.",
    "Ann Kellor, Bob Trask's crewmate, spent 165 days in orbit.",
])
def test_an_aside_after_a_name_is_no_one_elses_stay(nlp: Language, text: str) -> None:
    assert _times(nlp, text) == {"ann kellor"}


@pytest.mark.parametrize("text", [
    "Seven astronauts were lost as the space shuttle Atlantis broke up on its return from a 16-day mission.",
    "The shuttle Atlantis landed on Friday after a 16-day mission.",
])
def test_a_reusable_craft_has_no_length_of_its_own(nlp: Language, text: str) -> None:
    assert _lengths(nlp, text) == set()


@pytest.mark.parametrize(("text", "flight", "length"), [
    ("Soyuz MS-71\nOperator Roscosmos\nMission duration 36 minutes\nOrbits completed Failed to orbit\n\n"
     "Soyuz MS-71 was a crewed flight.", "soyuz ms-71", "36"),
    ("Soyuz MS-72\nFlight duration: 9 days, 3 hours\nCrew size 2\n\nSoyuz MS-72 was a crewed flight.",
     "soyuz ms-72", "9.125"),
])
def test_a_flight_pages_duration_field_is_its_length(nlp: Language, text: str, flight: str, length: str) -> None:
    assert {(t[0], t[2]) for t in _lengths(nlp, text)} == {(flight, length)}


@pytest.mark.parametrize("text", [
    "Mara Quill\nMission duration 36 minutes\nCrew size 2\n\nMara Quill is an astronaut who flew on Soyuz MS-73.",
    "Soyuz MS-74\nTraining duration 36 days\n\nSoyuz MS-74 was a crewed mission.",
    "Soyuz MS-75 was a crewed mission.\nMission duration 36 minutes was the plan for Soyuz MS-76.",
])
def test_a_duration_field_of_no_flights_page_is_no_length(nlp: Language, text: str) -> None:
    assert _lengths(nlp, text) == set()
