"""A flight's crew size as an article states it (invented names): "a crew of four", "the
four-person crew", "the trio", "carrying four astronauts", "Four astronauts lifted off", "a crew of
six other astronauts" (seven) give ``crewSize`` of the flight named
in the phrase, in the sentence or by the story; sizes of other groups and of other things, a
part of a group, a station's crew and a group smaller than the crew named give none."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading


def _sizes(nlp: Language, text: str) -> set[tuple[str, str, str, str]]:
    return {k[:4] for k in reading.keys(nlp, text) if k[1] == "crewSize"}


@pytest.mark.issue(11)
@pytest.mark.parametrize(("text", "size"), [
    ("Crew-40 lifted off on Sunday with a crew of four.", "4"),
    ("The capsule carried four astronauts to the station on the agency's Crew-40 mission last year.", "4"),
    ("The four-person Crew-40 crew docked with the station six hours later.", "4"),
    ("Crew-40's two-man crew landed safely in the steppe.", "2"),
    ("The Crew-40 mission carried a three-member crew into orbit.", "3"),
    ("A Tarn rocket carrying four astronauts lifted off for Crew-40 on Monday.", "4"),
    ("Crew-40 lifted off on Monday.\n\nThe trio docked with the orbiting laboratory after a six-hour chase.", "3"),
    ("The Crew-40 trio returned to Earth on Friday.", "3"),
    ("Crew-40 lifted off with six passengers aboard.", "6"),
    ("The Crew-40 crew of 4 astronauts included Ada Rinn and Bo Teller.", "4"),
    ("Crew-40 lifted off on Monday.\n\nThe five astronauts docked with the station on Tuesday.", "5"),
    ("Four astronauts lifted off from the coast on Sunday on Crew-40.", "4"),  # a number word, subject of a launch
    ("Crew-40 lifted off on Monday.\n\nThree cosmonauts docked with the station on Tuesday.", "3"),
    ("The four astronauts of Crew-40 docked with the station on Tuesday.", "4"),  # named with the flight
    ("The three crew members of Crew-40 landed on Friday.", "3"),
    ("Ada Rinn commanded Crew-40, leading a crew of six other astronauts.", "7"),  # N others and the leader
    ("Crew-40 lifted off on Monday, with Ada Rinn heading a crew of two other cosmonauts.", "3"),
])
def test_a_stated_size_is_the_flights(nlp: Language, text: str, size: str) -> None:
    assert _sizes(nlp, text) == {("crew-40", "crewSize", size, "reported")}


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "Crew-40 will carry four people into orbit next year.",
    "Crew-40 is set to launch a crew of four in March.",
])
def test_a_size_to_come_is_planned(nlp: Language, text: str) -> None:
    assert _sizes(nlp, text) == {("crew-40", "crewSize", "4", "planned")}


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "Crew-40 lifted off on Monday.\n\nA team of 300 engineers worked on the capsule.",
    "Crew-40 lifted off on Monday.\n\nThe crew will make four spacewalks.",
    "The four-day Crew-40 mission ended on Friday.",
    "The six-month Crew-40 mission ended on Friday.",
    "Crew-40 lifted off on Monday.\n\nTwo of the four astronauts will walk in space.",
    "Crew-40 lifted off with Ada Rinn, Bo Teller, Cy Moss and Dee Lark.\n\n"
    "The two astronauts spent six hours outside.",  # part of the crew named
    "Crew-40 lifted off with Ada Rinn, Bo Teller, Cy Moss and Dee Lark.\n\nThe trio docked on Tuesday.",
    "Crew-40 lifted off on Monday.\n\nThe seven people aboard the station greeted them.",
    "Crew-40 docked on Monday with the station, where the seven-person Expedition 90 crew waits.",
    "Crew-40 lifted off on Monday.\n\nThe station's seven-person crew greeted them.",
    "Crew-40 lifted off on Monday.\n\nThe pair stepped outside for a six-hour spacewalk.",
    "Crew-40 lifted off on Monday.\n\nThe pair spent six hours outside fixing a pump.",
    "Crew-40 lifted off on Monday.\n\nThe pair made history on Friday.",
    "Crew-40 lifted off on Monday.\n\nThe mission flew a pair of experiments.",
    "Crew-40 lifted off on Monday.\n\nBrand Co has a crew of 40 at the launch site.",
    "Crew-40 did not carry four astronauts.",
    "Crew-40 lifted off on Monday.\n\nThe Orbis station, where a three-member crew has been living since May, "
    "waits for them.",
    "Ten years after Crew-40, the agency runs a station where a three-member crew has been living since May.",
    "Crew-40 lifted off on Monday.\n\nFour spacewalks are planned for the crew.",
    "Crew-40 lifted off on Monday.\n\nSeven countries took part in the flight.",
    "Crew-40 lifted off on Monday.\n\nSix months later, the crew landed.",
    "Crew-40 lifted off on Monday.\n\nFour astronauts have walked on the Moon.",
    "Crew-40 lifted off on Monday.\n\nSeven astronauts live on the station.",
    "Crew-40 lifted off with Ada Rinn, Bo Teller, Cy Moss and Dee Lark.\n\nTwo astronauts docked on Tuesday.",
    "Four astronauts lifted off on Crew-40 on Monday, a year after Crew-39 flew.",  # which flight's four?
])
def test_no_size_of_other_groups_or_things(nlp: Language, text: str) -> None:
    assert not {s for s in _sizes(nlp, text) if s[0] == "crew-40"}


@pytest.mark.issue(11)
def test_a_crew_led_is_its_leaders_flight(nlp: Language) -> None:
    text = ("Crew-40 will fly next week, a year after Crew-39 returned. Ada Rinn commands Crew-40.\n\n"
            "Rinn is leading a crew of six other astronauts aboard the capsule.")
    assert _sizes(nlp, text) == {("crew-40", "crewSize", "7", "reported")}


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "Ada Rinn flew on Crew-39 and Crew-40.\n\nRinn is leading a crew of six other astronauts aboard the capsule.",
    "Ada Rinn commands Expedition 90.\n\nRinn is leading a crew of six other astronauts aboard the station.",
])
def test_no_crew_led_of_two_flights_or_a_station(nlp: Language, text: str) -> None:
    assert not _sizes(nlp, text)


@pytest.mark.issue(11)
def test_a_number_word_of_a_crew_to_come_is_planned(nlp: Language) -> None:
    assert _sizes(nlp, "Four astronauts will lift off on Crew-40 next year.") == {
        ("crew-40", "crewSize", "4", "planned")}


@pytest.mark.issue(11)
def test_a_flight_named_for_another_group_is_not_the_groups(nlp: Language) -> None:
    text = ("Crew-40 lifted off on Monday with Ada Rinn, Bo Teller and Cy Moss.\n\n"
            "The trio spent 183 days in orbit, twice the 92 days of the Crew-39 crew.")
    assert not {s for s in _sizes(nlp, text) if s[0] == "crew-39"}


@pytest.mark.issue(11)
def test_a_size_told_of_another_flight_is_that_flights(nlp: Language) -> None:
    text = "Crew-40 lifted off on Monday.\n\nCrew-39 carried three people to the station last year."
    assert _sizes(nlp, text) == {("crew-39", "crewSize", "3", "reported")}
