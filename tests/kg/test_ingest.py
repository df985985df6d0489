"""Bulk ingest: the same graph whatever the order, batch size or processes; unchanged
articles skipped unparsed; one bad article fails alone; the command's summary and codes."""

from __future__ import annotations

import io
import json
import random
from collections.abc import Sequence
from pathlib import Path

import pytest
import spacy
from click.testing import CliRunner
from spacy.language import Language

from extract import Article, Extraction
from kg.extraction_pool import Outcome, Pending
from kg.ingest import ingest
from kg.sources import Item, read_paths
from kg.store.oxigraph import OxigraphStore
from tests.corpus import articles, write_jsonl
from tests.factories import ExtractionBuilder
from web.cli import cli


def _nquads(store: OxigraphStore) -> set[str]:
    out = io.BytesIO()
    store.dump(out, "nquads")
    return set(out.getvalue().decode("utf-8").splitlines())


def _corpus(n: int, seed: int) -> list[Article]:
    return [Article(text=r["text"], title=r["title"], url=r["url"], published=r["published"], id=r["id"],
                    origin=r["id"]) for r in articles(n, seed)]


def test_the_graph_is_the_same_whatever_the_order_batch_size_and_processes(nlp: Language, tmp_path: Path) -> None:
    corpus = _corpus(14, seed=11)
    shuffled = corpus[:]
    random.Random(3).shuffle(shuffled)
    graphs = []
    for name, items, batch, jobs in (("a", corpus, 32, 1), ("b", corpus[::-1], 3, 1), ("c", shuffled, 2, 2)):
        store = OxigraphStore(tmp_path / name)
        report = ingest(store, nlp, items, batch_size=batch, n_process=jobs)
        assert report.count("loaded") == len(corpus)
        graphs.append(_nquads(store))
        store.close()
    assert graphs[0] == graphs[1] == graphs[2]
    assert len(graphs[0]) > 1000


class _Handmade:
    """Extraction at the boundary: hand-built extractions by article id (no spaCy)."""

    window = 1

    def __init__(self, extractions: dict[str, Extraction]) -> None:
        self.extractions = extractions
        self.submitted: list[str] = []

    def submit(self, batch: Sequence[Article]) -> Pending:
        self.submitted += [a.key for a in batch]
        return _Ready([self.extractions[a.key] for a in batch])

    def close(self) -> None:
        pass


class _Ready:
    def __init__(self, outcomes: list[Outcome]) -> None:
        self.outcomes = outcomes

    def result(self) -> list[Outcome]:
        return self.outcomes


def _kelly_articles() -> dict[str, Extraction]:
    full = ExtractionBuilder("Scott Kelly landed in Kazakhstan. Kelly spent 340 days in orbit.", id="full")
    full.entity("Scott Kelly", "Astronaut", aliases=("Kelly",))
    bare = ExtractionBuilder("Kelly thanked the recovery team in Kazakhstan.", id="bare")
    bare.entity("Kelly", "Astronaut")
    return {"full": full.build(), "bare": bare.build()}


@pytest.mark.issue(6)
def test_a_bare_surname_resolves_the_same_whichever_article_comes_first(tmp_path: Path) -> None:
    extractions = _kelly_articles()
    dumps = []
    for name, order in (("ab", ["full", "bare"]), ("ba", ["bare", "full"])):
        store = OxigraphStore(tmp_path / name)
        ingest(store, _Handmade(extractions), [extractions[k].article for k in order], batch_size=1)
        dumps.append(_nquads(store))
        store.close()
    assert dumps[0] == dumps[1]


def test_unchanged_articles_are_skipped_without_parsing_and_a_change_replaces_one(tmp_path: Path) -> None:
    extractions = _kelly_articles()
    store = OxigraphStore(tmp_path / "db")
    first = _Handmade(extractions)
    ingest(store, first, [e.article for e in extractions.values()])
    before = _nquads(store)
    again = _Handmade(extractions)
    report = ingest(store, again, [e.article for e in extractions.values()])
    assert again.submitted == [] and report.count("unchanged") == 2
    assert _nquads(store) == before
    changed = ExtractionBuilder("Kelly thanked the doctors in Houston.", id="bare")
    changed.entity("Kelly", "Astronaut")
    changed.entity("Houston", "Place")
    report = ingest(store, _Handmade({"bare": changed.build()}), [changed.build().article])
    assert report.count("replaced") == 1
    after = _nquads(store)
    full_graph = {q for q in before if "/article/full>" in q.rsplit(" ", 2)[-2]}
    assert full_graph and full_graph <= after
    assert any("Houston" in q for q in after) and not any("recovery team" in q for q in after)
    store.close()


