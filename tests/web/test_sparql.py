"""The SPARQL 1.1 Protocol at /sparql through Flask's test client: the three ways to send a
query, the dataset parameters, every result format, the protocol's error cases, updates and
their token, SERVICE, CORS, the row limit, the base IRI, the service description and the
editor; and the time limit against a live server while other requests are answered."""

from __future__ import annotations

import csv
import io
import json
import logging
import re
import threading
import urllib.parse
import urllib.request
from pathlib import Path
from urllib.error import HTTPError

import psutil
import pyoxigraph as ox
import pytest
from flask import Flask
from flask.testing import FlaskClient
from rdflib import Graph

from tests.web.fixtures import TOKEN, Live, make_app
from web import close_app

PREFIX = "PREFIX akg: <https://w3id.org/astrokg/ontology#>\n"
ARTICLES = PREFIX + "SELECT ?a WHERE { ?a a akg:Article } ORDER BY ?a"
FORM = "application/x-www-form-urlencoded"
ART = "https://w3id.org/astrokg/article/"


def rows(response: object) -> list[dict[str, dict[str, str]]]:
    return json.loads(response.get_data())["results"]["bindings"]  # type: ignore[attr-defined]


def test_query_by_get(loaded_client: FlaskClient) -> None:
    response = loaded_client.get("/sparql", query_string={"query": ARTICLES})
    assert response.status_code == 200 and response.mimetype == "application/sparql-results+json"
    assert len(rows(response)) == 4


def test_query_by_post_form_and_by_post_body(loaded_client: FlaskClient) -> None:
    form = loaded_client.post("/sparql", data={"query": ARTICLES})
    body = loaded_client.post("/sparql", data=ARTICLES, content_type="application/sparql-query")
    assert rows(form) == rows(body) and len(rows(form)) == 4


def test_default_graph_uri_and_named_graph_uri_set_the_dataset(loaded_client: FlaskClient) -> None:
    one = loaded_client.get("/sparql", query_string={"query": ARTICLES, "default-graph-uri": ART + "kelly-home"})
    assert [r["a"]["value"] for r in rows(one)] == [ART + "kelly-home"]
    named = loaded_client.post(
        "/sparql?" + urllib.parse.urlencode({"named-graph-uri": [ART + "padalka-record", ART + "kelly-home"]},
                                            doseq=True),
        data="SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g", content_type="application/sparql-query")
    assert [r["g"]["value"] for r in rows(named)] == [ART + "kelly-home", ART + "padalka-record"]


@pytest.mark.parametrize(("accept", "mimetype", "check"), [
    ("application/sparql-results+json", "application/sparql-results+json", lambda t: json.loads(t)["results"]),
    ("application/json", "application/sparql-results+json", lambda t: json.loads(t)["results"]),
    ("application/sparql-results+xml", "application/sparql-results+xml", lambda t: "<sparql" in t),
    ("text/csv", "text/csv", lambda t: next(csv.reader(io.StringIO(t))) == ["a"]),
    ("text/tab-separated-values", "text/tab-separated-values", lambda t: t.startswith("?a\n")),
    ("*/*", "application/sparql-results+json", lambda t: json.loads(t)["head"]["vars"] == ["a"]),
])
def test_select_results_in_every_format(loaded_client: FlaskClient, accept: str, mimetype: str, check) -> None:  # type: ignore[no-untyped-def]
    response = loaded_client.get("/sparql", query_string={"query": ARTICLES}, headers={"Accept": accept})
    assert response.status_code == 200 and response.mimetype == mimetype
    assert check(response.get_data(as_text=True))


@pytest.mark.parametrize("accept", ["text/turtle", "application/n-triples", "application/rdf+xml",
                                    "application/ld+json"])
def test_construct_and_describe_in_every_rdf_format(loaded_client: FlaskClient, accept: str) -> None:
    for query in ("CONSTRUCT WHERE { <Scott_Kelly> ?p ?o }", "DESCRIBE <Scott_Kelly>"):
        response = loaded_client.get("/sparql", query_string={"query": query}, headers={"Accept": accept})
        assert response.status_code == 200 and response.mimetype == accept
        triples = list(ox.parse(response.get_data(), format=ox.RdfFormat.from_media_type(accept)))
        assert len(triples) >= 10


def test_ask_answers_true_and_false(loaded_client: FlaskClient) -> None:
    yes = loaded_client.get("/sparql", query_string={"query": PREFIX + "ASK { <Scott_Kelly> a akg:Astronaut }"})
    no = loaded_client.get("/sparql", query_string={"query": PREFIX + "ASK { <Scott_Kelly> a akg:Article }"})
    assert json.loads(yes.get_data())["boolean"] is True and json.loads(no.get_data())["boolean"] is False


