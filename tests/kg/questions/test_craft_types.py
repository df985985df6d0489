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


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "Who was the flight commander of Ilma Dask's Kestrel?",
    "Who commanded Roon Avel's Kestrel?",
    "Who was the commander of Ilma Dask's Kestrel capsule?",
    "Who was in command of Roon Avel's Kestrel?",
    "who commanded ilma dask's kestrel",
])
def test_the_commander_of_someones_craft_type_is_not_the_types(crafts: Asker, question: str) -> None:
    """"X's Kestrel" is the one X flew: the role stated on the type is no answer for it."""
    answer = crafts.answer(question)
    assert answer.answers == ()
    assert answer.message


def test_the_commander_of_the_craft_of_someone_who_flew_with_him(crafts: Asker) -> None:
    assert [a.label for a in crafts.answer("Who commanded Sela Brin's Kestrel?").answers] == ["Pell Orma"]


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "Who flew on the 36th Kestrel flight?",
    "Who flew on Orbis's 12th Kestrel mission?",
    "Who was aboard the 21st Kestrel flight?",
    "Who rode the Kestrel's 9th flight?",
    "who flew on the seventh kestrel mission",
])
def test_a_numbered_place_in_a_series_unstated_is_no_answer(crafts: Asker, question: str) -> None:
    """"The 36th Kestrel flight" is one flight the articles never number: everyone who ever rode
    a Kestrel is not its crew."""
    answer = crafts.answer(question)
    assert answer.answers == ()
    assert answer.message
