""""Command pilot", the Gemini crews' word for their commander, asks for the flight's commander
("Who was the command pilot of Gemini VIII?"); the pilot is someone else (invented names; a
newsroom of its own)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from extract.facts import Extraction
from kg.questions import Asker
from kg.store.oxigraph import OxigraphStore
from tests.factories import ExtractionBuilder, load_articles


def flight() -> Extraction:
    b = ExtractionBuilder(
        "Orbit-9 lifted off with command pilot Ada Quill and pilot Rem Sato aboard.",
        title="Orbit-9 flies", id="orbit-9", published="2031-05-05",
    )
    b.entity("Ada Quill", "Astronaut")
    b.entity("Rem Sato", "Astronaut")
    b.entity("Orbit-9", "Spaceflight")
    b.fact("Orbit-9", "commander", "Ada Quill", evidence="command pilot Ada Quill")
    b.fact("Orbit-9", "crewMember", "Rem Sato", evidence="pilot Rem Sato")
    return b.build()


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    store = OxigraphStore(Path(tmp_path_factory.mktemp("command_pilots")) / "store")
    try:
        load_articles(store, (flight,))
        yield Asker(store, nlp)
    finally:
        store.close()


@pytest.mark.parametrize("question", [
    "Who was the command pilot of Orbit-9?",
    "Who was Orbit-9's command pilot?",
    "Who commanded Orbit-9?",
])
def test_the_command_pilot_is_the_commander(asker: Asker, question: str) -> None:
    assert [a.label for a in asker.answer(question).answers] == ["Ada Quill"]


def test_the_pilot_is_not_the_commander(asker: Asker) -> None:
    assert "Ada Quill" not in [a.label for a in asker.answer("Who was the pilot of Orbit-9?").answers]