@pytest.mark.parametrize(("method", "kwargs", "reason"), [
    ("GET", {"query_string": "query=ASK%7B%7D&query=ASK%7B%7D"}, "2 'query' parameters"),
    ("POST", {"data": {"query": ["ASK {}", "ASK {}"]}}, "2 'query' parameters"),
    ("POST", {"data": {"other": "x"}}, "no 'query'"),
    ("POST", {"data": {"query": "ASK {}", "update": "CLEAR ALL"}}, "both a query and an update"),
    ("POST", {"data": "ASK {}", "content_type": "text/plain"}, "must be application/x-www-form-urlencoded"),
    ("POST", {"data": "ASK {}"}, "must be application/x-www-form-urlencoded"),
    ("GET", {"query_string": {"update": "CLEAR ALL"}}, "must be sent by POST"),
    ("GET", {"query_string": {"query": "SELECT ?x WHERE { ?x ?y }"}}, "expected an object"),
    ("POST", {"data": "", "content_type": "application/sparql-query"}, "body is empty"),
    ("GET", {"query_string": {"query": "ASK {}", "default-graph-uri": "not an iri"}}, "not an absolute IRI"),
])
def test_protocol_errors_are_400_with_the_reason(loaded_client: FlaskClient, method: str,
                                                 kwargs: dict[str, object], reason: str) -> None:
    response = loaded_client.open("/sparql", method=method, **kwargs)
    assert response.status_code == 400
    assert reason in response.get_json()["message"]


def test_updates_are_refused_without_a_configured_token(loaded_client: FlaskClient) -> None:
    response = loaded_client.post("/sparql", data={"update": "CLEAR ALL"}, headers={"Authorization": "Bearer x"})
    assert response.status_code == 403 and "read-only" in response.get_json()["message"]


def test_updates_need_the_right_bearer_token(writable_app: Flask) -> None:
    client = writable_app.test_client()
    insert = "INSERT DATA { <Test_Entity> <https://w3id.org/astrokg/ontology#status> \"active\" }"
    missing = client.post("/sparql", data={"update": insert})
    wrong = client.post("/sparql", data={"update": insert}, headers={"Authorization": "Bearer nope"})
    assert (missing.status_code, wrong.status_code) == (401, 401)
    assert missing.headers["WWW-Authenticate"].startswith("Bearer")
    ask = {"query": "ASK { <Test_Entity> ?p ?o }"}
    assert json.loads(client.get("/sparql", query_string=ask).get_data())["boolean"] is False
    done = client.post("/sparql", data=insert, content_type="application/sparql-update",
                       headers={"Authorization": f"Bearer {TOKEN}"})
    assert done.status_code == 204
    assert json.loads(client.get("/sparql", query_string=ask).get_data())["boolean"] is True
    form = client.post("/sparql", data={"update": "DELETE WHERE { <Test_Entity> ?p ?o }"},
                       headers={"Authorization": f"Bearer {TOKEN}"})
    assert form.status_code == 204
    assert json.loads(client.get("/sparql", query_string=ask).get_data())["boolean"] is False


def test_service_is_refused(loaded_client: FlaskClient) -> None:
    response = loaded_client.get("/sparql", query_string={
        "query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"})
    assert response.status_code == 400 and "SERVICE" in response.get_json()["message"]
    harmless = loaded_client.get("/sparql", query_string={
        "query": 'SELECT ?service WHERE { BIND("SERVICE" AS ?service) }'})
    assert harmless.status_code == 200


def test_a_kept_verdict_of_the_checks_holds_only_for_the_same_limits(tmp_path: Path) -> None:
    """The endpoint keeps the checks' verdict on a query text; another app's limits, or a
    refusal, are not answered from it."""
    nested = "SELECT * WHERE { " + "{ " * 12 + "?s ?p ?o " + "} " * 12 + "}"
    strict, loose = make_app(tmp_path / "a", max_query_depth=8), make_app(tmp_path / "b", max_query_depth=64)
    try:
        for _ in range(2):  # each asked twice: the second time the kept verdict may answer
            assert loose.test_client().get("/sparql", query_string={"query": nested}).status_code == 200
            refused = strict.test_client().get("/sparql", query_string={"query": nested})
            assert refused.status_code == 400 and "nesting deeper than 8" in refused.get_json()["message"]
    finally:
        close_app(strict)
        close_app(loose)


