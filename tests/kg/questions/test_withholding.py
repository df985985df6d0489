"""Answers more likely wrong than right are withheld (issue 11): below the floor no answer is
given, the reply says what the articles suggest and shows where, and the value stays out of
``answers``; above it, or lifted above it by a second article, the answer is given."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from kg.questions.answer import WITHHOLD
from tests.factories import asker_over
from tests.kg.questions import doubtroom

doubts = asker_over(*doubtroom.ARTICLES)


def test_an_answer_below_the_floor_is_withheld_with_its_sentence(doubts: Asker) -> None:
    reply = doubts.answer("Where was Oda Ferren born?")
    assert reply.answers == () and reply.confidence is None
    assert [i.label for i in reply.withheld] == ["Sallow"] and (reply.withheld[0].confidence or 1) < WITHHOLD
    assert reply.message and "Sallow" in reply.message and "not surely enough" in reply.message
    assert any("born in Sallow" in p.sentence for p in reply.passages)
    data = reply.as_dict()
    assert data["answers"] == [] and "confidence" not in data and not data.get("disputed")
    assert [w["label"] for w in data["withheld"]] == ["Sallow"]  # type: ignore[union-attr]


def test_an_answer_above_the_floor_is_given(doubts: Asker) -> None:
    reply = doubts.answer("Where was Juno Marr born?")
    assert [a.label for a in reply.answers] == ["Tarrow"] and reply.withheld == ()
    assert "withheld" not in reply.as_dict()


def test_two_articles_lift_a_weak_reading_above_the_floor(doubts: Asker) -> None:
    reply = doubts.answer("Who does Oda Ferren work for?")
    assert [a.label for a in reply.answers] == ["Kestrel Agency"]
    assert reply.confidence == pytest.approx(1 - 0.55 ** 2, abs=0.005) and reply.confidence >= WITHHOLD
    assert {s.article for s in reply.sources} == {"heron-crew", "kestrel-hires"}


def test_a_list_gives_its_sure_items_and_names_the_one_left_out(doubts: Asker) -> None:
    reply = doubts.answer("Who flew on Heron-4?")
    assert sorted(a.label for a in reply.answers) == ["Juno Marr", "Nils Orrek", "Oda Ferren"]
    assert [i.label for i in reply.withheld] == ["Ivo Brenn"]
    assert reply.message and "Left out Ivo Brenn" in reply.message
    assert all((a.confidence or 0) >= WITHHOLD for a in reply.answers)


def test_a_withheld_date_is_no_answer(doubts: Asker) -> None:
    reply = doubts.answer("When did Heron-4 launch?")
    assert reply.answers == () and [i.kind for i in reply.withheld] == ["date"]
    assert any("14 March 2030" in p.sentence for p in reply.passages)
