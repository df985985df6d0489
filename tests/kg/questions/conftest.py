"""Stores holding the test newsrooms and their Askers, shared by the question tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from kg.questions import Asker
from kg.store.oxigraph import OxigraphStore
from tests.data import crewroom, newsroom
from tests.kg.questions import checkroom


@pytest.fixture(scope="session")
def newsroom_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphStore]:
    """The newsroom articles in an embedded store, loaded once (read-only tests only)."""
    store = OxigraphStore(Path(tmp_path_factory.mktemp("newsroom")) / "store")
    newsroom.load(store)
    yield store
    store.close()


@pytest.fixture(scope="session")
def asker(newsroom_store: OxigraphStore, nlp: Language) -> Asker:
    return Asker(newsroom_store, nlp)


@pytest.fixture(scope="session")
def crewroom_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphStore]:
    """The second newsroom (tests/data/crewroom.py) in an embedded store (read-only tests only)."""
    store = OxigraphStore(Path(tmp_path_factory.mktemp("crewroom")) / "store")
    crewroom.load(store)
    yield store
    store.close()


@pytest.fixture(scope="session")
def crew(crewroom_store: OxigraphStore, nlp: Language) -> Asker:
    return Asker(crewroom_store, nlp)


@pytest.fixture(scope="session")
def checks(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Asker]:
    """An Asker over tests/kg/questions/checkroom.py: facts that invite answers the question rules out."""
    store = OxigraphStore(Path(tmp_path_factory.mktemp("checkroom")) / "store")
    checkroom.load(store)
    yield Asker(store, nlp)
    store.close()
