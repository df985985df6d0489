"""Employers stated as former (tests/kg/questions/formerroom.py, invented names): a question
in the present leaves them out, and says so when nothing else remains; a question in the past
keeps them."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from tests.factories import labels


@pytest.mark.parametrize(("question", "expected"), [
    ("Who does Tova Lindqvist work for?", ["Orbita Works"]),
    ("Who employs Tova Lindqvist?", ["Orbita Works"]),
    ("Who did Tova Lindqvist work for?", ["Ardenian Space Agency", "Orbita Works"]),
    ("Who did Bren Okafor work for?", ["Ardenian Space Agency"]),
    ("Who was Bren Okafor's employer?", ["Ardenian Space Agency"]),
])
def test_a_former_employer_answers_the_past_only(former: Asker, question: str, expected: list[str]) -> None:
    assert sorted(labels(former.answer(question))) == expected


@pytest.mark.parametrize("question", [
    "Who does Bren Okafor work for?",
    "Who employs Bren Okafor?",
    "Which agency does Bren Okafor work for?",
    "Who is Bren Okafor's employer?",
])
def test_only_former_employers_are_no_current_one(former: Asker, question: str) -> None:
    answer = former.answer(question)
    assert labels(answer) == []
    assert "only as former" in (answer.message or "")


@pytest.mark.parametrize(("question", "expected"), [
    ("Who is Tova Lindqvist with?", ["Orbita Works"]),
    ("Who was Tova Lindqvist with?", ["Ardenian Space Agency", "Orbita Works"]),
    ("Who does Lindqvist fly for?", ["Orbita Works"]),
    ("Which agency did Bren Okafor fly for?", ["Ardenian Space Agency"]),
    ("Which agency was Bren Okafor with?", ["Ardenian Space Agency"]),
    ("What agency was Bren Okafor from?", ["Ardenian Space Agency"]),
    ("Tova Lindqvist's employer", ["Orbita Works"]),
    ("What organisation employs Tova Lindqvist?", ["Orbita Works"]),
    ("Who employs Tova Lindqvist?", ["Orbita Works"]),
])
def test_employer_questions_read_the_noun_asked_and_the_relation_phrase(
        former: Asker, question: str, expected: list[str]) -> None:
    answer = former.answer(question)
    assert sorted(labels(answer)) == expected
    assert answer.expects == "organisation"


@pytest.mark.parametrize("question", [
    "Which agency is Bren Okafor with?",
    "Which agency does Bren Okafor fly for?",
    "What agency is Bren Okafor from?",
    "Who is Bren Okafor with?",
])
def test_an_employer_question_in_the_present_leaves_former_ones_out(former: Asker, question: str) -> None:
    answer = former.answer(question)
    assert labels(answer) == []
    assert "Ardenian Space Agency only as former" in (answer.message or "")


def test_an_agency_question_gives_no_company(former: Asker) -> None:
    """Orbita Works is an organization the articles never call an agency."""
    answer = former.answer("Which agency is Tova Lindqvist with?")
    assert labels(answer) == []
    assert "which agency Tova Lindqvist is with" in (answer.message or "")


@pytest.mark.parametrize(("question", "expected"), [
    ("Is Tova Lindqvist with Orbita Works?", "yes"),
    ("Does Tova Lindqvist work for the Ardenian Space Agency?", "no"),
    ("Is Bren Okafor with the Ardenian Space Agency?", "no"),
    ("Did Tova Lindqvist work for the Ardenian Space Agency?", "yes"),
    ("Was Bren Okafor with the Ardenian Space Agency?", "yes"),
])
def test_yes_or_no_on_an_employer_minds_the_tense(former: Asker, question: str, expected: str) -> None:
    """"Former" is a stated fact that excludes the present: a "no" it supports says so."""
    answer = former.answer(question)
    assert labels(answer) == [expected]
    assert answer.confidence is not None and answer.sources
    if expected == "no":
        assert "only as former" in (answer.message or "")


def test_yes_or_no_on_an_unstated_employer_is_no_answer(former: Asker) -> None:
    answer = former.answer("Is Bren Okafor with Orbita Works?")
    assert labels(answer) == []


def test_who_works_there_now_leaves_former_staff_out(former: Asker) -> None:
    assert labels(former.answer("Who works for Orbita Works?")) == ["Tova Lindqvist"]
    now = former.answer("Who works for the Ardenian Space Agency?")
    assert labels(now) == [] and "only as former" in (now.message or "")
    assert sorted(labels(former.answer("Who worked for the Ardenian Space Agency?"))) == [
        "Bren Okafor", "Tova Lindqvist"]


def test_a_count_of_staff_is_stated_in_neither_tense(former: Asker) -> None:
    now = former.answer("How many people work for the Ardenian Space Agency?")
    assert labels(now) == [] and "do not say how many" in (now.message or "")
    then = former.answer("How many astronauts worked for the Ardenian Space Agency?")
    assert then.answers == () and "Bren Okafor and Tova Lindqvist" in (then.message or "")  # named, not counted
