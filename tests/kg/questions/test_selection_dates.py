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


@pytest.mark.parametrize("question", [
    "In what year did Per Lindqvist become a member of the batch of astronauts?",
    "When did Lindqvist join the astronaut batch?",
])
def test_a_batch_is_a_selection(ranked: Asker, question: str) -> None:
    """ "A member of the batch" is worded as a class: when it began is the selection."""
    assert [a.label for a in ranked.answer(question).answers] == ["1996"]


def test_a_rank_of_the_batch_must_be_stated(ranked: Asker) -> None:
    """ "The second batch": the sentence of the year must say which batch (it says only "was selected")."""
    answer = ranked.answer("In what year did Per Lindqvist become a member of the second batch of astronauts?")
    assert answer.answers == () and "second batch" in (answer.message or "")
