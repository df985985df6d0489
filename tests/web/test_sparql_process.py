"""A real `kg serve` process under SPARQL that used to take it down or freeze it: an update
that crashes the engine, an update past the time limit, reads during a long write, and a
query queued behind runaways. The service must answer every one and live on."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.error import HTTPError

import pyoxigraph as ox
import pytest

from tests.web.fixtures import TOKEN, newsroom_dir

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = "SELECT ?a WHERE { ?a a <https://w3id.org/astrokg/ontology#Article> }"
# Products over the newsroom: far more work than any time limit in these tests, for an update or a query.
SLOW_UPDATE = ("INSERT { <urn:slow> <urn:count> ?n } WHERE { SELECT (COUNT(*) AS ?n) "
               "WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } }")
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@contextmanager
def kg_serve(tmp_path: Path, **env: str) -> Iterator[str]:
    """`kg serve` on a free port over the newsroom, with a token; yields its URL."""
    data = newsroom_dir(tmp_path / "data")
    log = tmp_path / "serve.log"
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "KG_API_TOKEN": TOKEN, "KG_QUERY_TIMEOUT": "2",
                   "KG_QUERY_WORKERS": "2", **env}
    with log.open("w") as stderr, subprocess.Popen(
            [sys.executable, "-c", "from web.cli import main; main()", "--data-dir", str(data), "serve", "--port", "0"],
            env=environment, stderr=stderr) as server:
        deadline = time.monotonic() + 60
        while not (found := re.search(r"serving on (http://\S+)/", log.read_text())):
            assert server.poll() is None and time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)
        try:
            yield found.group(1)
        finally:
            server.terminate()
            server.wait(timeout=30)


def call(url: str, data: dict[str, str] | None = None) -> tuple[int, dict[str, object], dict[str, str], float]:
    """Status, JSON body, headers and seconds taken of one request (an update when ``data``)."""
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    request = urllib.request.Request(url, data=body, headers={"Authorization": f"Bearer {TOKEN}"})
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            text = response.read()
            return response.status, json.loads(text) if text else {}, dict(response.headers), \
                time.monotonic() - started
    except HTTPError as error:
        return error.code, json.loads(error.read()), dict(error.headers), time.monotonic() - started


def query(url: str, sparql: str) -> str:
    return f"{url}/sparql?" + urllib.parse.urlencode({"query": sparql})


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """With the nesting limit raised so far that the engine itself can be made to crash."""
    with kg_serve(tmp_path_factory.mktemp("serve"), KG_MAX_QUERY_DEPTH="100000",
                  KG_MAX_QUERY_BYTES="1000000") as url:
        yield url


def test_a_deeply_nested_update_is_refused_at_once(tmp_path: Path) -> None:
    deep = "INSERT { <urn:a> <urn:b> <urn:c> } WHERE { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }"
    with kg_serve(tmp_path) as url:
        status, body, _, _ = call(f"{url}/sparql", {"update": deep})
        assert status == 400 and "nesting deeper than 64" in str(body["message"])
        assert call(f"{url}/health")[0] == 200


def test_an_update_that_crashes_the_engine_is_a_503_and_the_service_lives(served: str) -> None:
    deep = "INSERT { <urn:a> <urn:b> <urn:c> } WHERE { FILTER(" + "(" * 10_000 + "1" + ")" * 10_000 + ") }"
    status, body, _, _ = call(f"{served}/sparql", {"update": deep})
    message = str(body["message"])
    assert status == 503 and "crashed" in message and "nothing was written" in message
    assert len(message) < 120 and "Error" not in message
    assert call(f"{served}/health")[0] == 200
    status, answer, _, _ = call(query(served, "ASK { <urn:a> <urn:b> <urn:c> }"))
    assert status == 200 and answer["boolean"] is False
    assert call(f"{served}/sparql", {"update": "INSERT DATA { <urn:a> <urn:b> <urn:d> }"})[0] == 204
    assert call(query(served, "ASK { <urn:a> <urn:b> <urn:d> }"))[1]["boolean"] is True


def test_an_update_past_the_time_limit_is_stopped_and_writes_nothing(served: str) -> None:
    status, body, _, took = call(f"{served}/sparql", {"update": SLOW_UPDATE})
    assert status == 503, body
    assert "ran longer than 2 s and was stopped; nothing was written" in str(body["message"])
    assert took < 10  # stopped at the limit, not run to its end (about 20 s)
    assert call(query(served, "ASK { <urn:slow> ?p ?o }"))[1]["boolean"] is False


def test_reads_do_not_wait_behind_a_write(served: str) -> None:
    assert call(f"{served}/sparql", {"update": "INSERT DATA { <urn:fresh> <urn:b> <urn:c> }"})[0] == 204
    writing = threading.Thread(target=call, args=(f"{served}/sparql", {"update": SLOW_UPDATE}))
    writing.start()
    time.sleep(0.5)  # the update now holds the write lock
    try:
        status, body, headers, _ = call(query(served, ARTICLES))
        assert status == 200 and writing.is_alive()  # answered while the write still runs
        assert len(body["results"]["bindings"]) == 4 and "X-Queue-Wait" in headers
        assert call(query(served, "ASK { <urn:fresh> ?p ?o }"))[1]["boolean"] is True  # the last committed write
        assert call(f"{served}/health")[0] == 200 and writing.is_alive()
    finally:
        writing.join(timeout=30)


def test_a_query_queued_behind_runaways_runs_in_full_and_says_it_waited(served: str) -> None:
    runaways = [threading.Thread(target=call, args=(query(served, RUNAWAY),)) for _ in range(2)]
    for thread in runaways:
        thread.start()
    time.sleep(0.5)  # both workers are busy now
    status, body, headers, _ = call(query(served, ARTICLES))
    for thread in runaways:
        thread.join(timeout=30)
    assert status == 200, body
    assert len(body["results"]["bindings"]) == 4  # type: ignore[index]
    assert float(headers["X-Queue-Wait"]) >= 1.0


def test_a_result_larger_than_the_pipe_and_the_send_buffer_arrives_whole(served: str) -> None:
    """About 4 MB of JSON: more than a worker's pipe holds at once (1 MiB) and than waitress
    keeps in memory, byte for byte what the engine itself writes."""
    doubled = "".join(f" BIND(CONCAT(?v{k}, ?v{k}) AS ?v{k + 1})" for k in range(12))
    sparql = (f"SELECT ?n ?v12 WHERE {{ VALUES ?n {{ {' '.join(map(str, range(100)))} }} "
              f'BIND(CONCAT(STR(?n), "-abcdefghi") AS ?v0){doubled} }}')
    solutions = ox.Store().query(sparql)
    assert isinstance(solutions, ox.QuerySolutions)
    expected = solutions.serialize(format=ox.QueryResultsFormat.JSON)
    assert expected is not None and len(expected) > 4_000_000
    with urllib.request.urlopen(query(served, sparql), timeout=60) as response:
        assert response.status == 200 and "X-Result-Truncated" not in response.headers
        assert response.read() == expected
