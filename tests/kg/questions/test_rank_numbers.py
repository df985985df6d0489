"""A person's place in a group's order asked by its number ("What number human in space was
X?", "X was which person to fly into space, by number?"), over the hand-declared ranks of
tests/kg/questions/firstsroom.py (invented names): only a stated place of the same group and
the same achievement answers."""

from __future__ import annotations

import pytest

from kg.questions import Asker


@pytest.mark.parametrize(("question", "expected"), [
    ("What number Canadian in space is Nell Orr?", ["2"]),
    ("Which number Canadian to fly in space was Nell Orr?", ["2"]),
    ("Nell Orr was which Canadian to travel to space, by number?", ["2"]),
    ("What number woman to walk in space was Pia Lund?", ["3"]),
    ("Pia Lund was which woman in the world to walk in space, by number?", ["3"]),
])
def test_a_stated_place_answers(firsts: Asker, question: str, expected: list[str]) -> None:
    assert [a.label for a in firsts.answer(question).answers] == expected


@pytest.mark.parametrize("question", [
    "What number woman in space is Nell Orr?",  # her place among Canadians says nothing of women
    "What number Canadian to walk in space is Nell Orr?",  # nor of another achievement
    "What number woman to command the station was Pia Lund?",
    "What number spacewalk did Pia Lund make?",  # a series of events, not a place among people
    "What number person in space was Mira Voss?",  # no place stated
])
def test_no_stated_place_is_no_answer(firsts: Asker, question: str) -> None:
    assert firsts.answer(question).answers == ()
