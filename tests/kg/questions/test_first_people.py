"""A person named in a question by a first they hold (kg/questions/first_people.py;
tests/kg/questions/firstpeopleroom.py, invented names)."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from tests.factories import asker_over
from tests.kg.questions import firstpeopleroom

people = asker_over(*firstpeopleroom.ARTICLES)


@pytest.mark.parametrize(("question", "expected"), [
    ("Where was the first Mongolian cosmonaut born?", ["Darkhan"]),
    ("Who flew with the first Mongolian cosmonaut?", ["Pavel Orlen"]),
    ("Who did the first Mongolian cosmonaut fly with?", ["Pavel Orlen"]),
    ("When was the first person to walk on Mars born?", ["3 May 2001"]),
])
def test_a_question_about_the_holder_of_a_first(people: Asker, question: str, expected: list[str]) -> None:
    answer = people.answer(question)
    assert [a.label for a in answer.answers] == expected
    assert "first" in (answer.message or "")  # says whom the phrase was read as
    assert len(answer.sources) >= 1


@pytest.mark.parametrize(("question", "holder"), [
    ("Who was the first Mongolian cosmonaut?", "Jon Brekk"),
    ("Who is known as the first Mongolian cosmonaut?", "Jon Brekk"),
    ("Who was the first person to walk on Mars?", "Mira Tolk"),
])
def test_the_holder_asked_alone_is_still_the_firsts_answer(people: Asker, question: str, holder: str) -> None:
    assert [a.label for a in people.answer(question).answers] == [holder]


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "Where was the first Chilean astronaut born?",  # two holders stated: nobody is named
    "Where was the first Mongolian woman born?",  # no such first
    "Who flew with the first person to walk on Mars?",  # her holder is known, the crewmate is not
    "Where was the first Mongolian to walk in space born?",  # a first of other words
])
def test_no_answer_without_one_holder_and_a_fact_of_theirs(people: Asker, question: str) -> None:
    assert people.answer(question).answers == ()


def test_the_holder_is_never_the_answer_about_someone_else(people: Asker) -> None:
    """ "Who flew with the first X?" is not the first X."""
    answer = people.answer("Who flew with the first person to walk on Mars?")
    assert "Mira Tolk" not in [a.label for a in answer.answers]

