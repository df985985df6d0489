"""What only the remote store must do: survive a crash between its operations, and retry (on
Virtuoso and on oxigraph serve)."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from urllib.error import URLError

import pytest
from SPARQLWrapper import SPARQLWrapper

from kg.errors import StoreUnavailable
from kg.ingest import graph_for
from kg.mapping import ArticleGraph
from kg.store.remote import RemoteStore
from tests.kg.conftest import giffords_article, twins_article
from tests.kg.test_store_contract import wipe

pytestmark = pytest.mark.virtuoso


class Crash(BaseException):
    """The process dying: not an Exception, so no clean-up code runs."""


def dataset(store: RemoteStore) -> set[str]:
    out = io.BytesIO()
    store.dump(out, "nquads")
    return {line for line in out.getvalue().decode().splitlines() if line.strip()}


@pytest.fixture(params=["virtuoso", "oxigraph-serve"])
def server(request: pytest.FixtureRequest) -> Callable[..., RemoteStore]:
    """Opens a RemoteStore on a real server: Virtuoso, or oxigraph serve."""
    if request.param == "virtuoso":
        url: str = request.getfixturevalue("virtuoso_url")
        return lambda **options: RemoteStore(url, **options)
    query_url, update_url = request.getfixturevalue("oxigraph_server")
    return lambda **options: RemoteStore(query_url, update_url=update_url, **options)


@pytest.fixture
def remote(server: Callable[..., RemoteStore]) -> Iterator[RemoteStore]:
    store = server(batch_size=25)
    wipe(store)
    yield store
    wipe(store)


def crash_after(monkeypatch: pytest.MonkeyPatch, updates: int) -> None:
    """Make the SPARQL client die after sending ``updates`` update requests."""
    real = SPARQLWrapper.query
    sent = 0

    def query(self: SPARQLWrapper):  # type: ignore[no-untyped-def]
        nonlocal sent
        if self.isSparqlUpdateRequest():
            if sent == updates:
                raise Crash()
            sent += 1
        return real(self)

    monkeypatch.setattr(SPARQLWrapper, "query", query)


def count_updates(monkeypatch: pytest.MonkeyPatch, action: object) -> int:
    real = SPARQLWrapper.query
    sent = 0

    def query(self: SPARQLWrapper):  # type: ignore[no-untyped-def]
        nonlocal sent
        sent += self.isSparqlUpdateRequest()
        return real(self)

    with monkeypatch.context() as patch:
        patch.setattr(SPARQLWrapper, "query", query)
        action()  # type: ignore[operator]
    return sent


@pytest.mark.parametrize("kind", ["new", "replacement"])
def test_a_crash_at_any_step_leaves_the_old_or_the_new_article(
        remote: RemoteStore, server: Callable[..., RemoteStore], monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    def prepare() -> ArticleGraph:
        wipe(remote)
        remote.write([graph_for(remote, giffords_article())])
        if kind == "replacement":
            remote.write([graph_for(remote, twins_article())])
        return graph_for(remote, twins_article(" Scott Kelly flew on Soyuz."))

    new = prepare()
    old_state = dataset(remote)
    steps = count_updates(monkeypatch, lambda: remote.write([new]))
    new_state = dataset(remote)
    assert steps > 5 and old_state != new_state
    for step in range(steps):
        new = prepare()
        with monkeypatch.context() as patch:
            crash_after(patch, step)
            with pytest.raises(Crash):
                server(batch_size=25).write([new])
        recovered = server()  # opening runs recover()
        got = dataset(recovered)
        assert got in (old_state, new_state), (step, steps, sorted(got ^ old_state)[:6], sorted(got ^ new_state)[:6])


def test_transient_errors_are_retried(remote: RemoteStore, monkeypatch: pytest.MonkeyPatch) -> None:
    real = SPARQLWrapper.query
    failures = iter([URLError("connection refused"), URLError("connection refused")])

    def flaky(self: SPARQLWrapper):  # type: ignore[no-untyped-def]
        error = next(failures, None)
        if error is not None:
            raise error
        return real(self)

    monkeypatch.setattr(SPARQLWrapper, "query", flaky)
    assert remote.write([graph_for(remote, twins_article())]) == ["loaded"]


def test_an_unreachable_server_is_a_clear_error() -> None:
    with pytest.raises(StoreUnavailable, match="did not answer after 2 attempts"):
        RemoteStore("http://127.0.0.1:9/sparql", retries=1, timeout=2)
