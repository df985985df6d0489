"""Who holds a title at an organisation (tests/kg/questions/titleroom.py, invented names): the
employee whose job title is the one asked, or whoever leads it for "heads", "leads"; never
every employee."""

from __future__ import annotations

import pytest

from kg.questions import Answer, Asker


def labels(answer: Answer) -> list[str]:
    return sorted(a.label for a in answer.answers)


@pytest.mark.parametrize(("question", "expected"), [
    ("Who is the head of the Ardenian Space Agency?", ["Ilka Varr"]),
    ("Who heads the Ardenian Space Agency?", ["Ilka Varr"]),
    ("Who leads the Ardenian Space Agency?", ["Ilka Varr"]),
    ("Who is the flight director of the Ardenian Space Agency?", ["Oren Tamm"]),
])
def test_the_employee_with_the_title_asked(titles: Asker, question: str, expected: list[str]) -> None:
    assert labels(titles.answer(question)) == expected


def test_a_title_no_one_holds_names_no_employee(titles: Asker) -> None:
    assert labels(titles.answer("Who is the president of the Ardenian Space Agency?")) == []
