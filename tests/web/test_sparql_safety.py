"""What the SPARQL endpoint refuses and how it bounds what it sends, against a live server:
no request to another server (SERVICE, LOAD), LOAD of http(s) only when the operator allows
it, results cut in bytes with the row limit's headers, remote errors without their text."""

from __future__ import annotations

import json
import socket
import threading
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.error import HTTPError

import pytest
from flask import Flask
from spacy.language import Language

from tests.web.fixtures import TOKEN, Live, make_app, newsroom_dir, serve
from web import close_app

TURTLE = b"<https://w3id.org/astrokg/resource/Loaded_Thing> <http://www.w3.org/2000/01/rdf-schema#label> \"x\" .\n"


@dataclass
class Listener:
    """A plain HTTP server that records every request made to it (the target of SSRF)."""

    url: str
    hits: list[str] = field(default_factory=list)


@pytest.fixture
def listener() -> Iterator[Listener]:
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server hook's name
            hits.append(self.path)
            body = TURTLE if self.path.endswith(".ttl") else b'{"head":{"vars":[]},"results":{"bindings":[]}}'
            self.send_response(200)
            self.send_header("Content-Type", "text/turtle" if self.path.endswith(".ttl") else
                             "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_POST = do_GET  # noqa: N815

        def log_message(self, *args: object) -> None:
            """Quiet."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Listener(f"http://127.0.0.1:{server.server_address[1]}", hits)
    server.shutdown()
    server.server_close()


def call(url: str, data: dict[str, str] | None = None, token: str | None = None) -> tuple[int, dict[str, object]]:
    """A request to the live server: the status and the JSON error body (empty on success)."""
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    request = urllib.request.Request(url, data=body, headers={"Authorization": f"Bearer {token}"} if token else {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, {}
    except HTTPError as error:
        return error.code, json.loads(error.read())


def test_service_behind_a_comment_ended_by_cr_is_refused(live: Live, listener: Listener) -> None:
    query = f"SELECT * WHERE {{ #\rSERVICE <{listener.url}/sparql> {{ ?s ?p ?o }} }}"
    status, body = call(f"{live.url}/sparql?" + urllib.parse.urlencode({"query": query}))
    assert status == 400 and "SERVICE is not allowed" in str(body["message"])
    assert listener.hits == []


def test_updates_cannot_reach_out(live_writable: Live, listener: Listener) -> None:
    for update, reason in [
        (f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{listener.url}/sparql> {{ ?s ?p ?o }} }}", "SERVICE is not allowed"),
        (f"LOAD <{listener.url}/data.ttl>", "LOAD is not allowed"),
        ("LOAD <file:///etc/passwd>", "LOAD is not allowed"),
    ]:
        status, body = call(f"{live_writable.url}/sparql", {"update": update}, TOKEN)
        assert (status, reason in str(body["message"])) == (400, True), body
    assert listener.hits == []


@pytest.fixture
def loading_app(tmp_path: Path, nlp: Language) -> Iterator[Flask]:
    app = make_app(newsroom_dir(tmp_path / "data"), nlp, api_token=TOKEN, allow_load=True)
    yield app
    close_app(app)


@pytest.fixture
def live_loading(loading_app: Flask) -> Iterator[Live]:
    yield from serve(loading_app)


def test_load_of_http_only_when_the_operator_allows_it(live_loading: Live, listener: Listener) -> None:
    graph = "https://w3id.org/astrokg/graph/loaded"
    status, _ = call(f"{live_loading.url}/sparql", {"update": f"LOAD <{listener.url}/data.ttl> INTO GRAPH <{graph}>"},
                     TOKEN)
    # fetched by the rehearsal in a worker, then by the update itself
    assert status == 204 and set(listener.hits) == {"/data.ttl"}
    ask = urllib.parse.urlencode({"query": f"ASK {{ GRAPH <{graph}> {{ <Loaded_Thing> ?p ?o }} }}"})
    with urllib.request.urlopen(f"{live_loading.url}/sparql?{ask}", timeout=30) as response:
        assert json.loads(response.read())["boolean"] is True
    status, body = call(f"{live_loading.url}/sparql", {"update": "LOAD <file:///etc/passwd>"}, TOKEN)
    assert status == 400 and "only from http(s)" in str(body["message"])
    # Whatever the source held, and whether anything listened, the answer is the same.
    closed = f"http://127.0.0.1:{_free_port()}/data.ttl"
    answers = [call(f"{live_loading.url}/sparql", {"update": f"LOAD <{source}>"}, TOKEN)
               for source in (f"{listener.url}/not-rdf.json", closed)]
    assert answers[0] == answers[1] and answers[0][0] == 502


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_results_are_cut_to_the_byte_limit(tmp_path: Path, nlp: Language) -> None:
    app = make_app(newsroom_dir(tmp_path / "data"), nlp, api_token=TOKEN, max_response_bytes=100_000,
                   max_query_bytes=1_000_000)
    try:
        client = app.test_client()
        values = " ".join(f'(<urn:big:{n}> "{str(n) * 30_000}")' for n in range(10))
        insert = f"INSERT {{ ?s <urn:text> ?t }} WHERE {{ VALUES (?s ?t) {{ {values} }} }}"
        done = client.post("/sparql", data={"update": insert}, headers={"Authorization": f"Bearer {TOKEN}"})
        assert done.status_code == 204
        query = "SELECT ?s ?t WHERE { ?s <urn:text> ?t } ORDER BY ?s"
        for accept in ("application/sparql-results+json", "text/csv", "application/sparql-results+xml"):
            response = client.get("/sparql", query_string={"query": query}, headers={"Accept": accept})
            assert response.status_code == 200 and len(response.get_data()) <= 100_000
            assert response.headers["X-Result-Truncated"] == "true"
            assert response.headers["X-Result-Byte-Limit"] == "100000"
            assert response.headers["X-Result-Rows"] == "3"  # three whole rows of about 30 kB
            assert "100000 bytes" in response.headers["Warning"]
        rows = json.loads(client.get("/sparql", query_string={"query": query}).get_data())["results"]["bindings"]
        assert [r["s"]["value"] for r in rows] == ["urn:big:0", "urn:big:1", "urn:big:2"]
        graph = client.get("/sparql", query_string={"query": "CONSTRUCT WHERE { ?s <urn:text> ?t }"},
                           headers={"Accept": "application/n-triples"})
        assert len(graph.get_data()) <= 100_000 and graph.headers["X-Result-Truncated"] == "true"
        assert graph.get_data().count(b"\n") == 3
        small = client.get("/sparql", query_string={"query": "SELECT ?s WHERE { ?s <urn:text> ?t }"})
        assert "X-Result-Truncated" not in small.headers
        assert len(json.loads(small.get_data())["results"]["bindings"]) == 10
    finally:
        close_app(app)


@pytest.fixture
def fake_server() -> Iterator[str]:
    """A stand-in for a remote SPARQL server (a boundary we do not own) that fails on cue:
    a query naming BROKEN is refused, FAILING is a server error, HUGE answers 2 MB."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the http.server hook's name
            form = urllib.parse.parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
            text = " ".join(form.get("query", []) + form.get("update", []))
            status, body = 200, b'{"head":{"vars":["s"]},"results":{"bindings":[]}}'
            if "BROKEN" in text:
                status, body = 400, b"Virtuoso 37000 Error SP030: SECRET-PAYLOAD at line 1"
            elif "FAILING" in text:
                status, body = 500, b"Virtuoso 42000 Error SECRET-PAYLOAD internal"
            elif "HUGE" in text:
                row = b'{"s":{"type":"literal","value":"x"}},'
                body = b'{"head":{"vars":["s"]},"results":{"bindings":[' + row * 60_000 + b"{}]}}"
            self.send_response(status)
            self.send_header("Content-Type", "application/sparql-results+json" if status == 200 else "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            """Quiet."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    server.shutdown()
    server.server_close()


def test_remote_errors_never_relay_the_servers_text(fake_server: str, tmp_path: Path, nlp: Language) -> None:
    app = make_app(tmp_path / "data", nlp, store=fake_server, api_token=TOKEN, max_response_bytes=1_000_000)
    try:
        client = app.test_client()
        refused = client.get("/sparql", query_string={"query": 'SELECT ?s WHERE { ?s ?p "BROKEN" }'})
        assert refused.status_code == 400 and refused.get_json()["message"] == "the SPARQL server refused the query"
        write = client.post("/sparql", data={"update": 'INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> "BROKEN" } }'},
                            headers={"Authorization": f"Bearer {TOKEN}"})
        assert write.status_code == 400 and write.get_json()["message"] == "the SPARQL server refused the update"
        failed = client.get("/sparql", query_string={"query": 'SELECT ?s WHERE { ?s ?p "FAILING" }'})
        assert failed.status_code == 503 and "did not answer" in failed.get_json()["message"]
        huge = client.get("/sparql", query_string={"query": 'SELECT ?s WHERE { ?s ?p "HUGE" }'})
        assert huge.status_code == 413 and "larger than 1000000 bytes" in huge.get_json()["message"]
        for response in (refused, write, failed, huge):
            assert b"SECRET" not in response.get_data() and b"Virtuoso" not in response.get_data()
            assert b"Error" not in response.get_data().replace(b'"error"', b"")
    finally:
        close_app(app)
