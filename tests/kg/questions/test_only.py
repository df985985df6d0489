"""A name that only qualifies the noun asked ("the only Ardenian cosmonaut") is no subject to
describe: the answer is the one person it qualifies, or none (tests/kg/questions/onlyroom.py,
invented names)."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from tests.factories import labels


@pytest.mark.parametrize("question", [
    "Who is the only Ardenian cosmonaut?",
    "Who was the only Ardenian astronaut?",
    "Who is the sole Ardenian cosmonaut?",
])
def test_the_only_one_of_a_country(only: Asker, question: str) -> None:
    answer = only.answer(question)
    assert labels(answer) == ["Kesto Varin"] and answer.template == "only"


def test_several_are_not_the_only_one(only: Asker) -> None:
    answer = only.answer("Who is the only Velmarian astronaut?")
    assert answer.answers == ()
    assert "Ilse Dorn" in (answer.message or "") and "not the only" in (answer.message or "")


@pytest.mark.parametrize("question", ["Who is the Velmarian astronaut?", "Who is the only Velmarian astronaut?"])
def test_a_qualifying_name_is_never_described(only: Asker, question: str) -> None:
    answer = only.answer(question)
    assert answer.template != "description"
    assert not any("country" in a.label for a in answer.answers)


def test_the_person_named_beside_a_demonym_is_described(only: Asker) -> None:
    answer = only.answer("Who is the Ardenian cosmonaut Kesto Varin?")
    assert answer.template == "description" and answer.entities[0].label == "Kesto Varin"


def test_a_country_asked_about_is_still_described(only: Asker) -> None:
    assert only.answer("Tell me about Ardenia.").template == "description"
