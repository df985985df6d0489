"""Shared fixtures: one spaCy pipeline per session, a fresh embedded store per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from kg.config import Settings
from kg.store.oxigraph import OxigraphStore

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DATA = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The full extraction pipeline, loaded once for the whole session (about a second).
    A rule that raises fails the test instead of being logged and skipped, as it is in
    production (the setting is inherited by the worker processes of ``n_process``)."""
    from extract import load_nlp
    from extract.components.context import STRICT_ENV

    os.environ[STRICT_ENV] = "1"
    return load_nlp()


@pytest.fixture
def session_nlp_for_commands(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> Language:
    """Commands call extract.load_nlp() when they run; hand them the session's pipeline
    (the same real model, loaded once) instead of a second copy per command."""
    monkeypatch.setattr("extract.load_nlp", lambda *args, **kwargs: nlp)
    return nlp


@pytest.fixture
def store(tmp_path: Path) -> Iterator[OxigraphStore]:
    """An empty embedded store in a temporary directory, always closed (it holds a lock)."""
    opened = OxigraphStore(tmp_path / "store")
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def virtuoso_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The SPARQL endpoint of a Virtuoso server: the one CI started (KG_TEST_VIRTUOSO_URL),
    else a throwaway one started for this session; skip when Virtuoso is not installed."""
    url = os.environ.get("KG_TEST_VIRTUOSO_URL")
    if url:
        yield url
        return
    from tests.virtuoso import VirtuosoServer, virtuoso_available

    if not virtuoso_available():
        pytest.skip("Virtuoso is not installed (apt-get install virtuoso-opensource-7-bin)")
    with VirtuosoServer(tmp_path_factory.mktemp("virtuoso")) as server:
        yield server.sparql_url


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """The query and update URLs of one ``oxigraph serve`` for the whole session (a generic,
    strictly standard SPARQL 1.1 server); skip when the oxigraph binary is missing."""
    from tests.oxigraph_server import OxigraphServer, oxigraph_binary

    if oxigraph_binary() is None:
        pytest.skip("the oxigraph binary is missing (pip install oxigraph)")
    with OxigraphServer(tmp_path_factory.mktemp("oxigraph-serve")) as server:
        yield server.query_url, server.update_url


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings for an embedded store in a temporary directory."""
    return Settings(data_dir=tmp_path / "data")


@pytest.fixture
def shared() -> Path:
    """The ../shared folder beside the project; tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent (it sits beside the project in CI)")
    return SHARED


# The web fixtures, registered once here so the web and browser tests share one session app
# and one live server (a conftest in each folder would give each folder its own copies).
from tests.web.fixtures import live, live_writable, loaded_app, loaded_client, writable_app  # noqa: E402,F401
