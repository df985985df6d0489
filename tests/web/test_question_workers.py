"""Questions answered in worker processes (kg/questions/question_pool.py), as ``kg serve``
does by default: the same answers as in the service's process, a question over its time limit
stopped, a dead worker replaced, and answers that follow a write. One worker, with the real
model loaded in it, for the module."""

from __future__ import annotations

import json
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
from flask import Flask
from flask.testing import FlaskClient
from spacy.language import Language

from kg.errors import QueryTimeout
from kg.questions.question_pool import QuestionWorkers
from tests.web.fixtures import make_app, newsroom_dir
from web import close_app, get_service

QUESTIONS = Path(__file__).resolve().parents[2] / "benchmarks" / "qa" / "newsroom.jsonl"


@pytest.fixture(scope="module")
def workers_app(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Flask]:
    """The newsroom, its questions answered by one worker process."""
    app = make_app(newsroom_dir(tmp_path_factory.mktemp("questions") / "data"), nlp, question_workers=1)
    yield app
    close_app(app)


def pool(app: Flask) -> QuestionWorkers:
    workers = get_service(app).question_workers
    assert workers is not None
    return workers


def asked(client: FlaskClient, question: str, *about: str) -> dict[str, object]:
    response = client.get("/api/ask", query_string={"q": question, "about": list(about)})
    assert response.status_code == 200, response.get_data(as_text=True)
    return dict(response.get_json())


def comparable(reply: dict[str, object]) -> dict[str, object]:
    """The reply with its SPARQL as a list of words and without its suggested questions: values
    bound from a set of IRIs are listed in the order of the process's string hashing, which
    differs between processes (the workers share one seed, the test's process has its own), and
    so does which fact each example question is made from."""
    sparql = reply["sparql"]
    return {**reply, "sparql": sorted(sparql.split()) if isinstance(sparql, str) else sparql, "suggestions": None}


def test_workers_answer_as_the_service_process_does(workers_app: Flask, loaded_client: FlaskClient) -> None:
    questions = [json.loads(line)["q"] for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line]
    client = workers_app.test_client()
    for question in [*questions, "Who is Zorblat Quenn?", "What did she launch on?"]:
        assert comparable(asked(client, question)) == comparable(asked(loaded_client, question)), question
    whitson = "https://w3id.org/astrokg/resource/Peggy_Whitson"
    assert comparable(asked(client, "When did she launch?", whitson)) == comparable(
        asked(loaded_client, "When did she launch?", whitson))
    assert "asker" not in get_service(workers_app).made, "questions were answered in the service process"
    assert client.get("/api/ask", query_string={"q": " "}).status_code == 400


def test_the_front_pages_examples_come_from_the_workers(workers_app: Flask) -> None:
    """Checked by answering them in a worker: the service process loads no pipeline for them."""
    client = workers_app.test_client()
    examples = client.get("/index.json").get_json()["examples"]
    assert examples and all(isinstance(q, str) and q.endswith("?") for q in examples)
    assert "asker" not in get_service(workers_app).made


def test_a_question_over_its_time_limit_is_stopped_and_its_worker_replaced(workers_app: Flask) -> None:
    workers = pool(workers_app)
    asked(workers_app.test_client(), "Who is Mark Kelly?")
    (before,) = workers.workers()
    limit, workers.timeout = workers.timeout, 0.0001
    stopped: list[str] = []
    try:  # a question may still be answered in time when this thread is not scheduled for longer
        for question in [f"Who commanded Expedition {n}?" for n in range(40, 50)]:
            try:
                workers.answer(question)
            except QueryTimeout as error:
                stopped.append(str(error))
                break
    finally:
        workers.timeout = limit
    assert stopped and "stopped" in stopped[0]
    reply = asked(workers_app.test_client(), "Who commanded Expedition 46?")
    assert reply["answers"], reply
    assert workers.workers() and before not in workers.workers()


def gone(pid: int) -> bool:
    """Has the process died with all its threads (so its pipes are closed), not yet waited for?"""
    try:
        process = psutil.Process(pid)
        return process.status() == psutil.STATUS_ZOMBIE and process.num_threads() <= 1
    except psutil.NoSuchProcess:
        return True


def test_a_killed_worker_is_replaced(workers_app: Flask) -> None:
    workers = pool(workers_app)
    asked(workers_app.test_client(), "Who is Scott Kelly?")
    (before,) = workers.workers()
    os.kill(before, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while not gone(before):
        assert time.monotonic() < deadline, "the worker did not die"
        time.sleep(0.05)
    reply = asked(workers_app.test_client(), "Where did Scott Kelly launch from?")
    assert reply["answers"], reply
    assert before not in workers.workers()


def test_answers_follow_a_write(workers_app: Flask) -> None:
    client = workers_app.test_client()
    question = "Who is Zorblat Quenn?"
    assert not asked(client, question)["entities"]
    get_service(workers_app).store.update(
        'INSERT DATA { <https://w3id.org/astrokg/resource/Zorblat_Quenn> '
        '<http://www.w3.org/2000/01/rdf-schema#label> "Zorblat Quenn" ; '
        'a <https://w3id.org/astrokg/ontology#Astronaut> }')
    reply = asked(client, question)
    assert [e["label"] for e in reply["entities"]] == ["Zorblat Quenn"], reply  # type: ignore[index, union-attr]


def test_a_remote_store_is_asked_from_the_service_process(tmp_path: Path, nlp: Language,
                                                           oxigraph_server: tuple[str, str]) -> None:
    query_url, update_url = oxigraph_server
    app = make_app(tmp_path / "data", nlp, store=query_url, store_update_url=update_url, question_workers=2)
    try:
        reply = asked(app.test_client(), "Who is Zorblat Quenn?")
        assert reply["message"] and not reply["answers"]
        assert "asker" in get_service(app).made and "question_workers" not in get_service(app).made
    finally:
        close_app(app)
