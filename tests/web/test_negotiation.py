"""Content negotiation on every route, through the test client and a real server: graphs
asked as JSON are JSON-LD, the entity picture by Accept, errors as JSON unless the client
prefers HTML; entity names in any case; suggestions ranked by name similarity."""

from __future__ import annotations

import json
import urllib.request
from urllib.error import HTTPError

import pyoxigraph as ox
import pytest
from flask import Flask
from flask.testing import FlaskClient

from kg.ingest import graph_for
from tests.factories import ExtractionBuilder
from tests.web.fixtures import Live
from web import get_store

CURL = {"Accept": "*/*"}
BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"}
RES = "https://w3id.org/astrokg/resource/"


@pytest.mark.parametrize("query", [
    f"CONSTRUCT {{ <{RES}Scott_Kelly> ?p ?o }} WHERE {{ <{RES}Scott_Kelly> ?p ?o }}",
    f"DESCRIBE <{RES}Scott_Kelly>",
])
def test_a_graph_asked_as_json_is_json_ld(loaded_client: FlaskClient, query: str) -> None:
    response = loaded_client.get("/sparql", query_string={"query": query}, headers={"Accept": "application/json"})
    assert response.status_code == 200 and response.mimetype == "application/ld+json"
    triples = list(ox.parse(response.get_data(), format=ox.RdfFormat.JSON_LD))
    assert triples and all(t.subject == ox.NamedNode(RES + "Scott_Kelly") for t in triples)


def test_a_graph_asked_by_anything_stays_turtle(loaded_client: FlaskClient) -> None:
    query = f"DESCRIBE <{RES}Scott_Kelly>"
    for headers in (CURL, {}):
        response = loaded_client.get("/sparql", query_string={"query": query}, headers=headers)
        assert response.mimetype == "text/turtle"


def test_the_entity_picture_by_accept_is_the_svg_twin(loaded_client: FlaskClient) -> None:
    by_accept = loaded_client.get("/entity/Scott_Kelly", headers={"Accept": "image/svg+xml"})
    by_suffix = loaded_client.get("/entity/Scott_Kelly.svg")
    assert by_accept.status_code == 200 and by_accept.mimetype == "image/svg+xml"
    assert by_accept.get_data() == by_suffix.get_data() and b"<svg" in by_accept.get_data()
    assert by_accept.headers["Vary"] == "Accept"
    assert loaded_client.get("/entity/Scott_Kelly", headers=BROWSER).mimetype == "text/html"


@pytest.mark.parametrize("url", [
    "/entity/Nobody_At_All", "/entity/Nobody_At_All.svg", "/article/no-such-article", "/ask?q=", "/no-such-page",
    "/entity/?iri=not%20an%20iri", "/articles?format=bogus",
])
def test_errors_are_json_for_programs_and_pages_for_browsers(loaded_client: FlaskClient, url: str) -> None:
    for headers in (CURL, {}, {"Accept": "application/json"}):
        program = loaded_client.get(url, headers=headers)
        assert program.status_code >= 400 and program.mimetype == "application/json", headers
        assert program.get_json()["ok"] is False
    browser = loaded_client.get(url, headers=BROWSER)
    assert browser.status_code == program.status_code and browser.mimetype == "text/html"


@pytest.mark.parametrize(("asked", "canonical"), [
    ("/entity/scott_kelly", "/entity/Scott_Kelly"),
    ("/entity/SCOTT_KELLY.json", "/entity/Scott_Kelly.json"),
    ("/entity/peggy%20whitson.svg?x=1", "/entity/Peggy_Whitson.svg?x=1"),
])
def test_names_in_another_case_redirect_to_the_canonical_page(loaded_client: FlaskClient, asked: str,
                                                              canonical: str) -> None:
    response = loaded_client.get(asked)
    assert response.status_code in (301, 308)
    assert response.headers["Location"].removeprefix("http://localhost") == canonical
    assert loaded_client.get(asked, follow_redirects=True).status_code == 200


def test_suggestions_are_names_that_look_alike(writable_app: Flask) -> None:
    store = get_store(writable_app)
    b = ExtractionBuilder("Elan Musko met officials of the United States before the Long March 2F launch.", id="alike")
    for name, kind in (("Elan Musko", "Person"), ("United States", "Country"), ("Long March 2F", "LaunchVehicle")):
        b.entity(name, kind)
    store.write([graph_for(store, b.build())])
    client = writable_app.test_client()
    missing = client.get("/entity/Elon_Musk", headers=CURL)
    assert missing.status_code == 404
    suggested = missing.get_json().get("suggestions", [])
    assert suggested[:1] == ["/entity/Elan_Musko"]
    assert "/entity/United_States" not in suggested and "/entity/Long_March_2F" not in suggested
    kelly = client.get("/entity/Scot_Kely", headers=CURL).get_json()["suggestions"]
    assert kelly[0] == "/entity/Scott_Kelly"


def test_over_http_the_same(live: Live) -> None:
    def get(path: str, accept: str) -> tuple[int, str, bytes]:
        request = urllib.request.Request(live.url + path, headers={"Accept": accept})
        try:
            with urllib.request.urlopen(request, timeout=10) as reply:
                return reply.status, reply.headers.get_content_type(), reply.read()
        except HTTPError as error:
            return error.code, error.headers.get_content_type(), error.read()

    status, media, body = get("/entity/Nobody_At_All", "*/*")
    assert (status, media) == (404, "application/json") and json.loads(body)["status"] == 404
    status, media, body = get("/entity/scott_kelly", "image/svg+xml")  # redirected, then the picture
    assert (status, media) == (200, "image/svg+xml") and b"<svg" in body
