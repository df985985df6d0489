"""A title held by several people at different times (tests/kg/questions/tenureroom.py,
invented names): the holder of the time asked, never every holder as if current."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from tests.factories import labels


@pytest.mark.parametrize("question", [
    "Who is the Ardenian Space Agency administrator?",
    "Who is Ardenian Space Agency Administrator?",
    "Who is the administrator of the Ardenian Space Agency?",
    "Who is the current administrator of the Ardenian Space Agency?",
    "Who heads the Ardenian Space Agency?",
])
def test_asked_now_the_holder_named_by_the_latest_article_answers_as_of_its_date(tenures: Asker,
                                                                                 question: str) -> None:
    answer = tenures.answer(question)
    assert labels(answer) == ["Teo Brand"]
    assert answer.answers[0].as_of == "2026-03-02"
    assert "Lorna Pike" in (answer.message or "")  # the earlier holder is said, not given


@pytest.mark.parametrize(("question", "expected"), [
    ("Who was the administrator of the Ardenian Space Agency in 2008?", ["Lorna Pike"]),
    ("Who was Ardenian Space Agency administrator in 2008?", ["Lorna Pike"]),
    ("Who was the Ardenian Space Agency administrator in 2026?", ["Teo Brand"]),
    ("Who was the administrator of the Ardenian Space Agency in May 2008?", ["Lorna Pike"]),
    ("Who was the administrator of the Ardenian Space Agency in 2015?", []),
])
def test_asked_of_a_year_the_holder_named_that_year_answers(tenures: Asker, question: str,
                                                           expected: list[str]) -> None:
    answer = tenures.answer(question)
    assert labels(answer) == expected
    if not expected:
        assert "Lorna Pike" in (answer.message or "") and "Teo Brand" in (answer.message or "")


@pytest.mark.parametrize("question", [
    "Who is the chief of the Norran Space Board?",
    "Who heads the Norran Space Board?",
])
def test_holders_the_dates_cannot_tell_apart_are_no_answer_now(tenures: Asker, question: str) -> None:
    answer = tenures.answer(question)
    assert answer.answers == ()
    assert "Bo Lind" in (answer.message or "") and "Ari Sten" in (answer.message or "")


@pytest.mark.parametrize(("question", "expected"), [
    ("Who was the Ardenian Space Agency administrator?", ["Lorna Pike", "Teo Brand"]),  # the past: every holder
    ("Who is the director of the Velmar Space Office?", ["Ines Kaul"]),  # one holder: no date needed
])
def test_the_past_and_a_single_holder_are_answered_as_before(tenures: Asker, question: str,
                                                            expected: list[str]) -> None:
    assert labels(tenures.answer(question)) == expected
