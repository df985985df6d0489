"""The people of an agency's latest selection: "Who are the new X astronauts?"
(kg/questions/newest.py, over tests/kg/questions/classroom.py, invented names)."""

from __future__ import annotations

import pytest

from kg.questions import Asker


@pytest.mark.parametrize(("question", "expected"), [
    ("Who are the new Norland Space Agency astronauts?", ["Bo Sarn", "Remy Kade", "Tova Lind"]),  # 2021: the
    ("Who are the Norland Space Agency's newest astronauts?", ["Bo Sarn", "Remy Kade", "Tova Lind"]),  # undated
    ("Who is in the Norland Space Agency's newest class?", ["Bo Sarn", "Remy Kade", "Tova Lind"]),  # of its article
    ("Who are the three new Velmar Space Agency career astronauts?", ["Dag Feld", "Kira Holt"]),  # one article
    ("Who are the Velmar Space Agency's latest recruits?", ["Dag Feld", "Kira Holt"]),
])
def test_the_new_astronauts_are_the_latest_selection(classes: Asker, question: str, expected: list[str]) -> None:
    answer = classes.answer(question)
    assert sorted(a.label for a in answer.answers) == expected and answer.template == "newest"


def test_two_undated_selections_in_two_articles_have_no_newest(classes: Asker) -> None:
    answer = classes.answer("Who are the new Ardenia Space Agency astronauts?")
    assert not answer.answers and "newest" in (answer.message or "")


def test_the_new_class_is_named_not_counted(classes: Asker) -> None:
    answer = classes.answer("How many new astronauts did the Velmar Space Agency select?")
    assert answer.answers == () and "they name 2" in (answer.message or "")


@pytest.mark.parametrize("question", [
    "Who is the Velmar Space Agency's newest astronaut?",  # one asked, two named
    "Who did the Norland Space Agency select in 2009?",  # a year asked: the in-year template's
])
def test_what_the_newest_selection_does_not_answer(classes: Asker, question: str) -> None:
    answer = classes.answer(question)
    assert answer.template != "newest"
    if "newest astronaut" in question:
        assert not answer.answers


@pytest.mark.parametrize("question", [
    "Which astronaut class is Ivo Marsh a member of?",
    "Which astronaut class does Ivo Marsh belong to?",
    "Which astronaut class was Ivo Marsh selected in?",
])
def test_the_class_asked_by_its_noun_is_the_selection_year(classes: Asker, question: str) -> None:
    assert [a.label for a in classes.answer(question).answers] == ["2009"]


def test_an_astronaut_asked_beside_a_class_is_no_year(classes: Asker) -> None:
    assert not classes.answer("Which astronaut is in Ivo Marsh's class?").answers
