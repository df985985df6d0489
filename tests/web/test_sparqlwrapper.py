"""The endpoint as an outside program sees it: SPARQLWrapper against a running waitress."""

from __future__ import annotations

import pytest
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, Unauthorized

from tests.web.fixtures import TOKEN, Live

TWINS = """PREFIX akg: <https://w3id.org/astrokg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?name ?twin WHERE { ?p akg:twinOf ?t . ?p rdfs:label ?name . ?t rdfs:label ?twin }"""


def client(live: Live, query: str, fmt: str = JSON) -> SPARQLWrapper:
    sparql = SPARQLWrapper(f"{live.url}/sparql")
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    return sparql


def test_select_as_json(live: Live) -> None:
    result = client(live, TWINS).queryAndConvert()
    assert [(b["name"]["value"], b["twin"]["value"]) for b in result["results"]["bindings"]] == [
        ("Scott Kelly", "Mark Kelly")]


def test_select_as_xml_and_csv(live: Live) -> None:
    xml = client(live, TWINS, XML).queryAndConvert()
    assert xml.getElementsByTagName("literal")[0].firstChild.data == "Scott Kelly"
    csv = client(live, TWINS, CSV).queryAndConvert()
    assert csv.decode().splitlines() == ["name,twin", "Scott Kelly,Mark Kelly"]


def test_ask_and_construct(live: Live) -> None:
    assert client(live, "ASK { <Mark_Kelly> ?p ?o }").queryAndConvert()["boolean"] is True
    sparql = client(live, "CONSTRUCT WHERE { <Mark_Kelly> ?p ?o }", TURTLE)
    graph = Graph().parse(data=sparql.queryAndConvert(), format="turtle")
    assert len(graph) >= 3


def test_a_query_by_post(live: Live) -> None:
    sparql = client(live, TWINS)
    sparql.setMethod(POST)
    assert len(sparql.queryAndConvert()["results"]["bindings"]) == 1


def test_a_malformed_query_raises_bad_formed(live: Live) -> None:
    with pytest.raises(QueryBadFormed):
        client(live, "SELECT ?x WHERE { ?x }").queryAndConvert()


def test_update_with_and_without_the_token(live_writable: Live) -> None:
    update = SPARQLWrapper(f"{live_writable.url}/sparql")
    update.setMethod(POST)
    update.setQuery('INSERT DATA { <Wrapper_Test> <http://www.w3.org/2000/01/rdf-schema#label> "W" }')
    with pytest.raises(Unauthorized):
        update.query()
    update.addCustomHttpHeader("Authorization", f"Bearer {TOKEN}")
    update.query()
    assert client(live_writable, "ASK { <Wrapper_Test> ?p ?o }").queryAndConvert()["boolean"] is True
