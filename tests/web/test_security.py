"""Pages that attackers cannot turn against users or the service: only http(s) URLs become
links, every response carries a strict Content-Security-Policy and the usual headers, and
ids that cannot be valid are a 404, never a 500 (issue 12)."""

from __future__ import annotations

import re

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.web.fixtures import TOKEN

pytestmark = pytest.mark.issue(12)

AUTH = {"Authorization": f"Bearer {TOKEN}"}
PAGES = ["/", "/ask?q=Who+is+Scott+Kelly%27s+twin%3F", "/articles", "/article/kelly-record",
         "/entity/Scott_Kelly", "/entity/Scott_Kelly.svg", "/entity/Scott_Kelly.json", "/api/ask?q=Who+is+Mark+Kelly",
         "/sparql", "/article/no-such-article", "/health"]


@pytest.mark.parametrize("path", PAGES)
def test_every_response_carries_the_security_headers(loaded_client: FlaskClient, path: str) -> None:
    response = loaded_client.get(path, headers={"Accept": "text/html"})
    assert response.status_code in (200, 404)
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "'unsafe-eval'" not in csp and "object-src 'none'" in csp
    assert "frame-ancestors 'none'" in csp
    script_src = next(d for d in csp.split(";") if d.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in script_src
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "no-referrer"


def test_no_page_has_inline_script(loaded_client: FlaskClient) -> None:
    for path in PAGES:
        page = loaded_client.get(path, headers={"Accept": "text/html"}).get_data(as_text=True)
        assert "<script>" not in page and " onload=" not in page and " onclick=" not in page, path


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)",
                                 "data:text/html,<script>alert(1)</script>", "//evil.example/x", "vbscript:x"])
def test_an_article_url_that_is_not_http_is_never_a_link(writable_app: Flask, url: str) -> None:
    client = writable_app.test_client()
    article = {"id": "xss", "url": url, "title": "Ann Baker flies", "text": "Ann Baker flew to the station."}
    assert client.post("/api/articles", json=article, headers=AUTH).status_code == 200
    page = client.get("/article/xss").get_data(as_text=True)
    assert "to the station" in page and ">original</a>" not in page
    links = re.findall(r'(?:href|src|action)="([^"]*)"', page)
    assert links and all(re.match(r"/(?!/)|https?://", link) for link in links), links


def test_an_http_article_url_is_a_link(writable_app: Flask) -> None:
    client = writable_app.test_client()
    article = {"id": "web", "url": "https://news.example/ann-baker", "text": "Ann Baker flew to the station."}
    assert client.post("/api/articles", json=article, headers=AUTH).status_code == 200
    page = client.get("/article/web").get_data(as_text=True)
    assert '<a href="https://news.example/ann-baker" rel="nofollow noopener noreferrer">original</a>' in page


@pytest.mark.parametrize("article_id", ["x%3Ey", "x%20y", "x%22y", "x%7By", "x%5Cy", "x%25y", "x%25", "%3C%3E",
                                        "x%3Ey.json"])
def test_article_ids_that_cannot_be_valid_are_a_404(loaded_client: FlaskClient, article_id: str) -> None:
    for accept in ("text/html", "application/json"):
        response = loaded_client.get(f"/article/{article_id}", headers={"Accept": accept})
        assert response.status_code == 404, (article_id, accept)


@pytest.mark.parametrize("path", ["/entity/x%3Ey", "/entity/x%20y", "/entity/%7B%7D", "/entity/a%5Cb", "/entity/a%25",
                                  "/entity/x%3Ey.svg", "/entity/x%22y.ttl", "/entity/?iri=not%20an%20iri",
                                  "/entity/?iri=%3E", "/entity/?iri=http://x.example/%7B", "/entity/%00",
                                  "/entity/?iri=%00"])
def test_entity_ids_and_iris_that_cannot_be_valid_are_a_404(loaded_client: FlaskClient, path: str) -> None:
    for accept in ("text/html", "application/json", "text/turtle"):
        assert loaded_client.get(path, headers={"Accept": accept}).status_code == 404, (path, accept)
