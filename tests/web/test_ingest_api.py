"""POST /api/articles: the token, the body formats, per-article results, background jobs;
through the same ingest code as `kg ingest` with the real pipeline."""

from __future__ import annotations

import json
import os
import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from spacy.language import Language

from tests.web.fixtures import TOKEN, make_app
from web import close_app, get_service

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


# ---------------------------------------------------------------- one bad article alone, huge ones apart (issue 12)


def _wait(client: FlaskClient, url: str, done: Callable[[dict[str, Any]], bool], seconds: float = 120) -> Any:
    deadline = time.monotonic() + seconds
    while True:
        job = client.get(url).get_json()
        if done(job) or time.monotonic() > deadline:
            return job
        time.sleep(0.05)


def _crew(n: int, prefix: str = "crew") -> list[dict[str, str]]:
    names = ["Ann Baker", "Tom Reyes", "Lena Ortiz", "Raj Patel", "Mia Chen", "Olu Adeyemi"]
    return [{"id": f"{prefix}-{i}", "text": f"{names[i % len(names)]} flew to the station in 201{i}."}
            for i in range(n)]


def _ndjson(records: list[dict[str, str]], broken: int | None = None) -> str:
    lines = [json.dumps(r) for r in records]
    if broken is not None:  # the JSON escape of a lone surrogate, as a client may send it
        lines[broken] = lines[broken].replace("flew", "flew \\ud800")
    return "\n".join(lines)


@pytest.mark.issue(12)
def test_a_lone_surrogate_fails_alone_and_its_neighbours_load(writable_app: Flask) -> None:
    client = writable_app.test_client()
    response = client.post("/api/articles", data=_ndjson(_crew(2), broken=0), content_type="application/x-ndjson",
                           headers=AUTH)
    assert response.status_code == 200
    statuses = {r["origin"]: r for r in response.get_json()["results"]}
    assert statuses["request:1"]["status"] == "failed" and "lone surrogate" in statuses["request:1"]["reason"]
    assert statuses["request:2"]["status"] == "loaded"
    assert client.get("/article/crew-1.json").status_code == 200


@pytest.mark.issue(12)
def test_a_job_continues_past_a_broken_article(writable_app: Flask) -> None:
    client = writable_app.test_client()
    response = client.post("/api/articles", data=_ndjson(_crew(5), broken=1), content_type="application/x-ndjson",
                           headers=AUTH)
    assert response.status_code == 202
    job = _wait(client, response.headers["Location"], lambda j: j["status"] not in ("queued", "running"))
    assert job["status"] == "done" and job["loaded"] == 4 and job["failed"] == 1
    assert client.get("/api/stats").get_json()["articles"] == 4 + 4


@pytest.mark.issue(12)
def test_deeply_nested_json_is_a_400(writable_app: Flask) -> None:
    deep = '{"text": ' + "[" * 50_000 + "]" * 50_000 + "}"
    for media in ("application/json", "application/x-ndjson"):
        response = writable_app.test_client().post("/api/articles", data=deep, content_type=media, headers=AUTH)
        assert response.status_code == 400 and "nested too deeply" in response.get_json()["message"]


@pytest.mark.issue(12)
def test_an_article_over_the_size_limit_is_refused_with_the_setting_named(tmp_path: Path, nlp: Language) -> None:
    app = make_app(tmp_path / "data", nlp, api_token=TOKEN, max_article=200)
    try:
        records = [*_crew(1), {"id": "long", "text": "Ann Baker flew to the station. " * 10}]
        body = app.test_client().post("/api/articles", data=_ndjson(records), content_type="application/x-ndjson",
                                      headers=AUTH).get_json()
        (refused,) = [r for r in body["results"] if r["status"] == "failed"]
        assert refused["origin"] == "request:2" and "KG_MAX_ARTICLE" in refused["reason"]
        assert body["loaded"] == 1
    finally:
        close_app(app)


@pytest.mark.issue(12)
def test_a_question_is_answered_while_a_huge_article_is_being_ingested(writable_app: Flask) -> None:
    client = writable_app.test_client()
    warm = client.get("/api/ask", query_string={"q": "Who is Scott Kelly's twin?"})
    assert warm.status_code == 200  # the pipeline is loaded and the entity index built
    question = {"q": "Who commanded Expedition 44?"}  # a new question: it needs the pipeline
    huge = " ".join(f"Astronaut Name{i} Okafor flew to the station aboard Soyuz MS-{i % 30} in March 20{i % 20:02d}."
                    for i in range(800))
    records = [{"id": "huge", "text": huge}, *_crew(2, "after")]
    response = client.post("/api/articles", data=_ndjson(records), content_type="application/x-ndjson",
                           headers=AUTH)
    assert response.status_code == 202
    url = response.headers["Location"]
    assert _wait(client, url, lambda j: j["status"] != "queued")["done"] == 0
    answered = client.get("/api/ask", query_string=question)
    during = client.get(url).get_json()
    assert answered.status_code == 200 and answered.get_json()["answers"]
    # the question did not wait for the ingest: the job's one chunk had not finished
    assert during["status"] == "running" and during["done"] == 0
    job = _wait(client, url, lambda j: j["status"] not in ("queued", "running"))
    assert job["status"] == "done" and job["loaded"] == 3


@pytest.mark.issue(12)
def test_a_job_goes_on_when_its_worker_process_is_killed(writable_app: Flask) -> None:
    client = writable_app.test_client()
    huge = " ".join(f"Astronaut Name{i} Okafor flew to the station aboard Soyuz MS-{i % 30} in March 20{i % 20:02d}."
                    for i in range(800))
    records = [{"id": "huge", "text": huge}, *_crew(7, "first"), *_crew(3, "second")]  # two chunks of 8
    response = client.post("/api/articles", data=_ndjson(records), content_type="application/x-ndjson",
                           headers=AUTH)
    url = response.headers["Location"]
    service = get_service(writable_app)
    deadline = time.monotonic() + 60
    while "extractor" not in service.made or not service.extractor.in_flight:  # the huge batch is queued
        assert time.monotonic() < deadline and client.get(url).get_json()["done"] == 0
        time.sleep(0.02)
    worker = service.extractor.pid
    assert worker is not None
    os.kill(worker, signal.SIGKILL)
    job = _wait(client, url, lambda j: j["status"] not in ("queued", "running"))
    assert job["status"] == "done" and job["done"] == 11
    failed = [r for r in job["results"] if r["status"] == "failed"]
    assert failed and all("worker process died" in r["reason"] for r in failed)
    assert {r["article"] for r in job["results"] if r["status"] == "loaded"} >= {f"second-{i}" for i in range(3)}
    again = client.post("/api/articles", json={"id": "later", "text": "Ann Baker flew again in 2020."}, headers=AUTH)
    assert again.status_code == 200 and again.get_json()["loaded"] == 1
