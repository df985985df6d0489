"""How many spacewalks, when the articles give a walk's rank ("her third spacewalk"): a count
only from a stated count; a rank answers only as "at least N", with its date (over
tests/kg/questions/rankroom.py, invented people)."""

from __future__ import annotations

import pytest

from kg.questions import Asker


@pytest.mark.parametrize("question", [
    "How many spacewalks has Tessa Vorn made?",
    "How many spacewalks has Vorn done?",
    "How many spacewalks has Tessa Vorn performed in her career?",
])
def test_a_rank_alone_answers_at_least_never_a_count(ranked: Asker, question: str) -> None:
    answer = ranked.answer(question)
    assert [(a.label, a.value, a.as_of) for a in answer.answers] == [("at least 3", 3, "2025-02-10")]
    assert "no count" in (answer.message or "")


@pytest.mark.parametrize("question", [
    "How many spacewalks has Per Lindqvist made?",
    "How many spacewalks did Lindqvist make?",
])
def test_a_stated_count_answers_over_a_lower_rank(ranked: Asker, question: str) -> None:
    assert [a.label for a in ranked.answer(question).answers] == ["5"]


def test_a_later_rank_outgrows_a_stated_count(ranked: Asker) -> None:
    """Two spacewalks stated in January, her fourth told in June: she has made at least four,
    and the two is shown beside it as the older figure."""
    answer = ranked.answer("How many spacewalks has Ada Mwangi made?")
    assert [a.label for a in answer.answers] == ["at least 4"]
    assert [a.label for a in answer.also] == ["2"]


def test_a_rank_is_no_yes_to_an_exact_count(ranked: Asker) -> None:
    """ "Has she made three spacewalks?" asks a count; a rank of three does not state one."""
    answer = ranked.answer("Has Tessa Vorn made three spacewalks?")
    assert [a.label for a in answer.answers] != ["yes"]


@pytest.mark.parametrize("question, day", [
    ("When did Nils Aho make his first spacewalk?", "2025-01-20"),
    ("When did Aho make his second spacewalk?", "2025-02-06"),
])
def test_a_walk_asked_by_its_place_is_the_one_its_sentence_places(ranked: Asker, question: str, day: str) -> None:
    """Of two dated walks, the one whose sentence gives the place asked ("his first spacewalk,
    which came on Jan. 20"; "went outside for the second time")."""
    assert [a.value for a in ranked.answer(question).answers] == [day]


def test_no_walk_placed_is_no_answer(ranked: Asker) -> None:
    """Two dated walks, neither placed as her first: the articles do not say which it was."""
    assert not ranked.answer("When did Ines Roa make her first spacewalk?").answers


def test_a_walk_unplaced_asked_without_a_place_gives_every_date(ranked: Asker) -> None:
    assert sorted(a.value for a in ranked.answer("When did Nils Aho make a spacewalk?").answers) == [
        "2025-01-20", "2025-02-06"]
