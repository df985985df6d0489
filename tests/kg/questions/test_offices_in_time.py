"""Offices told with their time (tests/kg/questions/officeroom.py, invented names): a director
named only as "future" answers who later held the office and never who holds it or held it
at the events told; a "then-administrator" never answers who holds it now; a single stated
holder still answers the plain question, as of the article naming them."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from kg.questions.titles import later_asked
from tests.factories import labels


@pytest.mark.parametrize("question", [
    "Who later became director of the Orla Space Center?",
    "Who later became Orla Space Center director?",
    "Who went on to become director of the Orla Space Center?",
    "Who eventually became the director of the Orla Space Center?",
    "Who was the future director of the Orla Space Center?",
    "Who later headed the Orla Space Center?",
])
def test_an_office_held_later_answers_who_later_held_it(offices: Asker, question: str) -> None:
    assert labels(offices.answer(question)) == ["Ivo Lind"]


@pytest.mark.parametrize("question", [
    "Who is the director of the Orla Space Center?",
    "Who is the current director of the Orla Space Center?",
    "Who was the director of the Orla Space Center?",
    "Who was director of the Orla Space Center in 2031?",
    "Who heads the Orla Space Center?",
])
def test_an_office_held_later_is_no_holder_at_the_time_asked(offices: Asker, question: str) -> None:
    answer = offices.answer(question)
    assert labels(answer) == []
    assert "Ivo Lind" in (answer.message or "")


def test_a_later_office_no_one_is_stated_to_hold_names_those_of_the_time_told(offices: Asker) -> None:
    answer = offices.answer("Who later became administrator of the Orla Space Agency?")
    assert labels(answer) == []
    assert "Nia Voss" in (answer.message or "") and "later" in (answer.message or "")


@pytest.mark.parametrize("question", [
    "Who is the administrator of the Orla Space Agency?",
    "Who is the current administrator of the Orla Space Agency?",
    "Who is Orla Space Agency administrator?",
])
def test_a_then_holder_is_no_holder_now(offices: Asker, question: str) -> None:
    answer = offices.answer(question)
    assert labels(answer) == ["Nia Voss"]  # not Bea Holt, "then-administrator" in a later article
    assert answer.answers[0].as_of == "2030-06-01"


@pytest.mark.parametrize(("question", "expected"), [
    ("Who was the administrator of the Orla Space Agency?", ["Bea Holt", "Nia Voss"]),  # the past: both held it
    ("Who was the administrator of the Orla Space Agency in 2030?", ["Nia Voss"]),
    ("Who was the administrator of the Orla Space Agency in 2031?", []),  # Bea Holt: only "then", in 2031
])
def test_a_then_holder_held_it_once_not_in_the_year_of_its_article(offices: Asker, question: str,
                                                                   expected: list[str]) -> None:
    answer = offices.answer(question)
    assert sorted(labels(answer)) == expected
    if not expected:  # the holders the articles give, with their times
        assert "Nia Voss (2030-06-01)" in (answer.message or "") and "Bea Holt (former" in (answer.message or "")


@pytest.mark.parametrize("question", [
    "Who is the director of the Rill Space Office?",
    "Who is the current director of the Rill Space Office?",
    "Who was the director of the Rill Space Office?",
])
def test_one_stated_holder_still_answers(offices: Asker, question: str) -> None:
    assert labels(offices.answer(question)) == ["Ada Marsh"]


@pytest.mark.parametrize("question", ["What did Ivo Lind later become?", "What did Ivo Lind go on to become?",
                                      "What did Ivo Lind eventually become?"])
def test_what_someone_later_became_is_the_office_held_later(offices: Asker, question: str) -> None:
    assert labels(offices.answer(question)) == ["director"]


@pytest.mark.parametrize("question", ["What did Nia Voss later become?", "What did Bea Holt later become?",
                                      "What post did Nia Voss later hold?"])
def test_an_office_held_at_the_time_told_is_not_what_someone_later_became(offices: Asker, question: str) -> None:
    answer = offices.answer(question)
    assert labels(answer) == []
    assert "administrator" not in [a.label for a in answer.answers]


def test_who_does_someone_work_for_leaves_out_a_place_of_work_only_to_come(offices: Asker) -> None:
    answer = offices.answer("Who does Ivo Lind work for?")
    assert labels(answer) == []
    assert "Orla Space Center" in (answer.message or "")


def test_a_profile_says_an_office_was_held_later(offices: Asker) -> None:
    shown = [a.label for a in offices.answer("Who is Ivo Lind?").answers]
    assert "job title: later director" in shown


@pytest.mark.parametrize("question", [
    "Who was the administrator of the Orla Space Agency at the time of the landing?",
    "Who was the administrator of the Orla Space Agency during the landing?",
])
def test_several_holders_are_no_answer_at_the_time_of_an_event(offices: Asker, question: str) -> None:
    answer = offices.answer(question)
    assert labels(answer) == []
    message = answer.message or ""
    assert "Bea Holt" in message and "Nia Voss" in message and "2030-06-01" in message


def test_one_stated_holder_answers_at_the_time_of_an_event(offices: Asker) -> None:
    answer = offices.answer("Who was the director of the Rill Space Office at the time of the crew's visit?")
    assert labels(answer) == ["Ada Marsh"]


@pytest.mark.parametrize("question", [
    "Who was acting Orla Space Agency administrator?",  # "was acting" parsed as a verb
    "Who is the acting administrator of the Orla Space Agency?",
])
def test_an_acting_office_is_answered_by_its_holder(offices: Asker, question: str) -> None:
    assert labels(offices.answer(question)) == ["Kai Dunn"]


@pytest.mark.parametrize(("question", "asked"), [
    ("Who later became director of the Orla Space Center?", True),
    ("What did Tam Rook go on to become?", True),
    ("What post did Tam Rook later hold?", True),
    ("Which mission did Tam Rook later command?", False),  # an event, not an office
    ("Who went on the spacewalk with Tam Rook?", False),
    ("Whom did Tam Rook later marry?", False),
])
def test_a_later_office_is_asked_only_of_an_office(offices: Asker, question: str, asked: bool) -> None:
    assert later_asked(offices.read(question)) is asked
