"""A launch asked in the words reporters use for it: "When did X rocket into space?", "... blast
into orbit?", "... launch into space?", "When did X's flight begin?", "When did X start her
space flight?" ask for the launch date (tests/fixtures/crewroom.py, invented names); a question
about the rocket, a landing, a career or training ("When did X start training for her flight?")
asks for no launch date."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from tests.factories import labels


@pytest.mark.parametrize("question", [
    "When did Lina Park rocket into space?",
    "When did Lina Park rocket into orbit?",
    "When did Lina Park blast into space?",
    "When did Park blast into orbit?",
    "When was Lina Park launched into space?",
    "On what date did Lina Park rocket into space?",
    "When did Lina Park's flight begin?",
    "When did Lina Park's mission start?",
    "When did Park's spaceflight begin?",
    "When did Lina Park start her space flight?",
    "When did Lina Park begin her spaceflight?",
    "When did Park begin her mission?",
])
def test_a_launch_in_other_words_is_its_date(crew: Asker, question: str) -> None:
    assert labels(crew.answer(question)) == ["28 August 2023"]


@pytest.mark.parametrize("question", [
    "What rocket did Lina Park blast into space on?",
    "When did Lina Park come back from space?",
    "When did Tomas Reyes rocket into space?",  # no launch of his stated
    "When did Lina Park's career begin?",
    "When did Lina Park's training start?",
    "When did Lina Park start training for her flight?",
    "When did Lina Park begin preparing for her mission?",
    "When did Lina Park start her first spacewalk?",
])
def test_other_questions_get_no_launch_date(crew: Asker, question: str) -> None:
    assert "28 August 2023" not in labels(crew.answer(question))
