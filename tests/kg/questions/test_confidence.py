"""Every answer carries a confidence in [0, 1] (issue 11, item 7): every room's questions are
asked (its example questions, the gold questions of the newsroom, and the common shapes of
question about each of its names), and each answer given is checked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.questions import Asker

GOLD = Path(__file__).resolve().parents[3] / "benchmarks" / "qa" / "newsroom.jsonl"
ROOMS = ("asker", "crew", "checks", "conflicts", "flights", "former", "firsts")
#: Questions about the whole graph: lists and counts of a class rest on no stated fact.
GENERAL = ("How many astronauts are in the graph?", "How many articles are in the graph?", "List the astronauts.",
           "List the space agencies.", "Who has spent the most days in space?", "How many missions are there?")
#: Shapes of question about one name, from profiles to counts.
SHAPES = ("Who is {}?", "Which article mentions {}?", "How many articles mention {}?", "Is {} an astronaut?",
          "When did {} launch?", "Who does {} work for?", "Who flew with {}?", "How many days did {} spend in space?",
          "Who commanded {}?", "What records does {} hold?")


def questions(asker: Asker, room: str) -> list[str]:
    names = sorted({e.label for e in asker.index().entities.values()})
    asked = [*GENERAL, *asker.examples(100), *(shape.format(n) for n in names for shape in SHAPES)]
    if room == "asker":
        asked += [json.loads(line)["q"] for line in GOLD.read_text().splitlines() if line.strip()]
    return asked


@pytest.mark.parametrize("room", ROOMS)
def test_every_answer_carries_a_confidence(room: str, request: pytest.FixtureRequest) -> None:
    asker: Asker = request.getfixturevalue(room)
    unrated = []
    answered = 0
    for question in questions(asker, room):
        answer = asker.answer(question)
        if not answer.answers:
            continue
        answered += 1
        rated = [a.confidence for a in answer.answers]
        if answer.confidence is None or not 0 <= answer.confidence <= 1 or any(
                c is None or not 0 <= c <= 1 for c in rated):
            unrated.append((question, answer.template, [a.label for a in answer.answers][:3], answer.confidence))
        assert answer.as_dict()["confidence"] == answer.confidence
    assert answered >= 20
    assert unrated == []
