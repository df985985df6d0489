"""A ranking asked as of a time ranks what was stated by then (tests/kg/questions/datedroom.py,
invented names): a later total is no figure of that time."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from tests.factories import labels


@pytest.mark.parametrize("question", [
    "Who had the most days in space in April 2032?",
    "Which astronaut had spent the most days in space in 2032?",
    "Who had the most days in space in 2033?",
])
def test_the_leader_of_the_time_asked(dated: Asker, question: str) -> None:
    assert labels(dated.answer(question)) == ["Mira Tolle"]


@pytest.mark.parametrize("question", ["Who has spent the most days in space?",
                                      "Who had the most days in space in 2034?"])
def test_the_latest_leader(dated: Asker, question: str) -> None:
    assert labels(dated.answer(question)) == ["Enno Vast"]


def test_nothing_stated_by_then_is_no_answer(dated: Asker) -> None:
    assert dated.answer("Who had the most days in space in 2030?").answers == ()
