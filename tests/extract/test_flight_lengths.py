"""A flight's length told of the flight itself ("The mission lasted 9 days, 19 hours", "Soyuz
TMA-40 returned after a 167-day mission") is the flight's (akg:flightLength), whether or not the
article names its crew; a stay at a station, a record and a person's time are not. Invented
names, several phrasings."""

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
