"""What someone paid for a trip to space (tests/kg/questions/priceroom.py, invented names): the
amounts as written, in each currency the articles give, and never an agency's contract, a
price of someone else, or a figure for a question that names no payer."""

from __future__ import annotations

import pytest

from kg.questions import Asker


@pytest.mark.parametrize("question", [
    "How much did Vera Holm pay for her flight?",
    "How much did Holm pay?",
    "How much did Vera Holm reportedly pay for her space trip?",
    "What was the estimated cost of Holm's trip?",
    "How much did Vera Holm's flight cost?",
    "What price did Vera Holm pay for her seat?",
    "How much money did Vera Holm spend on her trip?",
])
def test_what_someone_paid_is_each_amount_as_written(prices: Asker, question: str) -> None:
    answer = prices.answer(question)
    assert sorted((a.label, a.kind) for a in answer.answers) == [("$40m", "value"), ("£25m", "value")]


def test_a_price_only_planned_is_marked_so(prices: Asker) -> None:
    [given] = prices.answer("How much will Ole Brask pay for his seat?").answers
    assert given.label == "about $55 million" and given.planned


@pytest.mark.parametrize("question", [
    "How much did Pia Lund pay for her flight?",
    "What was the cost of Pia Lund's trip?",
])
def test_no_price_stated_gives_none(prices: Asker, question: str) -> None:
    answer = prices.answer(question)
    assert answer.answers == () and "no price" in (answer.message or "")


@pytest.mark.parametrize("question", [
    "How much did a seat on Soyuz TMA-90 cost?",
    "How much did Nasa pay Corvid Aerospace?",
    "How many days did Vera Holm spend in space?",
    "How much time did Vera Holm spend in space?",
    "Who flew on Soyuz TMA-90?",
])
def test_no_price_for_questions_of_another_kind(prices: Asker, question: str) -> None:
    assert not [a for a in prices.answer(question).answers if "$" in a.label or "£" in a.label]
