"""A question about a plan is answered by a planned fact (over tests/kg/questions/flightroom.py,
invented names): "When was X scheduled to return?" is never answered with the day the articles
report X came back; "When will X return?" gets that day only said to be what happened; a fact
an article states as planned answers a plan, whatever others report (planroom.py)."""

from __future__ import annotations

import pytest

from kg.questions import Asker


@pytest.mark.parametrize("question", [
    "When was Ula Finch scheduled to return to Earth?",
    "When was Ula Finch due to come home?",
    "When was Ula Finch due back on Earth?",
    "When was Ula Finch expected to return?",
    "When was Finch planned to land?",
])
def test_a_plan_asked_is_not_what_happened(flights: Asker, question: str) -> None:
    answer = flights.answer(question)
    assert answer.answers == ()
    assert "9 September 2024" in (answer.message or "")


def test_what_will_happen_is_answered_by_what_happened_said_so(flights: Asker) -> None:
    answer = flights.answer("When will Ula Finch return to Earth?")
    assert [a.value for a in answer.answers] == ["2024-09-09"]
    assert "as having happened" in (answer.message or "")


@pytest.mark.parametrize("question", [
    "When was Pia Strand scheduled to return to Earth?",
    "When will Pia Strand return to Earth?",
    "When was Pia Strand due back?",
    "When is Pia Strand due home?",
])
def test_a_planned_date_answers_a_plan(flights: Asker, question: str) -> None:
    assert [a.value for a in flights.answer(question).answers] == ["2025-05-30"]


def test_what_happened_still_answers_the_past(flights: Asker) -> None:
    assert [a.value for a in flights.answer("When did Ula Finch return to Earth?").answers] == ["2024-09-09"]


@pytest.mark.parametrize("question", [
    "Where was Rhea Vance scheduled to land?",
    "Where does Rhea Vance plan to land?",
    "Where did Rhea Vance land?",
])
def test_a_fact_stated_as_planned_and_as_done_answers_a_plan_too(plans: Asker, question: str) -> None:
    assert [a.label for a in plans.answer(question).answers] == ["Kessel site"]


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "Who was named to command Crew-14?",
    "Who was assigned to command Crew-14?",
    "Who was chosen to lead Crew-14?",
])
def test_who_was_given_a_part_is_answered_by_the_plan(reports: Asker, question: str) -> None:
    """Being named to command a flight is what an announced crew states: the plan answers it,
    whether or not the flight has flown (tests/kg/questions/reportroom.py)."""
    assert [a.label for a in reports.answer(question).answers] == ["Orla Fenn"]


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", ["Who commanded Crew-14?", "When was Orla Fenn named to command Crew-14?",
                                      "Which mission was Orla Fenn named to command?"])
def test_a_plan_answers_neither_what_happened_nor_when_the_naming_was(reports: Asker, question: str) -> None:
    """Asked which flight, the part may be named otherwise than the plan names it ("Expedition
    58/59" of a plan read as Expedition 58): only who was named is read from the plan."""
    assert reports.answer(question).answers == ()
