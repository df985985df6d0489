"""The app factory: settings from a mapping or the environment, one store per app, the
spaCy pipeline loaded once and only when first needed."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from kg.config import Settings
from kg.errors import StoreLocked
from web import close_app, create_app, get_service


def test_settings_come_from_a_mapping(tmp_path: Path) -> None:
    app = create_app({"TESTING": True, "data_dir": tmp_path / "d", "max_rows": 7, "max_body": 1234})
    try:
        assert app.testing and get_service(app).settings.max_rows == 7
        assert app.config["MAX_CONTENT_LENGTH"] == 1234
    finally:
        close_app(app)


def test_settings_come_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_DATA_DIR", str(tmp_path / "env"))
    monkeypatch.setenv("KG_QUERY_TIMEOUT", "3.5")
    app = create_app()
    try:
        assert get_service(app).settings == Settings.from_env()
        assert get_service(app).settings.query_timeout == 3.5 and not app.testing
    finally:
        close_app(app)


def test_the_store_is_opened_once_and_held(tmp_path: Path) -> None:
    app = create_app({"data_dir": tmp_path / "d"})
    try:
        with pytest.raises(StoreLocked):
            create_app({"data_dir": tmp_path / "d"})
    finally:
        close_app(app)
    close_app(create_app({"data_dir": tmp_path / "d"}))  # the lock was released


def test_the_pipeline_is_loaded_on_first_use_and_shared(tmp_path: Path, nlp: Language,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    loads: list[object] = []
    monkeypatch.setattr("extract.load_nlp", lambda *args, **kwargs: loads.append(args) or nlp)
    app = create_app({"data_dir": tmp_path / "d", "question_workers": 0})  # questions answered in this process
    try:
        service = get_service(app)
        assert loads == [] and "nlp" not in service.made  # nothing loaded by creating the app
        client = app.test_client()
        assert client.get("/api/ask?q=Who+is+Scott+Kelly%3F").status_code == 200
        assert client.get("/api/ask?q=Who+is+Mark+Kelly%3F").status_code == 200
        assert len(loads) == 1 and service.asker.nlp is nlp
    finally:
        close_app(app)


def test_ingest_and_the_entity_index_load_no_pipeline_in_the_service(tmp_path: Path, nlp: Language,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The ingest worker loads its own pipeline and the entity index needs none, so the
    service process loads none for them (its question workers have theirs)."""
    loads: list[object] = []
    monkeypatch.setattr("extract.load_nlp", lambda *args, **kwargs: loads.append(args) or nlp)
    app = create_app({"data_dir": tmp_path / "d", "question_workers": 0, "api_token": "t" * 24})
    try:
        client = app.test_client()
        article = {"id": "vega-2031", "title": "Vega flies", "published": "2031-03-02",
                   "text": "The astronaut Orla Vandermeer launched aboard Soyuz MS-40 from Baikonur."}
        reply = client.post("/api/articles", json=article, headers={"Authorization": "Bearer " + "t" * 24})
        assert reply.status_code == 200 and reply.get_json()["loaded"] == 1
        found = client.get("/api/entities?prefix=Vander").get_json()
        assert [e["label"] for e in found] == ["Orla Vandermeer"]
        assert loads == [] and "nlp" not in get_service(app).made
    finally:
        close_app(app)
