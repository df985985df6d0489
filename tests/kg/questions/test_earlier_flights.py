"""Someone's earlier flights (over tests/kg/questions/earlierroom.py, invented people): the
flight the question is measured from, the latest one or one named after "before", is never an
answer, and when the order of the flights is not told there is no answer."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from tests.factories import labels


@pytest.mark.parametrize("question", [
    "On which earlier mission did Arlo Penn fly?",
    "Which earlier missions did Arlo Penn take part in?",
    "On which prior flight did Arlo Penn fly?",
])
def test_the_latest_flight_of_a_series_is_no_earlier_one(earlier: Asker, question: str) -> None:
    assert labels(earlier.answer(question)) == ["Lumen-3"]


@pytest.mark.parametrize("question", [
    "On which earlier mission did Ida Morrow fly?",
    "Which missions did Ida Morrow fly before Vega-1?",
])
def test_launch_dates_order_flights_of_two_series(earlier: Asker, question: str) -> None:
    assert labels(earlier.answer(question)) == ["Orca-2"]


def test_a_planned_flight_is_the_latest(earlier: Asker) -> None:
    assert labels(earlier.answer("On which earlier mission did Noor Halden fly?")) == ["Lumen-2"]


def test_flights_nothing_orders_are_no_answer(earlier: Asker) -> None:
    answer = earlier.answer("Which earlier missions did Kesh Varga fly?")
    assert answer.answers == ()
    assert "which flew last" in (answer.message or "")


def test_nothing_before_the_first_flight(earlier: Asker) -> None:
    assert earlier.answer("Which missions did Ida Morrow fly before Orca-2?").answers == ()


def test_without_earlier_every_flight_answers(earlier: Asker) -> None:
    assert sorted(labels(earlier.answer("Which missions did Arlo Penn fly on?"))) == ["Lumen-3", "Lumen-7"]
    assert sorted(labels(earlier.answer("Which missions did Kesh Varga fly on?"))) == ["Orca-5", "Vega-4"]
