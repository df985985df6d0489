"""Counts that the graph can only under-state, over the hand-declared facts of
tests/kg/questions/unitroom.py (invented names): the one crew member an article names is not how
many flew, and hours or other units after a noun ("flight hours") ask for an amount, not a count
of flights."""

from __future__ import annotations

import pytest

from kg.questions import Asker


def _values(asker: Asker, question: str) -> list[str]:
    return sorted(str(a.value) for a in asker.answer(question).answers)


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "How many people flew on Orla-9?",
    "How many astronauts flew on the Orla-9 mission?",
    "How many crew members did Orla-9 have?",
    "how many people were aboard Orla-9",
    "How many people rode Vesta 4?",
])
def test_one_member_named_is_no_crew_size(units: Asker, question: str) -> None:
    reply = units.answer(question)
    assert reply.answers == ()
    assert reply.message


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "How many flight hours did Tam Reese log?",
    "How many flight hours has Reese logged as a navy pilot?",
    "How many flying hours did Bram Tull have?",
    "How many spaceflight days did Tull log?",
    "How many mission days did Wenna Koss spend on Orla-7?",
])
def test_a_unit_after_a_noun_asks_for_an_amount(units: Asker, question: str) -> None:
    reply = units.answer(question)
    assert reply.expects in ("duration", "number")
    assert not [a for a in reply.answers if a.kind == "count"]


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "named"), [
    ("How many people flew on Orla-8?", 2),  # the people named are not how many flew
    ("How many people were in the Orla-8 crew?", 2),
    ("How many astronauts flew on the Orla-7 mission?", 4),
    ("How many crew members did Orla-7 have?", 4),
    ("how many people were aboard Orla-7", 4),
    ("How many people flew with Pim Darro on Orla-8?", 1),  # companions named: the crew may be larger
    ("How many flights has Bram Tull made?", 1),  # flights named, no count stated
    ("How many times did Tam Reese fly?", 1),
])
def test_a_count_of_those_named_is_no_answer_and_lists_them(units: Asker, question: str, named: int) -> None:
    reply = units.answer(question)
    assert reply.answers == ()
    assert reply.message is not None and "do not say how many" in reply.message and f"they name {named}" in \
        reply.message