def test_reads_are_open_to_other_origins_writes_are_not(loaded_client: FlaskClient) -> None:
    response = loaded_client.get("/sparql", query_string={"query": ARTICLES}, headers={"Origin": "https://yasgui.example"})
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    preflight = loaded_client.options("/sparql", headers={"Origin": "https://yasgui.example",
                                                          "Access-Control-Request-Method": "POST"})
    assert preflight.status_code == 204 and "POST" in preflight.headers["Access-Control-Allow-Methods"]
    assert "authorization" not in preflight.headers["Access-Control-Allow-Headers"].lower()


def test_results_beyond_the_row_limit_are_cut_and_flagged(loaded_client: FlaskClient) -> None:
    big = loaded_client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert big.headers["X-Result-Truncated"] == "true" and big.headers["X-Result-Limit"] == "200"
    assert len(rows(big)) == 200
    csv_big = loaded_client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o }"},
                                headers={"Accept": "text/csv"})
    assert csv_big.get_data(as_text=True).count("\r\n") == 201
    small = loaded_client.get("/sparql", query_string={"query": ARTICLES})
    assert "X-Result-Truncated" not in small.headers and small.headers["X-Result-Limit"] == "200"
    graph = loaded_client.get("/sparql", query_string={"query": "CONSTRUCT WHERE { ?s ?p ?o }"},
                              headers={"Accept": "application/n-triples"})
    assert graph.headers["X-Result-Truncated"] == "true"
    assert graph.get_data(as_text=True).count("\n") == 200


def description(client: FlaskClient) -> Graph:
    response = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert response.status_code == 200 and response.mimetype == "text/turtle"
    return Graph().parse(data=response.get_data(as_text=True), format="turtle")


SD = "http://www.w3.org/ns/sparql-service-description#"


def test_service_description(loaded_client: FlaskClient) -> None:
    graph = description(loaded_client)
    endpoints = {str(o) for _, p, o in graph if str(p) == SD + "endpoint"}
    assert endpoints == {"http://localhost/sparql"}
    assert any(str(o) == SD + "SPARQL11Query" for o in graph.objects())


def test_service_description_offers_update_only_when_updates_are_possible(loaded_client: FlaskClient,
                                                                         writable_app: Flask) -> None:
    read_only = {str(o) for o in description(loaded_client).objects()}
    writable = {str(o) for o in description(writable_app.test_client()).objects()}
    assert SD + "SPARQL11Update" not in read_only
    assert SD + "SPARQL11Update" in writable


def test_a_browser_gets_the_editor_prefilled(loaded_client: FlaskClient) -> None:
    page = loaded_client.get("/sparql", headers={"Accept": "text/html,*/*;q=0.8"}).get_data(as_text=True)
    assert "yasgui.min.js" in page and 'id="yasgui"' in page
    assert "PREFIX akg: &lt;https://w3id.org/astrokg/ontology#&gt;" in page and "akg:denotes" in page
    assert '<textarea id="query-text" name="query"' in page  # the form that works without JavaScript


def test_without_javascript_the_form_shows_a_results_table(loaded_client: FlaskClient) -> None:
    response = loaded_client.post("/sparql", data={"query": ARTICLES, "format": "html"},
                                  headers={"Accept": "text/html"})
    page = response.get_data(as_text=True)
    assert response.mimetype == "text/html" and "<th>a</th>" in page
    assert page.count(f"<td>{ART}") == 4


def test_a_runaway_query_is_stopped_while_others_are_answered(live: Live, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="kg.store.query_pool")
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    outcome: dict[str, object] = {}

    def run_slow() -> None:
        try:
            urllib.request.urlopen(f"{live.url}/sparql?" + urllib.parse.urlencode({"query": slow}), timeout=30)
        except HTTPError as error:
            outcome["status"], outcome["body"] = error.code, json.loads(error.read())

    thread = threading.Thread(target=run_slow)
    thread.start()
    answered = []
    for url in ("/health", "/sparql?" + urllib.parse.urlencode({"query": ARTICLES}),
                "/api/ask?" + urllib.parse.urlencode({"q": "Who commanded Expedition 44?"})):
        with urllib.request.urlopen(live.url + url, timeout=30) as response:
            answered.append((response.status, thread.is_alive()))
    thread.join(timeout=30)
    assert answered == [(200, True)] * 3  # all answered while the runaway query was still running
    assert outcome["status"] == 503 and "stopped" in str(outcome["body"])
    killed = [int(m) for m in re.findall(r"stopped query worker (\d+)", caplog.text)]
    assert killed and not any(psutil.pid_exists(pid) and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
                              for pid in killed)
    with urllib.request.urlopen(f"{live.url}/sparql?" + urllib.parse.urlencode({"query": ARTICLES})) as again:
        assert len(json.loads(again.read())["results"]["bindings"]) == 4
