"""Which station someone went to or lived on (tests/kg/questions/visitroom.py, invented names):
a station answers a question that asks for a station with a verb of going or staying, though a
station carried no one up; never a question of another verb, nor of the craft that took them."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from tests.factories import labels


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "Which space station did Noor Kassel visit?",
    "Which station did Kassel fly to?",
    "What space station did Kassel go to?",
    "Which space station did Noor Kassel live on?",
    "On which space station did Kassel live?",
    "Which station did Kassel stay aboard?",
    "What space station was Noor Kassel on?",
])
def test_a_station_asked_with_a_verb_of_going_or_staying_is_the_one_aboard(visits: Asker, question: str) -> None:
    assert labels(visits.answer(question)) == ["Kelda"]


@pytest.mark.issue(11)
def test_the_noun_asked_is_no_name_of_the_station(visits: Asker) -> None:
    """ "the space station" is a name of Kelda in the articles, but "which space station" asks
    for a kind of thing: the question is about Kassel alone."""
    parsed = visits.read("On which space station did Noor Kassel live?")
    assert [m.best.label for m in parsed.mentions] == ["Noor Kassel"]
    assert [m.best.label for m in visits.read("Who commands the space station?").mentions] == ["Kelda"]


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "Which space station did Kassel command?",
    "Which space station did Noor Kassel build?",
    "Which space station did Kassel design?",
    "Which space station did Tomas Veld visit?",
    "Which spacecraft took Kassel to the station?",
])
def test_a_station_answers_no_other_verb_nor_the_craft_that_carried_someone(visits: Asker, question: str) -> None:
    assert "Kelda" not in labels(visits.answer(question))


@pytest.mark.issue(11)
def test_the_craft_that_carried_someone_is_still_the_capsule(visits: Asker) -> None:
    assert labels(visits.answer("What spacecraft did Noor Kassel launch on?")) == ["Wren"]
