"""How long someone's flight lasted, asked of the flight ("How many days did X's spaceflight
last?", "How long did her journey last?"), is one flight's time, never the career total told
beside it; how long a spacewalk lasted is never time in space. Hand-declared facts, invented
names."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from extract.facts import Extraction, Literal, Term
from kg.questions import Asker
from kg.store.oxigraph import OxigraphStore
from tests.factories import ExtractionBuilder, days, load_articles


def _kell_lands() -> Extraction:
    b = ExtractionBuilder(
        "Tomas Kell landed on Friday. His journey into space of 210 days gives him a lifetime total of "
        "400 days in space.",
        title="Kell is home", id="kell-lands", published="2031-06-10",
    )
    b.entity("Tomas Kell", "Astronaut", aliases=("Kell",))
    b.fact("Tomas Kell", "timeInSpace", days("210"), evidence="His journey into space of 210 days",
           qualifiers={"unit": Literal("day"), "scope": Term("SingleFlight")}, as_of="2031-06-10")
    b.fact("Tomas Kell", "timeInSpace", days("400"), evidence="a lifetime total of 400 days in space",
           qualifiers={"unit": Literal("day"), "scope": Term("Cumulative")}, as_of="2031-06-10")
    return b.build()


@pytest.fixture(scope="module")
def kell(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    store = OxigraphStore(Path(tmp_path_factory.mktemp("lengths")) / "store")
    try:
        load_articles(store, [_kell_lands])
        yield Asker(store, nlp)
    finally:
        store.close()


def labels(asker: Asker, question: str) -> list[str]:
    return [a.label for a in asker.answer(question).answers]


@pytest.mark.parametrize("question", [
    "How many days did Tomas Kell's spaceflight last?",
    "How long did Tomas Kell's journey last?",
    "How many days in space did Kell's journey last?",
    "How long was Kell's voyage?",
    "How long did Kell's flight last?",
])
def test_the_length_of_someones_flight_is_one_flights_time(kell: Asker, question: str) -> None:
    assert labels(kell, question) == ["210 days (single flight)"]


def test_the_total_is_still_the_total(kell: Asker) -> None:
    assert labels(kell, "How many days has Kell spent in space in total?") == ["400 days"]


@pytest.mark.parametrize("question", [
    "How long did Kell's spacewalk last?",
    "How many days did Kell's spacewalk last?",
    "How many days did Tomas Kell's quarantine last?",
    "How long did Kell's training last?",
])
def test_the_length_of_something_else_is_no_time_in_space(kell: Asker, question: str) -> None:
    assert labels(kell, question) == []
