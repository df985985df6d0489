"""How high a flight went (tests/kg/questions/altituderoom.py, invented flights): each figure as
written, in each unit the articles give; none for a flight with no figure, and a height at a
moment ("at what altitude did the abort happen") is not asked of these."""

from __future__ import annotations

import pytest

from kg.questions import Asker


@pytest.mark.parametrize(("question", "expected"), [
    ("What altitude did Soyuz MS-81 reach?", ["93 km"]),
    ("How high did Soyuz MS-81 fly?", ["93 km"]),
    ("What altitude did Soyuz MS-81 reach after the launch abort?", ["93 km"]),
    ("What was the apogee of Galactic 41?", ["290,000 feet", "55 miles"]),
    ("What was Galactic 41's peak altitude?", ["290,000 feet", "55 miles"]),
])
def test_the_altitude_a_flight_reached(heights: Asker, question: str, expected: list[str]) -> None:
    answer = heights.answer(question)
    assert sorted(a.label for a in answer.answers) == expected and {a.kind for a in answer.answers} == {"value"}


def test_no_figure_stated_gives_none(heights: Asker) -> None:
    answer = heights.answer("What altitude did Galactic 42 reach?")
    assert answer.answers == () and "no altitude" in (answer.message or "")


@pytest.mark.parametrize("question", ["At what altitude did the Soyuz MS-81 abort happen?",
                                      "When did Galactic 42 lift off?"])
def test_no_altitude_for_other_questions(heights: Asker, question: str) -> None:
    assert not [a for a in heights.answer(question).answers if a.label in ("93 km", "55 miles")]
