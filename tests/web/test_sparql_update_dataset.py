"""The SPARQL 1.1 Protocol's dataset for updates, on both stores: mirrors of the W3C protocol
tests update_dataset_default_graph, update_dataset_default_graphs, update_dataset_named_graphs
and update_dataset_full (same data, update and expected answer; the W3C suite's own runner
is not part of this project)."""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from spacy.language import Language

from tests.web.fixtures import TOKEN, make_app
from web import close_app

DATA = "http://kasei.us/2009/09/sparql/data/"
TARGET = "http://example.org/protocol-update-dataset-test/"
GRAPHS = [f"{DATA}data{n}.rdf" for n in (1, 2, 3)]
PREFIXES = "PREFIX dc: <http://purl.org/dc/terms/>\nPREFIX foaf: <http://xmlns.com/foaf/0.1/>\n"
# CLEAR ALL in the W3C tests; graph by graph here, which a shared server (Virtuoso) also does.
CLEAR = " ;\n".join(f"CLEAR SILENT GRAPH <{g}>" for g in [*GRAPHS, TARGET])
SETUP = (PREFIXES + CLEAR + " ;\nINSERT DATA {\n"
         + "\n".join(f"  GRAPH <{g}> {{ <{g}> a foaf:Document }}" for g in GRAPHS) + "\n} ;\n")


@pytest.fixture(params=["oxigraph", pytest.param("virtuoso", marks=pytest.mark.virtuoso)])
def client(request: pytest.FixtureRequest, tmp_path: Path, nlp: Language) -> Iterator[FlaskClient]:
    """A writable app over the embedded store, or over a Virtuoso server."""
    settings: dict[str, object] = {"api_token": TOKEN}
    if request.param == "virtuoso":
        settings["store"] = request.getfixturevalue("virtuoso_url")
    app: Flask = make_app(tmp_path / "data", nlp, **settings)
    yield app.test_client()
    app.test_client().post("/sparql", data={"update": CLEAR}, headers={"Authorization": f"Bearer {TOKEN}"})
    close_app(app)


def update(client: FlaskClient, text: str, using: list[str] = (), using_named: list[str] = ()) -> int:  # type: ignore[assignment]
    """POST an update as application/sparql-update with the dataset in the URL, as the W3C tests do."""
    params = urllib.parse.urlencode({"using-graph-uri": using, "using-named-graph-uri": using_named}, doseq=True)
    response = client.post(f"/sparql?{params}", data=text, content_type="application/sparql-update",
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 204, response.get_data(as_text=True)
    return response.status_code


def bibliographic(client: FlaskClient) -> list[str]:
    query = PREFIXES + f"SELECT ?s WHERE {{ GRAPH <{TARGET}> {{ ?s a dc:BibliographicResource }} }} ORDER BY ?s"
    response = client.get("/sparql", query_string={"query": query})
    return [row["s"]["value"] for row in json.loads(response.get_data())["results"]["bindings"]]


def test_update_dataset_default_graph(client: FlaskClient) -> None:
    update(client, SETUP + f"INSERT {{ GRAPH <{TARGET}> {{ ?s a dc:BibliographicResource }} }} "
                           "WHERE { ?s a foaf:Document }", using=GRAPHS[:1])
    assert bibliographic(client) == GRAPHS[:1]


def test_update_dataset_default_graphs(client: FlaskClient) -> None:
    update(client, SETUP + f"INSERT {{ GRAPH <{TARGET}> {{ ?s a dc:BibliographicResource }} }} "
                           "WHERE { ?s a foaf:Document }", using=GRAPHS[:2])
    assert bibliographic(client) == GRAPHS[:2]


def test_update_dataset_named_graphs(client: FlaskClient) -> None:
    update(client, SETUP + f"INSERT {{ GRAPH <{TARGET}> {{ ?s a dc:BibliographicResource }} }} "
                           "WHERE { GRAPH ?g { ?s a foaf:Document } }", using_named=GRAPHS[:2])
    assert bibliographic(client) == GRAPHS[:2]


def test_update_dataset_full(client: FlaskClient) -> None:
    update(client, SETUP + f"INSERT {{ GRAPH <{TARGET}> {{ ?s a dc:BibliographicResource }} }} "
                           "WHERE { { ?s a foaf:Document } UNION { GRAPH ?g { ?s a foaf:Document } } }",
           using=GRAPHS[:1], using_named=GRAPHS[1:2])
    assert bibliographic(client) == GRAPHS[:2]


def test_the_dataset_given_twice_is_refused(client: FlaskClient) -> None:
    response = client.post("/sparql", data={
        "update": f"WITH <{GRAPHS[0]}> INSERT {{ ?s a <urn:x> }} WHERE {{ ?s ?p ?o }}", "using-graph-uri": GRAPHS[1]},
        headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 400 and "one way only" in response.get_json()["message"]
