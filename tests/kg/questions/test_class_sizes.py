"""A year's class of an agency is counted only from the size an article states (akg:classSize,
kg/questions/class_sizes.py), never from the people the articles name in it; over the
hand-declared classes of tests/kg/questions/classroom.py (invented names)."""

from __future__ import annotations

import pytest

from kg.questions import Asker


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("How many astronaut candidates did the Kessa Space Agency select in its 2031 class?", [10]),
    ("How many astronauts did Kessa Space Agency select in 2031?", [10]),
    ("How many new astronauts did the Kessa Space Agency name in its class of 2031?", [10]),
    ("How many new astronauts did the Orsk Space Agency name in its class of 2030?", [12]),  # dated by the day
    ("How many astronauts did the Orsk Space Agency select in 2030?", [12]),  # it was told
    ("How many astronauts did the Kessa Space Agency select in 2030?", []),  # another year
    ("How many astronauts did the Norland Space Agency select in 2009?", []),  # two named, no size stated
    ("How many women did the Kessa Space Agency select in 2031?", []),  # a group of the class: not its size
    ("How many astronauts did the Pella Space Agency choose in 2028?", []),  # stated as 8 and as 9
    ("How many astronauts did the Brin Space Agency select in 2027?", [6]),  # undated: its article's one year
    ("How many astronauts did the Brin Space Agency select in 2026?", []),
    ("How many astronauts did the Dora Space Agency select in 2025?", []),  # its article dates two years
    ("How many astronauts did the Tarn Space Agency pick in 2032?", []),  # two stated, three named
    ("How many applicants did the Kessa Space Agency's 2031 class come from?", []),  # not the class's size
    ("How many applicants did the Kessa Space Agency's 2031 astronaut class come from?", []),
    ("How many candidates did the Kessa Space Agency select in 2031?", [10]),  # the class's own people
    ("How many trainees did the Kessa Space Agency select in 2031?", [10]),
])
def test_a_class_is_counted_from_its_stated_size(classes: Asker, question: str, expected: list[int]) -> None:
    assert [a.value for a in classes.answer(question).answers] == expected


@pytest.mark.issue(11)
def test_the_people_of_a_class_are_still_listed(classes: Asker) -> None:
    assert [a.label for a in classes.answer("Who did the Kessa Space Agency select in 2031?").answers] == ["Lia Morn"]


@pytest.mark.issue(11)
def test_a_size_told_two_ways_is_said(classes: Asker) -> None:
    answer = classes.answer("How many astronauts did the Pella Space Agency choose in 2028?")
    assert "8 and 9" in (answer.message or "")


@pytest.mark.issue(11)
def test_a_size_the_people_named_outnumber_is_said(classes: Asker) -> None:
    """Refused as a crew's size is (kg.questions.group_sizes): the size and the people named."""
    answer = classes.answer("How many astronauts did the Tarn Space Agency pick in 2032?")
    assert "a class of 2" in (answer.message or "") and "3 people" in (answer.message or "")
    assert "Ove Tamm" in (answer.message or "")
