"""A length of time is shown as precisely as its sentence states it (over
tests/kg/questions/lengthroom.py, invented names): "7 days and 22 hours" is not "7 days"; asked
in days, the whole days answer; sentences that disagree on the hours leave the days alone."""

from __future__ import annotations

import pytest

from kg.questions import Asker


def labels(asker: Asker, question: str) -> list[str]:
    return [a.label.removesuffix(" (single flight)") for a in asker.answer(question).answers]


@pytest.mark.parametrize(("question", "expected"), [
    ("How long did Ari Kessel spend in space?", "7 days and 22 hours"),
    ("How long was Kessel in space?", "7 days and 22 hours"),
    ("How long was Bea Lorne's flight?", "12 days, 3 hours and 40 minutes"),
])
def test_the_hours_a_sentence_adds_are_shown(lengths: Asker, question: str, expected: str) -> None:
    assert labels(lengths, question) == [expected]


@pytest.mark.parametrize(("question", "expected"), [
    ("How many days did Ari Kessel spend in space?", "7 days"),
    ("How long did Cai Moro spend in space?", "9 days"),
    ("How long did Dov Ranta spend in space?", "5 days"),
])
def test_whole_days_when_asked_or_when_the_hours_are_not_agreed(lengths: Asker, question: str,
                                                                 expected: str) -> None:
    assert labels(lengths, question) == [expected]
