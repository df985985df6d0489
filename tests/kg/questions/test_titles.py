"""Who holds a title at an organisation (tests/kg/questions/titleroom.py, invented names): the
employee whose job title is the one asked, or whoever leads it for "heads", "leads"; never
every employee, another office ("Associate Administrator" is not "the administrator") or people
found through another relation."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from tests.factories import labels


@pytest.mark.parametrize(("question", "expected"), [
    ("Who is the head of the Ardenian Space Agency?", ["Ilka Varr"]),
    ("Who heads the Ardenian Space Agency?", ["Ilka Varr"]),
    ("Who leads the Ardenian Space Agency?", ["Ilka Varr"]),
    ("Who is the flight director of the Ardenian Space Agency?", ["Oren Tamm"]),
    ("Who is the associate administrator of the Ardenian Space Agency?", ["Tor Blum"]),
    ("Who did the Ardenian Space Agency select in 2024?", ["Kai Dorn", "Mira Sol"]),
])
def test_the_employee_with_the_title_asked(titles: Asker, question: str, expected: list[str]) -> None:
    assert sorted(labels(titles.answer(question))) == expected


def test_a_title_no_one_holds_names_no_employee(titles: Asker) -> None:
    assert labels(titles.answer("Who is the president of the Ardenian Space Agency?")) == []


@pytest.mark.parametrize("question", [
    "Who is the administrator of the Ardenian Space Agency?",  # an associate administrator is another office
    "Who was acting administrator of the Ardenian Space Agency?",
    "Who is the director of the Ardenian Space Agency?",  # a flight director directs no agency
    "Who was acting Ardenian Space Agency administrator when the 2024 class was introduced?",  # not the class
    "Who was the agency's president when the Ardenian Space Agency selected its 2024 class?",
])
def test_another_office_or_relation_is_no_holder_of_the_office_asked(titles: Asker, question: str) -> None:
    assert labels(titles.answer(question)) == []


@pytest.mark.parametrize(("question", "office"), [
    ("Who was acting Ardenian Space Agency administrator when the 2024 class was introduced?",
     "acting Ardenian Space Agency administrator"),
    ("Who was acting administrator of the Ardenian Space Agency?", "acting administrator"),
])
def test_a_refusal_names_the_office_asked_whole(titles: Asker, question: str, office: str) -> None:
    message = titles.answer(question).message or ""
    assert office in message and "the administrator" not in message
