"""A place or a time asked of someone's craft is that person's own (over tests/fixtures/crewroom.py,
invented people): "Where did X's capsule land?" asks where X came down, so the craft noun after
"where" or "when" is no class of answer; an event the articles do not give for X stays unanswered,
and a question that asks for the craft itself is not answered with a place."""

from __future__ import annotations

import pytest

from kg.questions import Asker


@pytest.mark.parametrize("question", [
    "Where did Anna Berg's capsule land?",
    "Where did Berg's capsule touch down?",
    "Where did Tomas Reyes's spacecraft come down?",
    "Where did Reyes's craft land?",
])
def test_the_landing_of_someones_craft_is_theirs(crew: Asker, question: str) -> None:
    assert [a.label for a in crew.answer(question).answers] == ["Zhezkent"]


@pytest.mark.parametrize("question", [
    "Where did Anna Berg's capsule launch from?",  # no launch site of hers
    "Where was Anna Berg's capsule built?",  # no relation reads "built"
    "When did Tomas Reyes's capsule land?",  # a place, never a date
    "Which capsule did Anna Berg land in?",  # asks for a craft, never a place
])
def test_other_questions_about_someones_craft_are_not_a_landing_place(crew: Asker, question: str) -> None:
    assert all(a.label != "Zhezkent" for a in crew.answer(question).answers)
