"""The endpoint for people: predeclared prefixes (the same in /sparql, the editor and the
service description), syntax errors that say where and what was expected in words, and
the same answers over a real HTTP server."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from urllib.error import HTTPError

import pytest
from flask import Flask
from flask.testing import FlaskClient
from rdflib import Graph

from kg.namespaces import PREFIXES
from kg.prefixes import PREDECLARED
from tests.web.fixtures import TOKEN, Live

JSON = {"Accept": "application/json"}
BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


def ask(client: FlaskClient, query: str, headers: dict[str, str] | None = None) -> object:
    return client.get("/sparql", query_string={"query": query}, headers=headers or JSON)


def test_the_predeclared_prefixes_are_the_projects(loaded_client: FlaskClient) -> None:
    assert {"akg", "res", "art", "rdf", "rdfs", "owl", "xsd", "skos", "prov", "schema", "dcterms", "foaf"} \
        <= set(PREDECLARED)
    assert PREDECLARED == PREFIXES  # one definition


def test_a_query_may_use_the_prefixes_without_declaring_them(loaded_client: FlaskClient) -> None:
    response = ask(loaded_client, "SELECT ?a WHERE { ?a a akg:Article ; rdf:type ?t }")
    assert response.status_code == 200  # type: ignore[attr-defined]
    bindings = response.get_json()["results"]["bindings"]  # type: ignore[attr-defined]
    assert len({b["a"]["value"] for b in bindings}) == 4


def test_a_users_own_declaration_wins(loaded_client: FlaskClient) -> None:
    # akg: bound elsewhere: nothing in the graph uses that namespace, so no articles.
    own = ask(loaded_client, "PREFIX akg: <http://example.org/other#>\nASK { ?a a akg:Article }")
    usual = ask(loaded_client, "ASK { ?a a akg:Article }")
    assert own.get_json()["boolean"] is False and usual.get_json()["boolean"] is True  # type: ignore[attr-defined]


def test_the_checks_see_the_text_that_runs(loaded_client: FlaskClient) -> None:
    """The predeclared prefixes count towards the size limit, and a refusal's position is
    still in the user's own lines."""
    response = ask(loaded_client, "SELECT * WHERE {\n  ?s akg:p ?o .\n  SERVICE <http://10.0.0.1/> { ?s ?p ?o } }")
    body = response.get_json()  # type: ignore[attr-defined]
    assert response.status_code == 400  # type: ignore[attr-defined]
    assert "SERVICE is not allowed (line 3, column 3)" in body["message"]
    assert (body["line"], body["column"]) == (3, 3)


@pytest.mark.parametrize(("query", "words", "line", "column"), [
    ("SELEC ?x WHERE { ?x ?p ?o }", "unknown keyword SELEC at line 1, column 1; did you mean SELECT?", 1, 1),
    ("SELECT ?x WHERE { ?x ?p ?o }\nLIMT 3", "unknown keyword LIMT at line 2, column 1; did you mean LIMIT?", 2, 1),
    ("SELECT ?x WHERE {\n  ?x foo:bar ?o }", "prefix foo: is not declared (line 2, column 6)", 2, 6),
    ("SELECT ?x WHERE {\n  ?x akg:name }", "expected an object (a variable, an IRI or a literal)", 2, 15),
    ("SELECT ?x WHERE { ?x ?p ?o", "'{' at line 1, column 17 is never closed", 1, 17),
    ('SELECT ?x WHERE { ?x ?p "Kelly }', "the string opened at line 1, column 25 is never closed", 1, 25),
    ("SELECT ?x WHERE { ?x ?p ?o } GROUP ?x", "expected BY", 1, None),
])
def test_syntax_errors_say_where_and_what_was_expected(loaded_client: FlaskClient, query: str, words: str,
                                                       line: int, column: int | None) -> None:
    response = ask(loaded_client, query)
    body = response.get_json()  # type: ignore[attr-defined]
    assert response.status_code == 400 and response.mimetype == "application/json"  # type: ignore[attr-defined]
    assert words in body["message"]
    assert "\\u{" not in body["message"] and "CONSTRUCT" not in body["message"]
    assert body["line"] == line and (column is None or body["column"] == column)


def test_an_update_gets_the_prefixes_and_the_same_errors(writable_app: Flask) -> None:
    client = writable_app.test_client()
    auth = {"Authorization": f"Bearer {TOKEN}", **JSON}
    done = client.post("/sparql", data={"update": "INSERT DATA { res:Nobody_Yet rdfs:label \"Nobody Yet\" }"},
                       headers=auth)
    assert done.status_code == 204
    assert ask(client, 'ASK { res:Nobody_Yet rdfs:label "Nobody Yet" }').get_json()["boolean"] is True  # type: ignore[attr-defined]
    wrong = client.post("/sparql", data={"update": "INSERT DATA { res:X rdfs:label \"x\" }\nDELET WHERE { ?s ?p ?o }"},
                        headers=auth)
    assert wrong.status_code == 400
    assert "unknown keyword DELET at line 2, column 1; did you mean DELETE?" in wrong.get_json()["message"]


def test_a_browser_gets_the_error_as_a_page(loaded_client: FlaskClient) -> None:
    response = loaded_client.post("/sparql", data={"query": "SELEC ?x WHERE { ?x ?p ?o }", "format": "html"},
                                  headers=BROWSER)
    assert response.status_code == 400 and response.mimetype == "text/html"  # type: ignore[attr-defined]
    assert "did you mean SELECT?" in response.get_data(as_text=True)  # type: ignore[attr-defined]


def test_the_editor_starts_with_every_predeclared_prefix(loaded_client: FlaskClient) -> None:
    page = loaded_client.get("/sparql", headers=BROWSER).get_data(as_text=True)
    for prefix, namespace in PREDECLARED.items():
        assert f"PREFIX {prefix}: &lt;{namespace}&gt;" in page
        assert f"<code>{prefix}:</code>" in page  # listed for people above the editor


def test_the_service_description_lists_the_prefixes(loaded_client: FlaskClient) -> None:
    text = loaded_client.get("/sparql", headers={"Accept": "text/turtle"}).get_data(as_text=True)
    graph = Graph().parse(data=text, format="turtle")
    found = dict(graph.query("""
        PREFIX sh: <http://www.w3.org/ns/shacl#>
        SELECT ?prefix ?namespace WHERE { ?service sh:declare [ sh:prefix ?prefix ; sh:namespace ?namespace ] }"""))
    assert {str(k): str(v) for k, v in found.items()} == PREDECLARED


def test_over_http_prefixes_and_errors_behave_the_same(live: Live) -> None:
    url = live.url + "/sparql?" + urllib.parse.urlencode({"query": "ASK { ?a a akg:Article }"})
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "*/*"}), timeout=10) as reply:
        assert json.load(reply)["boolean"] is True
    bad = live.url + "/sparql?" + urllib.parse.urlencode({"query": "SELEC ?x { ?x ?p ?o }"})
    with pytest.raises(HTTPError) as caught:
        urllib.request.urlopen(urllib.request.Request(bad, headers={"Accept": "*/*"}), timeout=10)
    assert caught.value.code == 400 and caught.value.headers.get_content_type() == "application/json"
    body = json.load(caught.value)
    assert (body["line"], body["column"]) == (1, 1) and "did you mean SELECT?" in body["message"]
