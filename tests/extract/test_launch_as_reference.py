"""A launch named as what another event is timed from ("a year after her launch"), or as
what an anniversary recalls, does not take that event's date; nor does a launch told without
a day take the day the sentence before gives to another event of the flight ("arrived at the
station on April 24"). Launches told with their own day keep it. Invented names."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

triples = partial(reading.triples, published="2031-06-10")


def _launch_days(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {t for t in triples(nlp, text) if t[1] == "launchDate"}


@pytest.mark.parametrize("text", [
    "Nora Quill is expected to return to Earth in February 2032, almost a year after her launch.",
    "Nora Quill will come home on March 3, 2032, a year after her launch.",
    "Nora Quill and Ivan Belov docked on June 4, two days after their launch.",
    "They will stay aloft until Oct. 4, when the country will celebrate the 30th anniversary of the launch of "
    "Sputnik 1.",
    "Nora Quill spoke on April 12, the anniversary of the launch of Vostok 1.",
    "Nora Quill is due to land on May 2, ahead of the launch of her successor.",
])
def test_a_launch_timed_from_takes_no_date(nlp: Language, text: str) -> None:
    assert _launch_days(nlp, text) == set()


@pytest.mark.parametrize("text", [
    "Ken Ito arrived at the orbital lab on April 24 aboard the Crew Dragon Endeavour. Dale Ostrow commanded "
    "Endeavour riding alongside Ken Ito during the near 24-hour trip that began with a launch from Kennedy Space "
    "Center.",
    "Ken Ito docked with the station on Sunday aboard Endeavour. Ken Ito rode Endeavour after a launch from "
    "Kennedy Space Center.",
    "Ken Ito landed in Kazakhstan on Sunday aboard the Soyuz MS-40. His launch from Baikonur had gone well.",
])
def test_the_day_of_another_event_before_is_not_the_launchs(nlp: Language, text: str) -> None:
    assert not {t for t in _launch_days(nlp, text) if t[0] == "ken ito"}


@pytest.mark.parametrize(("text", "day"), [
    ("Nora Quill launched on March 14 and will return a year after her launch.", "2031-03-14"),
    ("Nora Quill lifted off on March 14. She is expected to return in February 2032, a year after her launch.",
     "2031-03-14"),
    ("Nora Quill rode the Soyuz MS-40 into orbit on March 14, six hours before docking.", "2031-03-14"),
    ("Nora Quill's launch was on March 14, 2031, from Baikonur.", "2031-03-14"),
    ("The crew arrived at the station on Sunday. Nora Quill had blasted off on Friday from Baikonur.",
     "2031-06-06"),
])
def test_a_launch_with_its_own_day_keeps_it(nlp: Language, text: str, day: str) -> None:
    assert ("nora quill", "launchDate", day) in _launch_days(nlp, text)


@pytest.mark.parametrize(("text", "day"), [
    ("The moment came on Oct. 5, 2030, about 25 minutes after the launch of the Space Shuttle Atlantis.",
     "2030-10-05"),
    ("The craft reached orbit on Oct. 5, 2030, nine minutes after the launch of the Space Shuttle Atlantis.",
     "2030-10-05"),
    ("On Oct. 5, 2030, two hours after the launch of the Space Shuttle Atlantis, the crew opened the bay doors.",
     "2030-10-05"),
    ("The first picture arrived on Oct. 5, 2030, 40 minutes after the launch of the Space Shuttle Atlantis.",
     "2030-10-05"),
    ("The shuttle was in orbit by Oct. 5, 2030, minutes after the launch of the Space Shuttle Atlantis.",
     "2030-10-05"),
])
def test_minutes_after_the_launch_is_its_day(nlp: Language, text: str, day: str) -> None:
    assert ("space shuttle atlantis", "launchDate", day) in _launch_days(nlp, text)


@pytest.mark.parametrize("text", [
    "A decade after she became the first woman to reach orbit, Nora Quill was headed back to space on Sunday, "
    "strapped into the Shenzhou-40 spaceship beside Karl Brenner. The Long March-2F rocket carrying the two "
    "astronauts blasted off at 10:44 a.m.",
    "Years after she first arrived at a station, Nora Quill was headed back to space on Sunday aboard Shenzhou-40 "
    "with Karl Brenner. The rocket carrying the pair lifted off at 10:44 a.m.",
])
def test_another_events_verb_elsewhere_in_the_sentence_before_leaves_its_day(nlp: Language, text: str) -> None:
    assert ("nora quill", "launchDate", "2031-06-08") in _launch_days(nlp, text)


@pytest.mark.parametrize("text", [
    "Nora Quill with Ivan Belov entered the station for the first time since it was delivered to orbit on "
    "September 15, 2030.",
    "Lumen-9 docked with Vesta-2 two days later; Nora Quill and Ivan Belov were the first to board it since it was "
    "launched on September 15, 2030.",
])
def test_the_launch_of_it_the_station_is_not_the_people_s(nlp: Language, text: str) -> None:
    """ "it" of a station, or of nothing named, was launched: not the people who entered it."""
    assert not {t for t in _launch_days(nlp, text) if t[0] in ("nora quill", "ivan belov")}


def test_it_of_the_craft_they_rode_is_still_theirs(nlp: Language) -> None:
    found = triples(nlp, "Nora Quill was aboard the Lumen-9 capsule as it lifted off on June 2, 2031.")
    assert ("nora quill", "launchDate", "2031-06-02") in found
