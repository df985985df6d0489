"""A place asked of an event is the place of that event (over tests/kg/questions/grouproom.py,
invented people): "In which country did X land?" and "In which country was X born?" are never
answered with X's nationality, which only the noun "country" reads; "Which country is X from?"
still is."""

from __future__ import annotations

import pytest

from kg.questions import Asker


@pytest.mark.parametrize("question", [
    "In which country did Ansel Rook land?",
    "Which country did Dima Orlov land in?",
    "In which country was Kenji Arata born?",
    "In what country did Mae Tollan launch?",
])
def test_a_nationality_is_no_place_of_an_event(groups: Asker, question: str) -> None:
    answer = groups.answer(question)
    assert answer.answers == ()


@pytest.mark.parametrize(("question", "expected"), [
    ("Which country is Ansel Rook from?", "United States"),
    ("What country does Dima Orlov come from?", "Russia"),
    ("What is the nationality of Kenji Arata?", "Japan"),
])
def test_a_nationality_still_answers_where_someone_is_from(groups: Asker, question: str, expected: str) -> None:
    assert [a.label for a in groups.answer(question).answers] == [expected]
