"""Days in space as reporters tell them: in an apposition that describes someone ("A, a
veteran of three flights totalling 520 days, will command": done, not planned), and with words
that put the days in orbit without naming space ("aboard the orbiting laboratory", "off the
planet", "circling the Earth", "landed after a 186-day stay"). Invented names, several phrasings."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

keys = partial(reading.keys, published="2031-06-10")


def _days(nlp: Language, text: str) -> set[tuple[str, str, str, str]]:
    return {k[:4] for k in keys(nlp, text) if k[1] == "timeInSpace"}


@pytest.mark.parametrize(("text", "days"), [
    ("Wade Orlin, a veteran of three flights totalling 520 days, will command the mission.", "520"),
    ("Wade Orlin, a retired colonel with 520 days in space, will lead the new crew next year.", "520"),
    ("Wade Orlin has spent 665 days off the planet.", "665"),
    ("Wade Orlin landed on Wednesday after a 186-day stay aboard the orbiting laboratory.", "186"),
    ("Wade Orlin came home on Wednesday after 186 days circling the Earth.", "186"),
    ("Wade Orlin splashed down off Florida on Wednesday after 186 days circling the planet.", "186"),
])
def test_days_told_as_done(nlp: Language, text: str, days: str) -> None:
    assert _days(nlp, text) == {("wade orlin", "timeInSpace", days, "reported")}


@pytest.mark.parametrize("text", [
    "Wade Orlin will spend 186 days aboard the orbiting laboratory.",
    "Wade Orlin, who is due to launch on Friday, will spend 186 days off the planet.",
])
def test_days_still_to_come_stay_planned(nlp: Language, text: str) -> None:
    assert {k[3] for k in _days(nlp, text)} == {"planned"}


@pytest.mark.parametrize("text", [
    "Wade Orlin landed a job at the agency after 30 days of interviews.",
    "Wade Orlin spent 30 days touring the planet's deserts before his selection.",
    "Wade Orlin, a veteran of 20 years at the agency, will command the mission.",
])
def test_days_of_something_else_are_not_time_in_space(nlp: Language, text: str) -> None:
    assert not _days(nlp, text)


@pytest.mark.parametrize("text", [
    "Wade Orlin and Ken Morrow undocked on Tuesday. After 17 hours, they splashed down off Florida.",
    "Then Wade Orlin and Ken Morrow landed on the Moon, where they spent 75 hours.",
])
def test_hours_of_a_trip_home_or_on_the_moon_are_not_time_in_space(nlp: Language, text: str) -> None:
    assert not _days(nlp, text)


def test_a_to_infinitives_figure_is_of_the_clause_it_hangs_from(nlp: Language) -> None:
    """ "X is returning with crewmates A and B ... to complete a journey of 185 days": the parser may read A as
    the subject of "complete"; an infinitive takes its own subject only after "for"."""
    found = _days(nlp, "Wade Orlin is returning to Earth April 17 with Expedition 64 crewmates Sergey Kud-Marvin of "
                       "Roscosmos and Lia Dorn of NASA in the Soyuz MS-40 spacecraft for a landing on the steppe of "
                       "Kazakhstan to complete a journey of 185 days in space.")
    assert ("wade orlin", "timeInSpace", "185", "reported") in found
    assert not {k for k in found if k[0] == "sergey kud-marvin"}
