"""A craft's type ("the Kestrel": every Kestrel ever flown is one node) says nothing of the one
flight a person of the question flew (tests/kg/questions/craftroom.py, invented names)."""

from __future__ import annotations

import pytest

from kg.questions import Asker


@pytest.mark.parametrize("question", [
    "Who commanded the Kestrel that brought Ilma Dask home?",
    "Who commanded the Kestrel that carried Roon Avel back to Earth?",
    "Who commanded the Kestrel which brought Ilma Dask back?",
    "Who was the commander of the Kestrel that took Roon Avel home?",
])
def test_the_commander_of_a_type_is_not_the_commander_of_someones_flight(crafts: Asker, question: str) -> None:
    answer = crafts.answer(question)
    assert answer.answers == ()
    assert "Pell Orma" in (answer.message or "")


def test_the_type_asked_alone_still_answers(crafts: Asker) -> None:
    assert [a.label for a in crafts.answer("Who commanded the Kestrel?").answers] == ["Pell Orma"]


@pytest.mark.parametrize("question", ["Who commanded the Kestrel that carried Sela Brin?",
                                      "Who was the commander of the Kestrel that took Sela Brin home?"])
def test_the_commander_of_a_type_who_flew_with_the_person_answers(crafts: Asker, question: str) -> None:
    assert [a.label for a in crafts.answer(question).answers] == ["Pell Orma"]


@pytest.mark.parametrize("question", ["Which spacecraft did Sela Brin fly on?", "What spacecraft carried Sela Brin?"])
def test_a_type_beside_a_numbered_craft_of_it_is_no_second_answer(crafts: Asker, question: str) -> None:
    assert [a.label for a in crafts.answer(question).answers] == ["Kestrel-5"]  # "a Kestrel" in one article


def test_a_type_alone_stays_an_answer(crafts: Asker) -> None:
    assert [a.label for a in crafts.answer("Which spacecraft carried Ilma Dask?").answers] == ["Kestrel"]
