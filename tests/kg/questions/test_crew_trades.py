"""The member of a flight's crew with the trade asked (kg/questions/crew_trades.py;
tests/kg/questions/crewtraderoom.py, invented names)."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from tests.factories import asker_over
from tests.kg.questions import crewtraderoom

trades = asker_over(*crewtraderoom.ARTICLES)


@pytest.mark.parametrize(("question", "expected"), [
    ("Who was the physician on the Dawnstar 1 crew?", ["Oren Malk"]),  # "medical doctor" is a physician
    ("Who was the doctor on Dawnstar 1?", ["Oren Malk"]),
    ("Who was the doctor aboard Dawnstar 1?", ["Oren Malk"]),
    ("Which Dawnstar 1 crew member was a doctor?", ["Oren Malk"]),
    ("Which member of the Dawnstar 1 crew was a physician?", ["Oren Malk"]),
    ("Who was the doctor on Dawnstar 2?", ["Lira Sotto"]),
])
def test_the_crew_member_of_the_trade_asked(trades: Asker, question: str, expected: list[str]) -> None:
    answer = trades.answer(question)
    assert [a.label for a in answer.answers] == expected
    assert answer.sources


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "Who was the teacher on Dawnstar 1?",  # no one's trade
    "Which Dawnstar 1 crew member was a teacher?",  # not the one crew member a relation gives
    "Who was the physician on the Dawnstar 1 crew during the landing?",  # a word nothing reads
    "Who was the best doctor on Dawnstar 1?",
])
def test_no_crew_member_without_the_trade_or_with_a_word_unread(trades: Asker, question: str) -> None:
    assert trades.answer(question).answers == ()


def test_a_flight_name_of_several_readings_says_so(trades: Asker) -> None:
    """ "Dawnstar" is Dawnstar 1 or Dawnstar 2: the reading used and the other are said."""
    answer = trades.answer("Who was the doctor on Dawnstar?")
    assert [a.label for a in answer.answers] == ["Oren Malk"]
    assert "could also mean Dawnstar 2" in (answer.message or "")
