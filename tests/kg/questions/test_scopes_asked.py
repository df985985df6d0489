"""An answer of the scope the question asks (tests/kg/questions/recordroom.py, invented names):
a record held among women, in one country or of a spacewalk never answers a record asked
among Americans, in the world or of a flight, and neither does the largest figure of the people
the graph happens to place in that scope; a total asked ("over his two flights") is never
answered by one flight's figure."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from tests.factories import labels


@pytest.mark.parametrize(("question", "holder"), [
    ("Who holds the record for the longest single spaceflight by a woman?", "Vera Holm"),
    ("Who holds the record for the longest single spacewalk by a Chinese astronaut?", "Li Wen"),
    ("Who holds the Chinese record for the longest spacewalk?", "Li Wen"),
    ("Who holds the record for the longest spacewalk?", "Tom Reyes"),
    ("Who holds the world record for the longest single spacewalk?", "Tom Reyes"),
    ("Who holds the US record for the most spacewalks?", "Joe Park"),
    ("Which American holds the record for the most spacewalks?", "Joe Park"),
])
def test_a_record_of_the_scope_asked_answers(records: Asker, question: str, holder: str) -> None:
    assert labels(records.answer(question)) == [holder]


@pytest.mark.parametrize("question", [
    "Who holds the record for the longest single spaceflight by an American?",  # the women's holder is American
    "Who holds the US record for the longest single spaceflight?",
    "Who holds the record for the longest single spaceflight?",  # the world's: only the women's is stated
    "Who holds the record for the longest spaceflight by a man?",
    "Who holds the record for the most spacewalks by a Russian?",
])
def test_a_record_of_another_scope_never_answers(records: Asker, question: str) -> None:
    assert labels(records.answer(question)) == []


@pytest.mark.parametrize("question", [
    "Who holds the record for the longest single spaceflight?",  # a spacewalk's record is no flight's
    "Who holds the record for the most spacewalks?",  # nor the longest walk's one of a count
])
def test_a_record_of_another_measure_never_answers(records: Asker, question: str) -> None:
    assert not {"Tom Reyes", "Li Wen"} & set(labels(records.answer(question)))


@pytest.mark.parametrize("question", [
    "How many days did Per Lind spend in space over his two flights?",
    "How many days did Per Lind spend in space on his flights?",
    "How many days has Per Lind spent in space across both missions?",
    "How long did Per Lind spend in space in total?",
])
def test_a_total_asked_is_the_total(records: Asker, question: str) -> None:
    assert labels(records.answer(question)) == ["209 days"]


@pytest.mark.parametrize("question", [
    "How many days did Eva Moss spend in space over her two flights?",
    "How many days has Eva Moss spent in space on both her missions?",
])
def test_a_total_asked_is_never_one_flight(records: Asker, question: str) -> None:
    answer = records.answer(question)
    assert answer.answers == () and "single flight" in (answer.message or "")


@pytest.mark.parametrize("question", [
    "How long was Per Lind's last flight?",
    "How many days did Per Lind spend in space on his last flight?",
])
def test_one_flight_asked_is_never_the_total(records: Asker, question: str) -> None:
    assert "209 days" not in labels(records.answer(question))


def test_one_answer_stated_twice_is_tied_to_the_flight_it_names(records: Asker) -> None:
    """A seat told as planned and then as done is one answer: no choice "which of" them is tied
    to the flight asked."""
    assert set(labels(records.answer("What was Lee Chan's role on Tessel-9?"))) == {"payload specialist"}


@pytest.mark.parametrize("question", [
    "What is Ivo Kest's total spacewalk time?",
    "How long has Ivo Kest spent on spacewalks in total?",
    "What is Kest's total spacewalk time in minutes?",
])
def test_one_walk_never_answers_a_total(records: Asker, question: str) -> None:
    answer = records.answer(question)
    assert answer.answers == () and "not the total" in (answer.message or "")


@pytest.mark.parametrize(("question", "expected"), [
    ("What is Ada Rin's total spacewalk time?", "14 hours and 2 minutes"),
    ("How long did Ivo Kest's spacewalk last?", "31 minutes"),
])
def test_a_walk_or_a_total_answers_what_is_asked(records: Asker, question: str, expected: str) -> None:
    assert labels(records.answer(question)) == [expected]
