"""Pages name every article (issue 13): its title, a .txt article's headline, else the first
words of its text; never the hash that is its key when it has no id or URL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask.testing import FlaskClient
from spacy.language import Language

from kg.ingest import ingest
from kg.sources import read_paths
from kg.store.oxigraph import OxigraphStore
from tests.web.fixtures import make_app
from web import close_app

pytestmark = pytest.mark.issue(13)


@pytest.fixture(scope="module")
def client(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Iterator[FlaskClient]:
    folder = tmp_path_factory.mktemp("names")
    (folder / "untitled.txt").write_text(
        "NASA astronaut Wren Halvorsen has spent 230 days in space.\n\n"
        "Wren Halvorsen is the twin brother of Odo Halvorsen.\n\n\n", encoding="utf-8")
    (folder / "headline.txt").write_text(
        "Halvorsen Twins Train Together\n\nOdo Halvorsen is the twin brother of Wren Halvorsen.\n", encoding="utf-8")
    store = OxigraphStore(folder / "data")
    assert ingest(store, nlp, read_paths([str(folder)])).count("loaded") == 2
    store.close()
    app = make_app(folder / "data", nlp)
    yield app.test_client()
    close_app(app)


def test_the_article_list_and_pages_show_names_not_hashes(client: FlaskClient) -> None:
    listed = client.get("/articles.json").get_json()["articles"]
    titles = sorted(a["title"] for a in listed)
    assert titles[0] == "Halvorsen Twins Train Together"
    assert titles[1].startswith("NASA astronaut Wren Halvorsen has spent") and titles[1].endswith("\u2026")
    html = client.get("/articles").get_data(as_text=True)
    assert "NASA astronaut Wren Halvorsen" in html and ">sha256-" not in html
    for slug in [a["article"] for a in listed]:
        page = client.get(f"/article/{slug}").get_data(as_text=True)
        assert "<h1>sha256" not in page and "Halvorsen" in page.split("<h1>", 1)[1].split("</h1>", 1)[0]


def test_an_entity_page_cites_trimmed_sentences_under_article_names(client: FlaskClient) -> None:
    html = client.get("/entity/Wren_Halvorsen").get_data(as_text=True)
    assert ">sha256-" not in html
    assert "NASA astronaut Wren Halvorsen has spent" in html and "Halvorsen Twins Train Together" in html
    assert "\u201cWren Halvorsen is the twin brother of Odo Halvorsen.\u201d" in html  # no trailing blank lines
