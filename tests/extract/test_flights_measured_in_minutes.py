"""A short flight measured by its own noun ("a 108-minute flight", "a 15-minute suborbital
flight") is time in space, also when the flight is the subject and its flyer the object ("the
historic 108-minute flight made A the first human in space"); never the trip to a station
("a three-hour flight to the station") nor a figure of something else. Invented names, the
session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading


@pytest.mark.parametrize(("text", "person", "minutes"), [
    ("Ann Baker made a 95-minute flight aboard Vostok 9.", "Ann Baker", "95"),
    ("Ann Baker made a 15-minute suborbital flight aboard New Shepard.", "Ann Baker", "15"),
    ("Ann Baker and Bo Tan launched on a 12-hour flight in 2030.", "Bo Tan", "720"),
    ("The 108-minute flight made Ann Baker the first human in space.", "Ann Baker", "108"),
    ("Cosmonaut Pavel Orlov flew on Vostok 9 in 2030. This historic 108-minute flight, orbiting once around "
     "Earth, made Orlov the first human in space.", "Pavel Orlov", "108"),
])
def test_a_flight_of_minutes_is_its_flyers_time(nlp: Language, text: str, person: str, minutes: str) -> None:
    assert key(person, "timeInSpace", minutes) in reading.keys(nlp, text)


def test_a_flight_that_made_its_flyer_is_theirs_in_days(nlp: Language) -> None:
    found = reading.keys(nlp, "A 12-day mission took Ann Baker and Bo Tan to the station in 2030.")
    assert key("Ann Baker", "timeInSpace", "12") in found and key("Bo Tan", "timeInSpace", "12") in found


@pytest.mark.parametrize("text", [
    "Ann Baker and Bo Tan launched on a 3-hour flight to the station.",
    "Ann Baker and Bo Tan made a 3-hour journey to the ISS aboard Soyuz MS-40.",
    "The 95-minute delay made Ann Baker angry before the flight.",
    "The 95-minute flight made history, said Ann Baker.",
    "A 14-hour spacewalk made Ann Baker famous.",
])
def test_other_spans_of_minutes_are_not(nlp: Language, text: str) -> None:
    assert not reading.triples(nlp, text, kind="timeInSpace")
