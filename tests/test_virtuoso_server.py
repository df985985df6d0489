"""Check that the throwaway Virtuoso launcher gives a writable SPARQL endpoint."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from SPARQLWrapper import JSON, POST, URLENCODED, SPARQLWrapper

from tests.virtuoso import VirtuosoServer, virtuoso_available

pytestmark = pytest.mark.skipif(
    not virtuoso_available(),
    reason="virtuoso-t or isql-vt not on PATH (apt-get install virtuoso-opensource-7-bin)",
)

GRAPH = "urn:astrokg:test:graph"


def _client(url: str, query: str) -> SPARQLWrapper:
    """POST form-encoded with a timeout: long GET URLs are cut silently."""
    client = SPARQLWrapper(url)
    client.setMethod(POST)
    client.setRequestMethod(URLENCODED)
    client.setTimeout(30)
    client.setQuery(query)
    return client


def test_insert_and_read_back_named_graph(tmp_path: Path) -> None:
    with VirtuosoServer(tmp_path / "virtuoso") as server:
        assert server.sparql_url.startswith("http://127.0.0.1:")
        _client(
            server.sparql_url,
            f'INSERT DATA {{ GRAPH <{GRAPH}> {{ <urn:s> <urn:p> "Lopez-Alegria" }} }}',
        ).query()

        select = _client(
            server.sparql_url,
            f"SELECT ?s ?p ?o WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}",
        )
        select.setReturnFormat(JSON)
        result = select.query().convert()
        assert isinstance(result, dict)
        rows = result["results"]["bindings"]

        assert [
            (row["s"]["value"], row["p"]["value"], row["o"]["value"]) for row in rows
        ] == [("urn:s", "urn:p", "Lopez-Alegria")]
        pid = server.pid
        assert pid is not None

    assert server.pid is None
    with pytest.raises(ProcessLookupError):  # stopped and reaped
        os.kill(pid, 0)
