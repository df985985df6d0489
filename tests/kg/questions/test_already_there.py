""""Who was already aboard X when Y arrived?" asks who was there before the event; those the
graph puts aboard at some time are no answer (tests/kg/questions/alreadyroom.py, invented names)."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from tests.factories import asker_over
from tests.kg.questions import alreadyroom

station = asker_over(*alreadyroom.ARTICLES)


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "Who was already aboard Harbor Station when Vela Ostrin arrived?",
    "Who was already on Harbor Station when Rusk Tamm arrived?",
    "Who was still aboard Harbor Station when Vela Ostrin arrived?",
    "Who was already aboard Harbor Station when Talon-3 arrived?",
])
def test_already_there_when_someone_arrived_is_not_read_from_being_aboard(station: Asker, question: str) -> None:
    answer = station.answer(question)
    assert answer.answers == ()
    assert answer.message


def test_aboard_without_a_time_still_answers(station: Asker) -> None:
    assert "Mira Quell" in [a.label for a in station.answer("Who was aboard Harbor Station?").answers]
