"""An age asked at someone's flight without naming it ("How old was X on his flight?", "when he
flew", "on the day he launched"): of several ages, the one stated in a year of X's launch; no
answer when none or several are (tests/kg/questions/ageroom.py, invented names)."""

from __future__ import annotations

import pytest

from kg.questions import Asker


@pytest.mark.parametrize("question", [
    "How old was Tarek Holm on his flight?",
    "How old was Tarek Holm when he flew?",
    "How old was Tarek Holm when he launched?",
    "How old was Tarek Holm on the day he launched?",
])
def test_the_age_of_the_launch_year(ages: Asker, question: str) -> None:
    assert [a.label for a in ages.answer(question).answers] == ["38 years"]


def test_ages_in_no_launch_year_are_not_told_apart(ages: Asker) -> None:
    answer = ages.answer("How old was Lina Prast on her flight?")
    assert answer.answers == () and "several ages" in (answer.message or "")


def test_an_age_asked_at_no_flight_is_not_narrowed(ages: Asker) -> None:
    """ "How old was X?" names no time: the ages stay as they were (the latest, with the other)."""
    assert [a.label for a in ages.answer("How old is Tarek Holm?").answers] == ["58 years"]


def test_a_person_named_is_no_event_to_date_an_age(ages: Asker) -> None:
    """ "When he watched Y walk on the Moon": the article that names Y most gives an age of
    another day (the one its article was written on), not one at that time."""
    answer = ages.answer("How old was Tarek Holm when he watched Lina Prast walk on the Moon?")
    assert answer.answers == () and "at a time told by Lina Prast" in (answer.message or "")
