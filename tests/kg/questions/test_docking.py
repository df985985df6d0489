"""Which module a craft docked at (tests/kg/questions/dockroom.py, invented flights): the
module's name, never the station; a docking only planned is marked so; a flight docked at the
station with no module named has no module."""

from __future__ import annotations

import pytest

from kg.questions import Asker


@pytest.mark.parametrize("question", [
    "Which ISS module did Soyuz MS-71 dock with?",
    "At which module did Soyuz MS-71 dock?",
    "Which module of the International Space Station did Soyuz MS-71 dock to?",
    "What port did Soyuz MS-71 dock at?",
])
def test_the_module_a_craft_docked_at(dockings: Asker, question: str) -> None:
    assert [(a.label, a.kind) for a in dockings.answer(question).answers] == [("Rassvet", "value")]


def test_a_planned_docking_is_marked_so(dockings: Asker) -> None:
    [given] = dockings.answer("Which module will Soyuz MS-72 dock with?").answers
    assert given.label == "Prichal" and given.planned


def test_no_module_named_gives_none_and_never_the_station(dockings: Asker) -> None:
    answer = dockings.answer("Which module did Soyuz MS-73 dock with?")
    assert answer.answers == () and "no module" in (answer.message or "")


@pytest.mark.parametrize("question", ["Where did Soyuz MS-71 dock?", "When did Soyuz MS-71 dock?",
                                      "Which station did Soyuz MS-71 dock with?"])
def test_a_docking_asked_without_a_module_is_not_this_question(dockings: Asker, question: str) -> None:
    """Without "module" or "port" a docking question asks for a place or a date, not a module."""
    assert "Rassvet" not in [a.label for a in dockings.answer(question).answers]
