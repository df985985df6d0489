"""An occupation asked of a spaceflyer is the trade besides flying, whichever word of the
flyer's class the articles use (tests/kg/questions/traderoom.py, invented names); alone, the
flyer's own word stands."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from tests.factories import labels


@pytest.mark.parametrize(("question", "expected"), [
    ("What is Tavi Orrun's occupation?", ["geophysicist"]),
    ("What was Tavi Orrun's profession?", ["geophysicist"]),
    ("What is Merek Solt's occupation?", ["military pilot"]),  # "cosmonaut" says what his class says
    ("What was Merek Solt's job?", ["military pilot"]),
    ("What is Jun Arle's occupation?", ["taikonaut"]),  # all there is
    ("What is Ulla Brenn's occupation?", ["sculptor"]),
])
def test_the_trade_besides_flying(trades: Asker, question: str, expected: list[str]) -> None:
    assert sorted(labels(trades.answer(question))) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("What is Pell Darrow's occupation?", ["aerospace and avionics engineer"]),  # not also the plain "engineer"
    ("What does Pell Darrow do for a living?", ["aerospace and avionics engineer"]),
    ("What is Ivo Strand's profession?", ["geologist"]),  # "scientist" is the broader word
    ("What is Rina Tolk's occupation?", ["engineer", "pilot"]),  # two trades, neither broader
    ("What is Oma Vesk's profession?", ["journalist", "scientist"]),  # a journalist is no kind of scientist
])
def test_the_full_trade_not_its_broader_word(trades: Asker, question: str, expected: list[str]) -> None:
    assert sorted(labels(trades.answer(question))) == expected


def test_a_yes_no_question_about_flying_is_still_answered(trades: Asker) -> None:
    assert [a.value for a in trades.answer("Is Merek Solt a cosmonaut?").answers] == [True]


@pytest.mark.parametrize("question", [
    "What was Tavi Orrun's profession before becoming an astronaut?",
    "What was Merek Solt's job before he joined the cosmonaut corps?",
    "What did Tavi Orrun do after leaving the agency?",
    "What was Merek Solt's job on the space station?",
    "What was Tavi Orrun's occupation aboard Harbor Station?",
    "What was Merek Solt's job during the Lumen-4 mission?",
    "What was Merek Solt's occupation on Lumen-4?",
])
def test_a_trade_limited_to_a_time_or_a_flight_is_not_guessed(trades: Asker, question: str) -> None:
    """A trade is stored without its time or flight: it cannot say what someone was then."""
    assert not trades.answer(question).answers
