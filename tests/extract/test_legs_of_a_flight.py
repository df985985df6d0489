"""The hours of one leg of a flight ("took the three-hour return trip from the station", "the
three-hour ride home"), of space walks ("four space walks for a total of 29 hours") and of a
delay ("the launch was delayed 2 minutes") are no one's time in space; a short flight told
from its launch site ("a 15-minute flight from Cape Canaveral") still is. Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading


def _times(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(t[0], t[2]) for t in reading.triples(nlp, text, kind="timeInSpace")}


@pytest.mark.parametrize("text", [
    "Two other astronauts, flight engineer Ivan Korov and commander Ann Vell, took the three-hour return trip "
    "from the station with Bo Tan.",
    "Ann Vell took the three-hour trip from the station on Friday.",
    "Ann Vell made the three-hour ride home in a Soyuz capsule.",
])
def test_a_leg_of_a_flight_is_no_time_in_space(nlp: Language, text: str) -> None:
    assert _times(nlp, text) == set()


def test_a_short_flight_from_its_launch_site_is(nlp: Language) -> None:
    assert _times(nlp, "Ann Vell made a 15-minute flight from Cape Canaveral.") == {("ann vell", "15")}


@pytest.mark.parametrize("text", [
    "Ann Vell participated in four space walks for a total of 29 hours and 17 minutes.",
    "Ann Vell made two space walks lasting 13 hours in all.",
])
def test_hours_of_space_walks_are_no_time_in_space(nlp: Language, text: str) -> None:
    assert _times(nlp, text) == set()


def test_a_delay_is_no_flight(nlp: Language) -> None:
    text = "TDRS-9 was reassigned to mission STS-151. The April 29 launch was delayed 2 minutes, 18 seconds."
    assert reading.triples(nlp, text, kind="flightLength") == set()
    assert _times(nlp, text) == set()
