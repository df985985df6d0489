"""Against a remote store (Virtuoso) the service passes SPARQL through and answers questions
from the same graph layout."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from spacy.language import Language

from kg.store.remote import RemoteStore
from tests.fixtures import newsroom
from tests.kg.test_store_contract import wipe
from tests.web.fixtures import make_app

pytestmark = pytest.mark.virtuoso


@pytest.fixture
def remote_app(virtuoso_url: str, tmp_path: Path, nlp: Language) -> Iterator[Flask]:
    store = RemoteStore(virtuoso_url)
    wipe(store)
    newsroom.load(store)
    app = make_app(tmp_path / "unused", nlp, store=virtuoso_url)
    yield app
    wipe(store)


def test_sparql_passes_through_to_the_remote_server(remote_app: Flask) -> None:
    client = remote_app.test_client()
    response = client.get("/sparql", query_string={
        "query": "SELECT ?name WHERE { <Scott_Kelly> <https://w3id.org/astrokg/ontology#twinOf> ?t . "
                 "?t <http://www.w3.org/2000/01/rdf-schema#label> ?name }"})
    assert response.status_code == 200
    rows = json.loads(response.get_data())["results"]["bindings"]
    assert [r["name"]["value"] for r in rows] == ["Mark Kelly"]


def test_questions_are_answered_from_the_remote_graph(remote_app: Flask) -> None:
    body = remote_app.test_client().get("/api/ask", query_string={"q": "Who commanded Expedition 44?"}).get_json()
    assert [a["label"] for a in body["answers"]] == ["Gennady Padalka"]
    assert body["sources"][0]["article"] == "padalka-record"
