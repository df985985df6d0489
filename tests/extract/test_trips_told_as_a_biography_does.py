"""A person's trip said to have been a craft's on a day, as a biography puts it ("Her first
trip into space was on Soyuz TM-40 on October 4, 2034"): the owner rode that craft, or flew
that mission, and launched that day, and so did a numbered flight; not a trip home, a flight
on the ground or in a plane, a day told in a clause of its own, nor an orbiter's own launch
(invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import Key, key
from tests.extract import reading


def facts(nlp: Language, text: str) -> set[Key]:
    return reading.keys(nlp, f"Lena Moss was a cosmonaut.\n{text}", "2040-01-10")


@pytest.mark.parametrize(("text", "expected"), [
    ("Her first trip into space was on Soyuz TM-40 on October 4, 2034.",
     [("Lena Moss", "launchVehicle", "Soyuz TM-40"), ("Lena Moss", "launchDate", "2034-10-04"),
      ("Soyuz TM-40", "launchDate", "2034-10-04")]),
    ("Her first spaceflight was aboard Soyuz TM-40 in October 2034.",
     [("Lena Moss", "launchVehicle", "Soyuz TM-40"), ("Lena Moss", "launchDate", "2034-10")]),
    ("Her first space flight was Soyuz TM-40 on October 4, 2034.", [("Lena Moss", "launchDate", "2034-10-04")]),
    ("Moss's second flight was as a mission specialist on STS-199 in May 2037.",
     [("STS-199", "crewMember", "Lena Moss"), ("Lena Moss", "launchDate", "2037-05"),
      ("STS-199", "launchDate", "2037-05")]),
])
def test_a_trip_on_a_craft_on_a_day(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    found = facts(nlp, text)
    for subject, prop, value in expected:
        assert key(subject, prop, value) in found


@pytest.mark.parametrize("text", [
    "Her return trip was aboard Soyuz TM-40 on October 4, 2034.",
    "Her first flight was a test flight aboard a T-38 jet on October 4, 2034.",
    "Her first trip into space was on Soyuz TM-40, which landed on October 4, 2034.",
    "Her first trip to Moscow was in October 2034.",
    "Her first flight was as a flight controller on STS-199 in 2030.",
    "Her last trip into space was aboard Soyuz TM-40 in 2034, as a backup to the crew of Soyuz TM-39.",
    "Her last trip was on Soyuz TM-40 on October 24, 2034, when she came home.",
    "Her first trip was aboard the Soyuz TM-40 training simulator in 2033.",
])
def test_no_launch_day_of_other_trips(nlp: Language, text: str) -> None:
    assert not [k for k in facts(nlp, text) if k[1] == "launchDate"]


def test_an_orbiter_named_by_a_word_keeps_no_launch_day(nlp: Language) -> None:
    found = facts(nlp, "Her second flight was as a mission specialist on the Space Shuttle Atlantis in May 2037.")
    assert key("Lena Moss", "launchDate", "2037-05") in found
    assert not [k for k in found if k[1] == "launchDate" and "atlantis" in k[0]]


def test_a_trip_still_to_come_is_a_plan(nlp: Language) -> None:
    found = facts(nlp, "Her next mission is aboard Soyuz TM-50 in September 2041.")
    assert key("Lena Moss", "launchDate", "2041-09", "planned") in found
    assert key("Lena Moss", "launchDate", "2041-09") not in found
