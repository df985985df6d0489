"""Web fixtures, Datasette style: one loaded app and client per session for read tests,
a fresh writable app per test for writes, and live waitress servers on free ports."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from spacy.language import Language
from waitress.server import create_server

from kg.store.oxigraph import OxigraphStore
from tests.fixtures import newsroom
from web import close_app, create_app, get_service

TOKEN = "test-token-0123456789"


def make_app(data_dir: Path, nlp: Language | None = None, **settings: Any) -> Flask:
    """An app over ``data_dir`` with the given settings (the session's pipeline reused:
    questions are answered in the test's process unless ``question_workers`` says otherwise)."""
    app = create_app({"TESTING": True, "data_dir": data_dir, "question_workers": 0, **settings})
    if nlp is not None:
        get_service(app).use_nlp(nlp)
    return app


def newsroom_dir(path: Path) -> Path:
    """A data directory holding the test newsroom."""
    store = OxigraphStore(path)
    newsroom.load(store)
    store.close()
    return path


@pytest.fixture(scope="session")
def loaded_app(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Flask]:
    """The newsroom, read-only (no token), small limits so they can be tested."""
    data = newsroom_dir(tmp_path_factory.mktemp("web") / "data")
    app = make_app(data, nlp, max_rows=200, query_timeout=2.0, query_workers=2)
    yield app
    close_app(app)


@pytest.fixture(scope="session")
def loaded_client(loaded_app: Flask) -> FlaskClient:
    return loaded_app.test_client()


@pytest.fixture
def writable_app(tmp_path: Path, nlp: Language) -> Iterator[Flask]:
    """A fresh app with the newsroom and a write token, for tests that change the graph."""
    app = make_app(newsroom_dir(tmp_path / "data"), nlp, api_token=TOKEN, ingest_sync_limit=2, max_body=200_000)
    yield app
    close_app(app)


@dataclass
class Live:
    """A waitress server running an app in a daemon thread."""

    url: str
    app: Flask


def serve(app: Flask) -> Iterator[Live]:
    server = create_server(app, host="127.0.0.1", port=0, threads=8)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield Live(f"http://127.0.0.1:{server.effective_port}", app)
    finally:
        # Close every socket from the server's own loop thread (through its trigger), so that
        # none is closed under a select running in that thread; the loop ends when none is left.
        def stop() -> None:
            for channel in list(server._map.values()):
                channel.close()

        server.trigger.pull_trigger(stop)
        thread.join(timeout=5)
        server.task_dispatcher.shutdown()
        assert not thread.is_alive(), "the test server did not stop"


@pytest.fixture(scope="session")
def live(loaded_app: Flask) -> Iterator[Live]:
    """The loaded app behind a real HTTP server, for SPARQLWrapper and the browser."""
    yield from serve(loaded_app)


@pytest.fixture
def live_writable(writable_app: Flask) -> Iterator[Live]:
    yield from serve(writable_app)
