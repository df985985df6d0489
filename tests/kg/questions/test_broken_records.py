"""The figure of a record someone broke, or is to break, whoever held it ("the previous record
of 237 days, set by three cosmonauts"): read with the new holding (akg:previousValue) and
given to "What was the record before X's flight?" and "What record was X to exceed?", never a
holder, and never the new figure. Read from invented sentences by the real extractor."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from extract import Article, Literal, extract
from kg.ingest import graph_for
from kg.questions import Asker
from kg.store.oxigraph import OxigraphStore
from tests.factories import labels

_TEXTS = {
    "dray": "Cosmonaut Ivo Dray returned to Earth on Tuesday after a record 326 days in space. The previous "
            "space endurance record was 237 days, set by three cosmonauts aboard the Vela station in 1984.",
    "vale": "Astronaut Norma Vale is expected to exceed the US space-endurance record of 84 days, set by three "
            "astronauts in 1974, by about six days.",
    "kess": "Cosmonaut Pal Kess set an endurance record on Wednesday after 212 days in orbit, breaking the previous "
            "record of 211 days.",
    "lund": "Ola Lund landed on Monday after 180 days in orbit.",
}


def said(nlp: Language, text: str) -> set[tuple[str, str | None, str | None]]:
    """(holder, figure, old figure) of the record holdings a text states."""
    extraction = next(extract(nlp, [Article("Report\n\n" + text, published="2031-06-10", id="t")]))
    names = {e.key: e.name for e in extraction.entities}
    found = set()
    for f in extraction.facts:
        if f.predicate == "holdsRecord":
            old = dict(f.qualifiers).get("previousValue")
            found.add((names[f.subject], f.object.value if isinstance(f.object, Literal) else None,
                       old.value if isinstance(old, Literal) else None))
    return found


@pytest.mark.parametrize(("text", "wanted"), [
    (_TEXTS["dray"], {("Ivo Dray", "326", "237")}),
    (_TEXTS["vale"], {("Norma Vale", None, "84")}),
    (_TEXTS["kess"], {("Pal Kess", "212", "211")}),
    ("Ivo Dray broke the endurance record of 237 days set by three cosmonauts in 1984.", {("Ivo Dray", None, "237")}),
    ("Ivo Dray broke the 237-day endurance record set by three cosmonauts in 1984.", {("Ivo Dray", None, "237")}),
    ("Cosmonaut Ivo Dray came home after a record 326 days in orbit. The old endurance record, 237 days, was set by "
     "three cosmonauts.", {("Ivo Dray", "326", "237")}),
    ("Cosmonaut Ivo Dray came home on Friday after a record 326 days in orbit. Doctors said he felt well. "
     "The crew landed on target. The old endurance record was 237 days.", {("Ivo Dray", "326", "237")}),
])
def test_the_figure_of_a_broken_record_is_the_old_one(nlp: Language, text: str,
                                                      wanted: set[tuple[str, str | None, str | None]]) -> None:
    assert said(nlp, text) == wanted


@pytest.mark.parametrize("text", [
    "Ivo Dray landed on Monday, setting a cumulative record of 803 days for the most time spent off the planet.",
    "Ivo Dray set a new record of 326 days in orbit, the agency said.",
    "Cosmonaut Ivo Dray set a 326-day endurance record, the agency said.",
    "Cosmonaut Ivo Dray came home on Friday after 326 days in orbit. Doctors said he felt well. The crew landed "
    "on target. The old endurance record was 237 days.",
])
def test_a_record_set_has_no_old_figure(nlp: Language, text: str) -> None:
    """A record set, or an old record told of someone the article never gave a record."""
    assert all(old is None for _, _, old in said(nlp, text))


def test_a_record_broken_measuring_what_is_not_said_is_none(nlp: Language) -> None:
    """ "broke the record of 237 days", and no time in space of the holder: one flight or a total?"""
    assert said(nlp, "Ivo Dray broke the record of 237 days set by three cosmonauts in 1984.") == set()


@pytest.fixture(scope="module")
def broken(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Asker]:
    store = OxigraphStore(Path(tmp_path_factory.mktemp("broken")) / "store")
    try:
        store.write([graph_for(store, e) for e in extract(nlp, [
            Article(text, published="2031-06-10", id=key) for key, text in _TEXTS.items()])])
        yield Asker(store, nlp)
    finally:
        store.close()


@pytest.mark.parametrize(("question", "wanted"), [
    ("What was the space endurance record before Dray's flight?", ["237 days"]),
    ("What was the previous record before Ivo Dray?", ["237 days"]),
    ("What record did Dray break?", ["237 days"]),
    ("What US record was Norma Vale expected to exceed?", ["84 days"]),
    ("What record did Pal Kess break?", ["211 days"]),
    ("What record will Norma Vale break?", ["84 days"]),
])
def test_the_old_figure_answers(broken: Asker, question: str, wanted: list[str]) -> None:
    assert labels(broken.answer(question)) == wanted


@pytest.mark.parametrize("question", [
    "What record did Ola Lund break?",  # no record told
    "Who held the record before Ivo Dray?",  # three cosmonauts, unnamed
    "What record did Norma Vale break?",  # only expected to
])
def test_no_old_figure_no_answer(broken: Asker, question: str) -> None:
    assert labels(broken.answer(question)) == []
