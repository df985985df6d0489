"""A place asked of an event is the place of that event (over tests/kg/questions/grouproom.py,
invented people): "In which country did X land?" and "In which country was X born?" are never
answered with X's nationality, which only the noun "country" reads, but with the landing site
or birthplace when it is a country; "Which country is X from?" still is."""

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


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("In which country did Lev Sarkov land?", ["Kazakhstan"]),
    ("Which country did Sarkov land in?", ["Kazakhstan"]),
    ("In which country was Lev Sarkov born?", []),  # born in a city: never his nationality
    ("In which city did Lev Sarkov land?", []),  # a country is no city
    ("Which country is Lev Sarkov from?", ["Russia"]),
])
def test_the_place_of_the_event_asked_answers_when_it_is_of_the_kind_asked(groups: Asker, question: str,
                                                                           expected: list[str]) -> None:
    """The verb's place relation is tried before the nationality the noun "country" reads."""
    assert [a.label for a in groups.answer(question).answers] == expected
