"""A value tied to an event told in a clause ("when ...", "after ...") that nothing reads is no
answer (invented names: tests/kg/questions/ageroom.py, flightroom.py): "How old was X when her
family moved to Y?" is not her age at her flight, and "Where was X flown after landing?" is not
where she landed; a clause the engine reads still dates the answer."""

from __future__ import annotations

import pytest

from kg.questions import Asker


@pytest.mark.parametrize("question", [
    "How old was Vera Sallis when her family emigrated from Norway?",
    "What age was Vera Sallis when her family settled in Kestow?",
    "How old was Vera Sallis when she married?",
    "How old was Sallis when her parents moved to Kestow?",
    "How old was Vera Sallis when she broke her leg?",
    "How old was Vera Sallis when she set up her company?",
])
def test_an_age_at_an_event_nothing_reads_is_no_answer(ages: Asker, question: str) -> None:
    assert ages.answer(question).answers == ()


@pytest.mark.parametrize("question", [
    "How old was Vera Sallis when she flew?",
    "How old was Vera Sallis when she launched?",
    "How old was Sallis when she flew to the station?",
    "How old was Vera Sallis when she broke the record?",
    "How old was Vera Sallis when she set the endurance record?",
    "How old was Sallis when she broke the 300-day record?",
    "At what age did Vera Sallis beat the record?",
])
def test_an_age_at_a_flight_still_answers(ages: Asker, question: str) -> None:
    assert [a.label for a in ages.answer(question).answers] == ["44 years"]


@pytest.mark.parametrize("question", [
    "Where was Ines Marlo flown after landing for medical checks?",
    "Where was Ines Marlo taken after landing?",
    "Where did Ines Marlo go after she landed?",
])
def test_a_landing_that_only_dates_the_question_is_not_its_answer(flights: Asker, question: str) -> None:
    assert flights.answer(question).answers == ()


def test_the_landing_site_still_answers_where_she_landed(flights: Asker) -> None:
    assert [a.label for a in flights.answer("Where did Ines Marlo land?").answers] == ["Corvo"]
    assert [a.label for a in flights.answer("Where did Ines Marlo splash down?").answers] == ["Corvo"]
