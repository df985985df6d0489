"""The pipeline as a whole: its components, batches in several processes, long articles."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from extract import Article, extract
from extract.components.context import STRICT_ENV
from extract.components.found import from_plain
from extract.gold import extracted_keys
from extract.pipeline import COMPONENTS, split_text

TEXT = ("Cosmonaut Yelena Serova launched on September 25, 2014 aboard Soyuz TMA-14M from the Baikonur "
        "Cosmodrome. She was born in Vozdvizhenka and was selected in 2006. ")


def test_the_pipeline_has_our_components_after_the_model(nlp: Language) -> None:
    names = nlp.pipe_names
    assert names[-len(COMPONENTS):] == [name for name, _ in COMPONENTS]
    assert names.index("ner") < names.index("astrokg_entities")


def test_two_processes_give_the_same_facts_as_one(nlp: Language) -> None:
    articles = [Article(TEXT * (i + 1), id=f"a{i}", published="2014-10-01") for i in range(4)]
    one = [extracted_keys(x) for x in extract(nlp, articles, batch_size=2, n_process=1)]
    two = [extracted_keys(x) for x in extract(nlp, articles, batch_size=2, n_process=2)]
    assert one == two
    assert all(one)


def test_a_long_article_is_split_without_losing_text_or_offsets(nlp: Language) -> None:
    paragraph = "Filler text about the weather on the ground. " * 30 + "\n\n"
    text = paragraph * 3 + TEXT + paragraph * 3
    pieces = list(split_text(text, size=2000))
    assert len(pieces) > 3
    assert "".join(t for _, t, _ in pieces) == text
    assert all(text[o:o + len(t)] == t for o, t, _ in pieces)
    extraction = next(extract(nlp, [Article(text, id="long")]))
    assert extraction.words > 1000
    names = {e.key: e.name for e in extraction.entities}
    born = next(f for f in extraction.facts if f.predicate == "birthPlace")
    assert names[born.object] == "Vozdvizhenka"  # type: ignore[index]
    assert "born in Vozdvizhenka" in text[born.evidence.start:born.evidence.end + 20]
    start, end = extraction.sentences[born.evidence.sentence]
    assert "Vozdvizhenka" in text[start:end]


def test_articles_come_out_in_input_order(nlp: Language) -> None:
    articles = [Article("Yuri Gagarin flew.", id="x"), Article("", id="empty"), Article(TEXT, id="y")]
    assert [x.article.id for x in extract(nlp, articles, batch_size=1)] == ["x", "empty", "y"]


def test_the_pipeline_saves_and_loads_with_its_components(nlp: Language, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert loaded.pipe_names == nlp.pipe_names
    doc = loaded("Yelena Serova was born in Vozdvizhenka.")
    assert [f.predicate for f in from_plain(doc._.astrokg_facts)] == ["birthPlace"]


def test_a_failing_rule_loses_its_own_facts_not_the_article(
        nlp: Language, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    finder = nlp.get_pipe("astrokg_relations")

    def broken(*args: object) -> None:
        raise RuntimeError("a parse the rule did not foresee")

    monkeypatch.setitem(finder.handlers, "KIN", broken)
    monkeypatch.delenv(STRICT_ENV)  # as in production
    extraction = next(extract(nlp, [Article("Gus Grissom was born in Mitchell. His wife, Betty, survived him.")]))
    names = {e.key: e.name for e in extraction.entities}
    assert any(f.predicate == "birthPlace" and names[str(f.object)] == "Mitchell" for f in extraction.facts)
    assert not any(f.predicate == "spouse" for f in extraction.facts)
    assert "a parse the rule did not foresee" in caplog.text


def test_a_failing_rule_fails_the_tests(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    finder = nlp.get_pipe("astrokg_relations")

    def broken(*args: object) -> None:
        raise RuntimeError("a parse the rule did not foresee")

    monkeypatch.setitem(finder.handlers, "KIN", broken)
    with pytest.raises(RuntimeError, match="did not foresee"):
        next(extract(nlp, [Article("His wife, Betty Lane, survived him.")]))
