"""Entity and article pages: facts with sources, the neighbourhood picture, highlighted
text, JSON twins, RDF by content negotiation, escaping and 404s."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from flask import Flask
from flask.testing import FlaskClient

from extract.facts import Literal
from kg.ingest import graph_for
from tests.factories import ExtractionBuilder
from web import get_store

RES = "https://w3id.org/astrokg/resource/"


def test_entity_page_groups_facts_with_their_sources(loaded_client: FlaskClient) -> None:
    response = loaded_client.get("/entity/Scott_Kelly")
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "<title>Scott Kelly · astrokg</title>" in page
    assert "<dt>twin of</dt>" in page and '<a href="/entity/Mark_Kelly">Mark Kelly</a>' in page
    assert "<dt>commanded</dt>" in page and '<a href="/entity/Expedition_46">' in page
    assert "520 days" in page and "his identical twin Mark Kelly" in page
    assert 'href="/article/kelly-home"' in page


def test_entity_page_draws_its_neighbourhood(loaded_client: FlaskClient) -> None:
    page = loaded_client.get("/entity/Scott_Kelly").get_data(as_text=True)
    svg = page[page.index("<svg"):page.index("</svg>")]
    assert ">Mark Kelly</text>" in svg and ">twin of</text>" in svg
    assert 'xlink:href="/entity/Mark_Kelly"' in svg
    picture = loaded_client.get("/entity/Scott_Kelly.svg")
    assert picture.mimetype == "image/svg+xml" and picture.get_data(as_text=True).startswith("<svg")


def test_entity_json_twin(loaded_client: FlaskClient) -> None:
    data = loaded_client.get("/entity/Amiko_Kauderer.json").get_json()
    assert data["label"] == "Amiko Kauderer" and data["types"] == ["person"]
    relations = {g["relation"]: [v["label"] for v in g["values"]] for g in data["groups"]}
    assert relations["employer"] == ["NASA"] and relations["job title"] == ["public affairs officer"]
    assert data["groups"][0]["values"][0]["sources"][0]["article"] == "kelly-record"
    same = loaded_client.get("/entity/Amiko_Kauderer", headers={"Accept": "application/json"}).get_json()
    assert same == data


@pytest.mark.parametrize(("accept", "suffix"), [("text/turtle", ".ttl"), ("application/ld+json", ".jsonld"),
                                               ("application/n-triples", ".nt")])
def test_entity_rdf_by_accept_or_suffix(loaded_client: FlaskClient, accept: str, suffix: str) -> None:
    by_accept = loaded_client.get("/entity/Mark_Kelly", headers={"Accept": accept})
    by_suffix = loaded_client.get(f"/entity/Mark_Kelly{suffix}")
    assert by_accept.mimetype == by_suffix.mimetype == accept
    triples = {q.triple for q in ox.parse(by_accept.get_data(), format=ox.RdfFormat.from_media_type(accept))}
    assert ox.Triple(ox.NamedNode(RES + "Mark_Kelly"), ox.NamedNode("https://w3id.org/astrokg/ontology#spouse"),
                     ox.NamedNode(RES + "Gabrielle_Giffords")) in triples
    assert ox.Triple(ox.NamedNode(RES + "Scott_Kelly"), ox.NamedNode("https://w3id.org/astrokg/ontology#twinOf"),
                     ox.NamedNode(RES + "Mark_Kelly")) in triples


def test_records_live_under_their_own_folder(loaded_client: FlaskClient) -> None:
    page = loaded_client.get("/entity/record/most_cumulative_days_in_space")
    assert page.status_code == 200 and "Gennady Padalka" in page.get_data(as_text=True)


def test_article_page_highlights_entities_and_lists_facts(loaded_client: FlaskClient) -> None:
    response = loaded_client.get("/article/kelly-home")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "<title>Kelly and Kornienko are home after 340 days · astrokg</title>" in page
    assert '<mark class="entity"' in page and 'href="/entity/Mikhail_Kornienko"' in page
    assert "<td>employer</td>" in page and '<a href="/entity/Roscosmos">Roscosmos</a>' in page


def test_article_json_twin(loaded_client: FlaskClient) -> None:
    data = loaded_client.get("/article/padalka-record.json").get_json()
    assert data["title"] == "Padalka takes the all-time record" and data["published"] == "2015-06-29"
    assert data["text"].startswith("Gennady Padalka now holds")
    assert {k: data["mentions"][0][k] for k in ("start", "end")} == {"start": 0, "end": 15}
    planned = [f for f in data["facts"] if f["planned"]]
    assert {f["relation"] for f in planned} == {"time in space", "return date"}


def test_article_listing(loaded_client: FlaskClient) -> None:
    data = loaded_client.get("/articles.json").get_json()["articles"]
    assert [a["article"] for a in data] == ["whitson-record", "kelly-home", "kelly-record", "padalka-record"]
    assert 'href="/article/whitson-record"' in loaded_client.get("/articles").get_data(as_text=True)


def test_unknown_pages_are_404_with_suggestions(loaded_client: FlaskClient) -> None:
    missing = loaded_client.get("/entity/Gennady_Padalko.json")
    assert missing.status_code == 404 and "/entity/Gennady_Padalka" in missing.get_json()["suggestions"]
    assert loaded_client.get("/article/nope").status_code == 404
    assert loaded_client.get("/entity/?iri=not%20an%20iri").status_code == 404


def test_markup_in_the_graph_is_escaped_everywhere(writable_app: Flask) -> None:
    store = get_store(writable_app)
    b = ExtractionBuilder("<script>alert(1)</script> Evil Eve works for NASA.", title="<b>bold</b> title", id="evil")
    b.entity("<script>alert(1)</script> Evil Eve", "Person")
    b.entity("NASA", "SpaceAgency")
    b.fact("<script>alert(1)</script> Evil Eve", "jobTitle", Literal("<img src=x onerror=alert(2)>"),
           evidence="Evil Eve works")
    store.write([graph_for(store, b.build())])
    client = writable_app.test_client()
    pages = [client.get("/article/evil").get_data(as_text=True), client.get("/articles").get_data(as_text=True)]
    entity = client.get("/entity/" + "%3Cscript%3Ealert(1)%3C%2Fscript%3E_Evil_Eve")
    assert entity.status_code == 200
    pages.append(entity.get_data(as_text=True))
    for page in pages:
        assert "<script>alert" not in page and "<img src=x" not in page and "<b>bold</b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pages[0]