def test_an_article_that_breaks_the_pipeline_fails_alone(tmp_path: Path) -> None:
    @Language.component("explode_on_marker")
    def explode(doc: spacy.tokens.Doc) -> spacy.tokens.Doc:
        if "EXPLODE" in doc.text:
            raise RuntimeError("the parser gave up")
        return doc

    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    blank.add_pipe("explode_on_marker")
    items: list[Item] = [Article(text=t, origin=f"in:{i + 1}") for i, t in
                         enumerate(["Koch flew.", "EXPLODE here.", "Meir landed.", "Rubio returned."])]
    store = OxigraphStore(tmp_path / "db")
    report = ingest(store, blank, items, batch_size=4)
    assert report.count("loaded") == 3
    assert [(f.origin, f.reason) for f in report.failed] == [
        ("in:2", "extraction failed: RuntimeError: the parser gave up")]
    assert store.stats().articles == 3
    store.close()


def test_a_huge_article_is_loaded_whole(nlp: Language, tmp_path: Path) -> None:
    paragraph = "Peggy Whitson worked on the station. She repaired a pump with Jack Fischer.\n\n"
    huge = paragraph * 1400  # about 105k characters: more than one piece
    store = OxigraphStore(tmp_path / "db")
    report = ingest(store, nlp, [Article(text=huge, id="huge")])
    assert report.count("loaded") == 1
    rows = store.query("SELECT ?body WHERE { GRAPH ?g { ?a <https://schema.org/articleBody> ?body } }")
    assert [len(r["body"].value) for r in rows] == [len(huge)]  # type: ignore[union-attr]
    assert report.words > 1400 * 15
    store.close()


def test_the_command_reports_failures_by_file_and_line_and_exits_1(tmp_path: Path,
                                                                 session_nlp_for_commands: Language) -> None:
    feed = write_jsonl(tmp_path / "feed.jsonl", list(articles(4, seed=8)))
    with feed.open("a", encoding="utf-8") as handle:
        handle.write('{"title": "no body"}\n')
    (tmp_path / "photo.txt").write_bytes(b"\x00\x01binary")
    report = tmp_path / "report.json"
    runner = CliRunner()
    args = ["--data-dir", str(tmp_path / "data"), "ingest", "--jobs", "1", str(feed), str(tmp_path / "photo.txt"),
            "--report", str(report)]
    result = runner.invoke(cli, args)
    assert result.exit_code == 1, result.output
    assert "loaded 4, replaced 0, unchanged 0, failed 2" in result.output
    assert f"{feed} line 5: no 'text' field" in result.output
    data = json.loads(report.read_text())
    assert data["loaded"] == 4 and data["words"] > 0 and data["words_per_second"] > 0
    assert {(f["file"], f.get("line")) for f in data["failures"]} == {
        (str(feed), 5), (str(tmp_path / "photo.txt"), None)}
    again = runner.invoke(cli, args[:-2] + ["--quiet"])
    assert again.exit_code == 1 and "unchanged 4" in again.output
    clean = runner.invoke(cli, ["--data-dir", str(tmp_path / "data"), "ingest", "-j", "1", str(feed), "-q"])
    assert clean.exit_code == 1  # line 5 still has no text
    assert runner.invoke(cli, ["ingest"]).exit_code == 2
    assert "Exit codes" in runner.invoke(cli, ["ingest", "--help"]).output


def test_read_paths_feeds_ingest_lazily(nlp: Language, tmp_path: Path) -> None:
    write_jsonl(tmp_path / "feed.jsonl.gz", articles(6, seed=9))
    store = OxigraphStore(tmp_path / "db")
    report = ingest(store, nlp, read_paths([str(tmp_path)]), batch_size=2, keep_results=False)
    assert report.count("loaded") == 6 and report.results == []
    assert store.stats().articles == 6
    store.close()


def test_stats_json_counts_match_the_graph(tmp_path: Path) -> None:
    from tests.kg.conftest import giffords_article, twins_article

    extractions = {e.article.key: e for e in (twins_article(), giffords_article(), *_kelly_articles().values())}
    store = OxigraphStore(tmp_path / "data")
    ingest(store, _Handmade(extractions), [e.article for e in extractions.values()], batch_size=2)
    exact = store.query(
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { "
        "?a a <https://w3id.org/astrokg/ontology#Assertion> ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> ?s ;"
        " <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> ?p ; "
        "<http://www.w3.org/1999/02/22-rdf-syntax-ns#object> ?o } } }")
    quads = len(_nquads(store))
    store.close()
    result = CliRunner().invoke(cli, ["--data-dir", str(tmp_path / "data"), "stats", "--json"])
    counts = json.loads(result.output)
    assert counts["articles"] == 4
    assert counts["facts"] == int(exact.rows[0]["n"].value) == 3  # type: ignore[union-attr]
    assert counts["triples"] == quads
