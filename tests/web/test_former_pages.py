"""Employers the articles give only as former (tests/kg/questions/formerroom.py, invented
names) are shown as former: on the entity page (HTML and JSON) and in a description."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from spacy.language import Language

from kg.store.oxigraph import OxigraphStore
from tests.factories import load_articles
from tests.kg.questions import formerroom
from tests.web.fixtures import make_app
from web import close_app


def former_app(path: Path, nlp: Language) -> Flask:
    """An app over the room of former employers."""
    store = OxigraphStore(path)
    load_articles(store, formerroom.ARTICLES)
    store.close()
    return make_app(path, nlp)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[FlaskClient]:
    app = former_app(tmp_path_factory.mktemp("former") / "data", nlp)
    yield app.test_client()
    close_app(app)


def employers(data: dict[str, object]) -> dict[str, bool]:
    groups = data["groups"]
    assert isinstance(groups, list)
    return {v["label"]: v["former"] for g in groups if g["relation"] == "employer" and g["direction"] == "out"
            for v in g["values"]}


def test_entity_json_marks_a_former_employer(client: FlaskClient) -> None:
    assert employers(client.get("/entity/Tova_Lindqvist.json").get_json()) == {
        "Ardenian Space Agency": True, "Orbita Works": False}
    assert employers(client.get("/entity/Bren_Okafor.json").get_json()) == {"Ardenian Space Agency": True}


def test_entity_page_says_formerly(client: FlaskClient) -> None:
    page = client.get("/entity/Tova_Lindqvist").get_data(as_text=True)
    assert '<span class="former">formerly</span> <a href="/entity/Ardenian_Space_Agency">' in page
    assert page.count('class="former"') == 1  # Orbita Works is her employer now


def test_a_description_says_formerly(client: FlaskClient) -> None:
    data = client.get("/api/ask", query_string={"q": "Who is Tova Lindqvist?"}).get_json()
    lines = {a["label"]: a.get("former", False) for a in data["answers"]}
    assert lines["employer: formerly Ardenian Space Agency"] is True
    assert lines["employer: Orbita Works"] is False
    page = client.get("/ask", query_string={"q": "Who is Bren Okafor?"}).get_data(as_text=True)
    assert "employer: formerly Ardenian Space Agency" in page
