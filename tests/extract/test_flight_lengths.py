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


@pytest.mark.parametrize(("text", "flight", "length"), [
    ("Ken Marlow flew to space aboard Soyuz 58 on Sept. 18, 1985. During the eight-day mission, Soyuz 58 docked "
     "with the Salyut 9 space station.", "soyuz 58", "8"),
    ("During its 12-day flight, Soyuz T-19 docked with Salyut 9.", "soyuz t-19", "12"),
    ("On the 11-day mission, Shenzhou 31 carried two taikonauts to the station.", "shenzhou-31", "11"),
])
def test_a_numbered_craft_doing_something_during_its_flight_measures_it(nlp: Language, text: str, flight: str,
                                                                       length: str) -> None:
    assert {(t[0], t[2]) for t in _lengths(nlp, text)} == {(flight, length)}


@pytest.mark.parametrize("text", [
    "Soyuz 58 docked with the Salyut 9 station after a two-day trip.",
    "During the eight-day mission, Atlantis docked with the station.",
    "During the eight-day mission, Ken Marlow repaired the telescope aboard Soyuz 58.",
])
def test_no_numbered_craft_measured_by_another_span(nlp: Language, text: str) -> None:
    assert _lengths(nlp, text) == set()


@pytest.mark.parametrize(("text", "length"), [
    ("Soyuz MS-81\n\nOther name: SM-81. Type: Crewed spaceflight. Crew size: 3. Launch date: 2031-06-11. "
     "Landing: 2031-06-26 08:07 CST. Duration: 14 days 14 hours 29 minutes.\n\nSoyuz MS-81 was a crewed flight.",
     "14.603472"),
    ("Soyuz MS-81\n\nType: Crewed spaceflight. Duration: 9 days.\n\nSoyuz MS-81 was a crewed flight.", "9"),
    ("Soyuz MS-81\n\nCrew size: 2. Mission duration: 36 minutes.\n\nSoyuz MS-81 was a crewed flight.", "36"),
])
def test_a_duration_among_a_fact_sheets_fields_is_the_flights_length(nlp: Language, text: str,
                                                                     length: str) -> None:
    assert {(t[0], t[2]) for t in _lengths(nlp, text)} == {("soyuz ms-81", length)}


@pytest.mark.parametrize("text", [
    "Mara Quill\n\nNationality: Russian. Duration: 9 days.\n\nMara Quill is an astronaut who flew on Soyuz MS-73.",
    "Soyuz MS-81\n\nType: Crewed spaceflight. Duration of training: 9 days.\n\nSoyuz MS-81 was a crewed flight.",
    "Soyuz MS-81\n\nType: Crewed spaceflight. Duration: about 9 days.\n\nSoyuz MS-81 was a crewed flight.",
    "Soyuz MS-81\n\nThe duration 9 days was planned for the test. It flew later.",
])
def test_no_fact_sheet_length_from_other_fields(nlp: Language, text: str) -> None:
    assert _lengths(nlp, text) == set()


@pytest.mark.parametrize(("text", "flight", "length"), [
    ("Soyuz MS-82\n\nSoyuz MS-82 was a crewed mission.\n\nMission Type\n\nHuman Spaceflight\n\nmission duration\n\n"
     "4 days, 1 hour, 56 minutes, 12 seconds\n\n\nJune 3, 2031", "soyuz ms-82", "4.080556"),
    ("Vostok-9: Ivan Belov spends a day in space\nIvan Belov spent a day in space aboard the Vostok-9 spacecraft.\n\n"
     "The Vostok-9 mission at a glance:\n\nLaunch date and time\n2031 Aug. 6, 08:59:57 Moscow Time\n"
     "Flight duration\n25 hours 18 minutes\nDistance covered\n703,143 kilometers", "vostok 9", "1518"),
])
def test_a_duration_on_the_line_under_its_label_is_the_flights_length(nlp: Language, text: str, flight: str,
                                                                      length: str) -> None:
    assert {(t[0], t[2]) for t in _lengths(nlp, text)} == {(flight, length)}


@pytest.mark.parametrize("text", [
    "Soyuz MS-83\n\nLaunched\n\n6 June 2031\n\nDuration\n\n112 days 3hrs 12min (Ivan Belov)\n\nThe crew returned.",
    "Soyuz MS-84\n\nTraining duration\n\n36 days\n\nSoyuz MS-84 was a crewed mission.",
    "Mara Quill\n\nMission duration\n\n36 minutes\n\nMara Quill is an astronaut who flew on Soyuz MS-73.",
    "Soyuz MS-85\n\nMission duration\n\nThe crew spent 36 days on the ground first.",
])
def test_no_length_under_another_label_or_of_one_person(nlp: Language, text: str) -> None:
    assert _lengths(nlp, text) == set()
