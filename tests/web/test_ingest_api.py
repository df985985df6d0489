"""POST /api/articles: the token, the body formats, per-article results, background jobs;
through the same ingest code as `kg ingest` with the real pipeline."""

from __future__ import annotations

import json
import time

from flask import Flask

from tests.web.fixtures import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}
ARTICLE = {"id": "glenn-1998", "title": "Glenn flies again", "published": "1998-10-29",
           "text": "John Glenn returned to orbit aboard the shuttle Discovery at the age of 77."}


def test_writes_need_the_token(writable_app: Flask) -> None:
    client = writable_app.test_client()
    assert client.post("/api/articles", json=ARTICLE).status_code == 401
    assert client.post("/api/articles", json=ARTICLE, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.post("/api/articles", json=ARTICLE, headers={"Authorization": TOKEN}).status_code == 401


def test_one_article_as_json_is_loaded_and_reported(writable_app: Flask) -> None:
    client = writable_app.test_client()
    response = client.post("/api/articles", json=ARTICLE, headers=AUTH)
    assert response.status_code == 200
    body = response.get_json()
    assert body["loaded"] == 1 and body["results"][0]["status"] == "loaded"
    assert body["results"][0]["article"] == "glenn-1998"
    assert client.get("/article/glenn-1998.json").get_json()["title"] == "Glenn flies again"
    again = client.post("/api/articles", json=ARTICLE, headers=AUTH).get_json()
    assert again["unchanged"] == 1


def test_bad_lines_are_reported_per_article(writable_app: Flask) -> None:
    lines = [json.dumps(ARTICLE), json.dumps({"title": "no text"})]
    response = writable_app.test_client().post("/api/articles", data="\n".join(lines),
                                               content_type="application/x-ndjson", headers=AUTH)
    body = response.get_json()
    assert response.status_code == 200 and sorted(r["status"] for r in body["results"]) == ["failed", "loaded"]
    (failed,) = [r for r in body["results"] if r["status"] == "failed"]
    assert failed["origin"] == "request:2" and "no 'text' field" in failed["reason"]


def test_nothing_loadable_is_a_400(writable_app: Flask) -> None:
    client = writable_app.test_client()
    response = client.post("/api/articles", json={"title": "no text"}, headers=AUTH)
    assert response.status_code == 400 and "no 'text' field" in response.get_json()["message"]
    assert client.post("/api/articles", data="{broken", content_type="application/json",
                       headers=AUTH).status_code == 400
    wrong_type = client.post("/api/articles", data="text", content_type="text/plain", headers=AUTH)
    assert wrong_type.status_code == 415 and "application/x-ndjson" in wrong_type.get_json()["message"]


def test_many_articles_become_a_background_job(writable_app: Flask) -> None:
    client = writable_app.test_client()
    articles = [{"id": f"batch-{i}", "text": f"Astronaut Number{i} Smith flew to the station in 20{i:02d}."}
                for i in range(5)]
    response = client.post("/api/articles", data="\n".join(json.dumps(a) for a in articles),
                           content_type="application/x-ndjson", headers=AUTH)
    assert response.status_code == 202
    job = response.get_json()
    assert response.headers["Location"] == job["url"] and job["total"] == 5
    for _ in range(200):
        job = client.get(job["url"]).get_json()
        if job["status"] not in ("queued", "running"):
            break
        time.sleep(0.05)
    assert job["status"] == "done" and job["done"] == 5 and job["loaded"] == 5
    assert {r["article"] for r in job["results"]} == {f"batch-{i}" for i in range(5)}
    assert client.get("/api/stats").get_json()["articles"] == 9
