"""Passages on the answer page and in the JSON: shown for unanswered questions only, apart
from answers, linked to their articles, matched words marked, text escaped."""

from __future__ import annotations

import re

from flask import Flask
from flask.testing import FlaskClient

from kg.ingest import graph_for
from tests.factories import ExtractionBuilder
from web import get_service

UNANSWERED = "What does a public affairs officer do?"
HEADING = "The graph has no answer. These passages from the articles may help:"


def _section(page: str, name: str) -> str:
    found = re.search(rf'<section class="{name}"[^>]*>(.*?)</section>', page, re.S)
    assert found, f"no {name} section"
    return found.group(1)


def test_api_ask_gives_passages_apart_from_answers(loaded_client: FlaskClient) -> None:
    body = loaded_client.get("/api/ask", query_string={"q": UNANSWERED}).get_json()
    assert body["answers"] == [] and body["message"]
    assert body["passages"], body
    first = body["passages"][0]
    assert first["article"] == "kelly-record" and first["title"] == "Kelly passes Fincke for the US endurance mark"
    assert "public affairs officer" in first["sentence"] and first["score"] > 0
    answered = loaded_client.get("/api/ask", query_string={"q": "Who is Scott Kelly's twin?"}).get_json()
    assert answered["answers"] and answered["passages"] == []


def test_the_page_shows_passages_in_their_own_labelled_block(loaded_client: FlaskClient) -> None:
    page = loaded_client.get("/ask", query_string={"q": UNANSWERED}).get_data(as_text=True)
    block = _section(page, "passages")
    assert HEADING in block
    assert 'class="answers' not in page  # nothing is offered as an answer
    assert 'href="/article/kelly-record"' in block
    assert {m.lower() for m in re.findall(r"<mark>(.*?)</mark>", block)} >= {"public", "affairs", "officer"}
    answered = loaded_client.get("/ask", query_string={"q": "Who is Scott Kelly's twin?"}).get_data(as_text=True)
    assert 'class="answers' in answered and 'class="passages"' not in answered and HEADING not in answered


def test_passage_text_is_escaped(writable_app: Flask) -> None:
    store = get_service(writable_app).store
    b = ExtractionBuilder("Engineer Wren Adeyemi typed <script>alert('valve')</script> into the zephyr valve log.",
                          title="<b>Valve</b> log", id="valve-log")
    b.entity("Wren Adeyemi", "Person")
    store.write([graph_for(store, b.build())])
    page = writable_app.test_client().get("/ask", query_string={"q": "Why did the zephyr valve leak?"})
    block = _section(page.get_data(as_text=True), "passages")
    assert "<script>" not in block and "<b>" not in block
    assert "&lt;script&gt;alert(" in block and "&lt;b&gt;Valve&lt;/b&gt; log" in block
    assert "<mark>zephyr</mark> <mark>valve</mark>" in block


def test_fts_syntax_in_the_question_is_harmless(loaded_client: FlaskClient) -> None:
    for q in ['NEAR(public affairs', '"officer', 'officer*', '* OR officer', 'officer OR AND NOT ^:{}']:
        response = loaded_client.get("/api/ask", query_string={"q": q})
        assert response.status_code == 200, q
        found = response.get_json()["passages"]
        assert found and all("officer" in p["sentence"] for p in found), q
    assert loaded_client.get("/api/ask", query_string={"q": "officer NEAR( " * 1000}).status_code == 400
