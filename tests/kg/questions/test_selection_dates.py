"""When someone was selected, as precisely as stated (over tests/kg/questions/rankroom.py,
invented people): "chosen in May 1990" answers "When?" with the month and "In which year?"
with the year; a year alone answers both."""

from __future__ import annotations

import pytest

from kg.questions import Asker


@pytest.mark.parametrize("question", [
    "When was Tessa Vorn selected?",
    "When was Vorn chosen?",
    "When was Tessa Vorn picked?",
])
def test_when_answers_the_date_as_stated(ranked: Asker, question: str) -> None:
    answer = ranked.answer(question)
    assert [(a.label, a.value) for a in answer.answers] == [("May 1990", "1990-05")]


@pytest.mark.parametrize("question", [
    "In which year was Tessa Vorn selected?",
    "What year was Vorn chosen?",
    "Which year was Tessa Vorn selected?",
])
def test_which_year_answers_the_year(ranked: Asker, question: str) -> None:
    assert [a.label for a in ranked.answer(question).answers] == ["1990"]


@pytest.mark.parametrize("question", ["When was Per Lindqvist selected?", "In which year was Lindqvist chosen?"])
def test_a_year_alone_answers_both(ranked: Asker, question: str) -> None:
    assert [a.label for a in ranked.answer(question).answers] == ["1996"]
