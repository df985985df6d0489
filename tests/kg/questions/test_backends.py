"""The question engine gives the same answers on every backend: the question-type suite's
newsroom (tests/data/crewroom.py) in the embedded store and in a Virtuoso server of its own
(its queries are written in SPARQL both evaluate alike: no bound values beside a UNION)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from kg.questions import Asker
from kg.store.oxigraph import OxigraphStore
from kg.store.remote import RemoteStore
from tests.data import crewroom

QUESTIONS = (
    "Where did Anna Berg land?",
    "Where did Lina Park land?",
    "How many spacewalks has Anna Berg made?",
    "What was Anna Berg's role on Crew-7?",
    "Who flew on Crew-9?",
    "Which agency selected the commander of Crew-9?",
    "Is Tomas Reyes married to Lina Park?",
    "Is Lina Park married to Ivo Berg?",
    "Was Lina Park born in 1985?",
    "How many astronauts are in the graph?",
    "How many cosmonauts are in the graph?",
    "Which American has spent the most days in space?",
    "Which astronauts have spent fewer than 300 days in space?",
    "Who broke the record of the astronaut who took it from Nora Vale?",
    "Who did the Andean Space Agency select in 2009?",
    "Who is Tomas Reyes?",
)


@pytest.fixture(scope="module")
def both(crew: Asker, nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Asker, Asker]]:
    from tests.virtuoso import VirtuosoServer, virtuoso_available

    if not virtuoso_available():
        pytest.skip("Virtuoso is not installed (apt-get install virtuoso-opensource-7-bin)")
    with VirtuosoServer(Path(tmp_path_factory.mktemp("virtuoso-questions"))) as server:
        remote = RemoteStore(server.sparql_url)
        crewroom.load(remote)
        yield crew, Asker(remote, nlp)


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_same_question_gets_the_same_answer_on_virtuoso(both: tuple[Asker, Asker], question: str) -> None:
    embedded, remote = (asker.answer(question) for asker in both)
    assert [a.label for a in remote.answers] == [a.label for a in embedded.answers]
    assert (remote.expects, remote.message, remote.template) == (embedded.expects, embedded.message,
                                                                  embedded.template)
    assert remote.confidence == embedded.confidence


def test_the_embedded_store_holds_the_same_newsroom(crewroom_store: OxigraphStore) -> None:
    assert crewroom_store.stats().articles == len(crewroom.ARTICLES)
