""""When did A and B lift off aboard X?": a launch date the articles state of each of them
answers for both; the subject asked first, of whom the articles state no such date, leaves
the answer untied to them, and refused. Read from invented sentences by the real extractor."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from extract import Article, extract
from kg.ingest import graph_for
from kg.questions import Asker
from kg.store.oxigraph import OxigraphStore

_TEXT = ("Ann Baker, the veteran of two flights, retired on Monday. "
         "On April 12, 2031, Baker and Carl Dunn lifted off from the Kennedy Space Center aboard the Space Shuttle "
         "Vesta on its maiden flight. "
         "Gil Hart, a flight director, watched the launches from Houston.")


@pytest.fixture(scope="module")
def trips(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Asker]:
    extraction = next(extract(nlp, [Article(_TEXT, published="2040-06-10", id="trips")]))
    store = OxigraphStore(Path(tmp_path_factory.mktemp("trips")) / "store")
    try:
        store.write([graph_for(store, extraction)])
        yield Asker(store, nlp)
    finally:
        store.close()


@pytest.mark.parametrize("question", [
    "When did Baker and Carl Dunn lift off aboard Vesta on its maiden flight?",
    "When did Ann Baker and Carl Dunn lift off aboard Vesta?",
    "When did Carl Dunn and Ann Baker launch?",
])
def test_a_date_stated_of_each_answers_for_all(trips: Asker, question: str) -> None:
    assert [a.label for a in trips.answer(question).answers] == ["12 April 2031"]


@pytest.mark.parametrize("question", [
    "When did Gil Hart and Carl Dunn launch?",
    "When did Gil Hart and Ann Baker lift off aboard Vesta?",
])
def test_the_subject_without_that_date_is_not_tied_to_it(trips: Asker, question: str) -> None:
    assert not trips.answer(question).answers
