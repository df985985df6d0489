"""One error shape for every JSON route (Datasette's test_error_shape), no stack traces,
and an HTML page for people."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.web.fixtures import TOKEN

JSON = {"Accept": "application/json"}


@pytest.mark.parametrize(("method", "url", "kwargs", "status"), [
    ("GET", "/api/ask", {}, 400),
    ("GET", "/api/ask?q=" + "x" * 501, {}, 400),
    ("GET", "/api/ask?q=%20%20", {}, 400),
    ("GET", "/api/entities?prefix=kel&limit=many", {}, 400),
    ("GET", "/api/jobs/no-such-job", {}, 404),
    ("GET", "/api/no-such-route", {}, 404),
    ("POST", "/api/stats", {}, 405),
    ("GET", "/entity/Nobody_At_All.json", {}, 404),
    ("GET", "/entity/Nobody_At_All", {"headers": JSON}, 404),
    ("GET", "/article/no-such-article.json", {}, 404),
    ("GET", "/ask?q=", {"headers": JSON}, 400),
    ("POST", "/api/articles", {"json": {"text": "Kelly flew."}}, 403),
    ("GET", "/sparql?query=SELEC%20nonsense", {}, 400),
    ("GET", "/sparql?update=DROP%20ALL", {}, 400),
    ("GET", "/sparql?format=bogus&query=ASK%7B%7D", {}, 406),
    ("POST", "/sparql", {"data": "ASK {}", "content_type": "text/plain"}, 400),
])
def test_every_json_error_has_one_shape(loaded_client: FlaskClient, method: str, url: str,
                                        kwargs: dict[str, object], status: int) -> None:
    response = loaded_client.open(url, method=method, **kwargs)
    assert response.status_code == status
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert set(body) <= {"ok", "status", "error", "message", "suggestions", "line", "column"}
    assert body["ok"] is False and body["status"] == status and body["message"]
    assert "Traceback" not in response.get_data(as_text=True)


def test_people_get_an_error_page_with_suggestions(loaded_client: FlaskClient) -> None:
    response = loaded_client.get("/entity/Scot_Kely", headers={"Accept": "text/html"})
    assert response.status_code == 404 and response.mimetype == "text/html"
    page = response.get_data(as_text=True)
    assert "Scot Kely" in page and 'href="/entity/Scott_Kelly"' in page
    assert "<title>404 Not Found" in page


def test_an_unexpected_error_is_logged_not_shown(writable_app: Flask, caplog: pytest.LogCaptureFixture) -> None:
    def broken() -> str:
        raise RuntimeError("secret internals")

    writable_app.add_url_rule("/api/broken", "broken", broken)
    response = writable_app.test_client().get("/api/broken")
    assert response.status_code == 500
    assert "secret internals" not in response.get_data(as_text=True)
    assert response.get_json()["message"].startswith("something went wrong")
    assert "secret internals" in caplog.text


def test_an_oversized_body_is_refused(writable_app: Flask) -> None:
    response = writable_app.test_client().post(
        "/api/articles", data=b"{" + b" " * 300_000 + b"}", content_type="application/json",
        headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 413
    assert "larger than the limit" in response.get_json()["message"]
