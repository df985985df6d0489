"""How many spacewalks, when the articles give a walk's rank ("her third spacewalk"): a count
only from a stated count; a rank answers only as "at least N", with its date (over
tests/kg/questions/rankroom.py, invented people)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from kg.questions import Asker
from kg.store.oxigraph import OxigraphStore
from tests.kg.questions import rankroom


@pytest.fixture(scope="module")
def ranks(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    store = OxigraphStore(Path(tmp_path_factory.mktemp("rankroom")) / "store")
    try:
        rankroom.load(store)
        yield Asker(store, nlp)
    finally:
        store.close()


@pytest.mark.parametrize("question", [
    "How many spacewalks has Tessa Vorn made?",
    "How many spacewalks has Vorn done?",
    "How many spacewalks has Tessa Vorn performed in her career?",
])
def test_a_rank_alone_answers_at_least_never_a_count(ranks: Asker, question: str) -> None:
    answer = ranks.answer(question)
    assert [(a.label, a.value, a.as_of) for a in answer.answers] == [("at least 3", 3, "2025-02-10")]
    assert "no count" in (answer.message or "")


@pytest.mark.parametrize("question", [
    "How many spacewalks has Per Lindqvist made?",
    "How many spacewalks did Lindqvist make?",
])
def test_a_stated_count_answers_over_a_lower_rank(ranks: Asker, question: str) -> None:
    assert [a.label for a in ranks.answer(question).answers] == ["5"]


def test_a_later_rank_outgrows_a_stated_count(ranks: Asker) -> None:
    """Two spacewalks stated in January, her fourth told in June: she has made at least four,
    and the two is shown beside it as the older figure."""
    answer = ranks.answer("How many spacewalks has Ada Mwangi made?")
    assert [a.label for a in answer.answers] == ["at least 4"]
    assert [a.label for a in answer.also] == ["2"]


def test_a_rank_is_no_yes_to_an_exact_count(ranks: Asker) -> None:
    """ "Has she made three spacewalks?" asks a count; a rank of three does not state one."""
    answer = ranks.answer("Has Tessa Vorn made three spacewalks?")
    assert [a.label for a in answer.answers] != ["yes"]
