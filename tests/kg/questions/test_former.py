"""Employers stated as former (tests/kg/questions/formerroom.py, invented names): a question
in the present leaves them out, and says so when nothing else remains; a question in the past
keeps them."""

from __future__ import annotations

import pytest

from kg.questions import Answer, Asker


def labels(answer: Answer) -> list[str]:
    return sorted(a.label for a in answer.answers)


@pytest.mark.parametrize(("question", "expected"), [
    ("Who does Tova Lindqvist work for?", ["Orbita Works"]),
    ("Who employs Tova Lindqvist?", ["Orbita Works"]),
    ("Who did Tova Lindqvist work for?", ["Ardenian Space Agency", "Orbita Works"]),
    ("Who did Bren Okafor work for?", ["Ardenian Space Agency"]),
    ("Who was Bren Okafor's employer?", ["Ardenian Space Agency"]),
])
def test_a_former_employer_answers_the_past_only(former: Asker, question: str, expected: list[str]) -> None:
    assert labels(former.answer(question)) == expected


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
