"""The passage index: kept by every write on both stores, rebuilt from the graph, searched
with hostile text safely, and shown for questions the graph cannot answer."""

from __future__ import annotations

import io
import sqlite3
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language

from extract.facts import Article, Extraction
from kg import passages
from kg.config import Settings
from kg.ingest import graph_for, ingest
from kg.iris import article_iri
from kg.passages import MAX_TERMS, PASSAGES_FILE, PassageIndex, fts_query, related
from kg.questions import Asker
from kg.store import Store, open_store
from kg.store.oxigraph import OxigraphStore
from kg.store.remote import RemoteStore
from tests.factories import ExtractionBuilder
from tests.kg.test_store_contract import wipe
from web.cli import cli


def recycler_article(extra: str = "") -> Extraction:
    """An article about invented people, with sentences no fact was read from."""
    b = ExtractionBuilder(
        "Commander Orla Venn trained in the Zephyr Basin for six weeks. The crew tested a new water "
        "recycler in the desert. Venn said the recycler saved forty litres a day." + extra,
        title="Venn tests the recycler", id="venn-recycler", published="2031-05-04",
    )
    b.entity("Orla Venn", "Astronaut", aliases=("Venn",))
    b.entity("Tamsin Okafor", "Astronaut")
    return b.build()


def garden_article() -> Extraction:
    b = ExtractionBuilder(
        "Flight engineer Tamsin Okafor grew lettuce in the orbital garden. Okafor is married to Idris Pell.",
        title="Lettuce in orbit", id="okafor-garden", published="2031-06-01",
    )
    b.entity("Tamsin Okafor", "Astronaut", aliases=("Okafor",))
    b.entity("Idris Pell", "Person")
    b.fact("Tamsin Okafor", "spouse", "Idris Pell", evidence="Okafor is married to Idris Pell")
    return b.build()


@pytest.fixture(params=["oxigraph", pytest.param("virtuoso", marks=pytest.mark.virtuoso)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """Each store keeps its passage index in the data directory."""
    if request.param == "oxigraph":
        embedded = OxigraphStore(tmp_path / "data")
        yield embedded
        embedded.close()
        return
    remote = RemoteStore(request.getfixturevalue("virtuoso_url"), timeout=30, passages=tmp_path / PASSAGES_FILE)
    wipe(remote)
    yield remote
    wipe(remote)
    remote.close()


def sentences(store: Store, question: str) -> list[str]:
    return [p.sentence for p in related(store, question)]


def test_writing_an_article_indexes_every_sentence(store: Store) -> None:
    store.write([graph_for(store, recycler_article())])
    assert store.passages is not None and len(store.passages) == 3
    # no fact was read from this sentence, and it is found by its words (stemmed: "saving" ~ "saved")
    assert sentences(store, "saving litres") == ["Venn said the recycler saved forty litres a day."]


def test_replacing_an_article_replaces_its_sentences(store: Store) -> None:
    store.write([graph_for(store, recycler_article())])
    store.write([graph_for(store, recycler_article(" The recycler later failed during a dust storm."))])
    assert store.passages is not None and len(store.passages) == 4
    assert sentences(store, "dust storm") == ["The recycler later failed during a dust storm."]
    assert store.write([graph_for(store, recycler_article(" Tea was served."))]) == ["replaced"]
    assert sentences(store, "dust storm") == []


def test_deleting_an_article_removes_its_sentences(store: Store) -> None:
    store.write([graph_for(store, recycler_article()), graph_for(store, garden_article())])
    assert store.delete([article_iri("venn-recycler")]) == 1
    assert store.passages is not None and store.passages.hashes().keys() == {article_iri("okafor-garden").value}
    assert sentences(store, "recycler") == []
    assert sentences(store, "lettuce") == ["Flight engineer Tamsin Okafor grew lettuce in the orbital garden."]


def test_a_passage_of_an_article_removed_behind_the_index_is_never_shown(store: Store) -> None:
    store.write([graph_for(store, recycler_article())])
    store.update(f"DROP SILENT GRAPH {article_iri('venn-recycler')}")  # a SPARQL update: the index does not see it
    assert store.passages is not None and len(store.passages) == 3
    assert sentences(store, "recycler") == []
    assert store.passages.rebuild(store) == 0 and len(store.passages) == 0


def test_a_rebuild_gives_the_index_that_writes_kept(store: Store) -> None:
    store.write([graph_for(store, recycler_article()), graph_for(store, garden_article())])
    assert store.passages is not None
    kept = (store.passages.hashes(), [(p.article, p.sentence) for p in related(store, "recycler lettuce water")])
    assert store.passages.rebuild(store) == 2
    assert (store.passages.hashes(), [(p.article, p.sentence) for p in related(store, "recycler lettuce water")]) \
        == kept


def test_a_rebuild_reads_the_store_page_by_page(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    store.write([graph_for(store, recycler_article()), graph_for(store, garden_article())])
    assert store.passages is not None
    whole = store.passages.hashes(), len(store.passages)
    monkeypatch.setattr(passages, "_LIST_PAGE", 1)
    monkeypatch.setattr(passages, "_SENTENCE_BATCH", 1)
    assert store.passages.rebuild(store) == 2
    assert (store.passages.hashes(), len(store.passages)) == whole


def test_a_new_index_file_is_built_from_the_store(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "data")
    store.write([graph_for(store, recycler_article())])
    store.close()
    (tmp_path / "data" / PASSAGES_FILE).unlink()  # a data directory from before the index
    store = OxigraphStore(tmp_path / "data")
    try:
        assert len(sentences(store, "recycler")) == 2
    finally:
        store.close()


def test_a_damaged_index_file_is_built_again(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "data")
    store.write([graph_for(store, recycler_article())])
    store.close()
    (tmp_path / "data" / PASSAGES_FILE).write_bytes(b"not an SQLite file, " * 100)
    store = OxigraphStore(tmp_path / "data")
    try:
        assert len(sentences(store, "recycler")) == 2
    finally:
        store.close()


def test_kg_reindex_rebuilds_from_the_graph(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    store = open_store(settings)
    store.write([graph_for(store, recycler_article())])
    assert store.passages is not None
    store.passages.remove([article_iri("venn-recycler")])  # as a crash between store and index would
    assert sentences(store, "recycler") == []
    store.close()
    result = CliRunner().invoke(cli, ["--data-dir", str(settings.data_dir), "reindex"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "indexed 3 sentences of 1 articles" in result.output
    store = open_store(settings)
    try:
        assert len(sentences(store, "recycler")) == 2
    finally:
        store.close()


def test_ingest_indexes_what_it_writes(store: Store, nlp: Language) -> None:
    text = "Mission specialist Brannock Thale repaired the cooling loop of the Quillon module on Tuesday."
    report = ingest(store, nlp, [Article(text, "Repairs", None, "2031-07-07", "thale-repairs")])
    assert report.count("loaded") == 1
    assert sentences(store, "cooling loop repairs") == [text]


# ---------------------------------------------------------------------- hostile text


@pytest.mark.parametrize("text", [
    'NEAR(recycler water', '"recycler', 'recycler"', "recycler*", "* OR recycler", "recycler OR", "recycler AND NOT",
    "^recycler", "recycler:water", "{recycler}", "(recycler", "-recycler", "recycler + water NEAR/2",
])
def test_fts_syntax_in_a_question_is_only_words(store: Store, text: str) -> None:
    store.write([graph_for(store, recycler_article())])
    found = sentences(store, text)
    assert found and all("recycler" in s for s in found)


def test_fts_query_quotes_every_word_itself() -> None:
    query = fts_query('a "bb" NEAR(cc, 2) dd* OR ee:ff')
    assert query == '"bb" OR "near" OR "cc" OR "2" OR "dd" OR "or" OR "ee" OR "ff"'
    assert fts_query("") == "" and fts_query('"*()') == ""


def test_ten_kilobytes_of_text_are_searched_in_bounded_terms_and_time(store: Store) -> None:
    store.write([graph_for(store, recycler_article())])
    text = " ".join(f"word{n} NEAR( \" * OR" for n in range(1200)) + " recycler"
    assert len(text) > 10_000
    assert fts_query(text).count(" OR ") == MAX_TERMS - 1
    started = time.perf_counter()
    assert related(store, text) == ()  # "recycler" is past the words searched for
    assert time.perf_counter() - started < 5
    assert len(related(store, "recycler " + text)) == 2


def test_a_search_past_its_time_limit_is_stopped(store: Store) -> None:
    store.write([graph_for(store, recycler_article())])
    assert store.passages is not None
    assert store.passages.search("recycler water")
    assert store.passages.search("recycler water", timeout=0.0) == []


def test_threads_search_side_by_side_and_each_sees_the_latest_write(store: Store) -> None:
    """Each thread searches through a connection of its own, kept open between its searches:
    one that searched before a write still finds what the write added."""
    store.write([graph_for(store, recycler_article())])
    index = store.passages
    assert index is not None

    def titles(_: int) -> set[str | None]:
        return {hit.title for hit in index.search("lettuce recycler")}

    with ThreadPoolExecutor(max_workers=3) as pool:  # the same threads for both rounds
        before = list(pool.map(titles, range(9)))
        store.write([graph_for(store, garden_article())])
        after = list(pool.map(titles, range(9)))
    assert before == [{"Venn tests the recycler"}] * 9
    assert after == [{"Venn tests the recycler", "Lettuce in orbit"}] * 9


# ---------------------------------------------------------------------- questions


def test_an_unanswerable_question_gets_passages_with_its_words_and_no_answers(
        store: Store, nlp: Language) -> None:
    store.write([graph_for(store, recycler_article()), graph_for(store, garden_article())])
    asker = Asker(store, nlp)
    reply = asker.answer("How many litres did the water recycler save?")
    assert reply.answers == ()
    assert reply.passages, reply.message
    assert reply.passages[0].sentence == "Venn said the recycler saved forty litres a day."
    for passage in reply.passages:
        assert {"recycler", "water", "litres"} & set(passage.sentence.lower().replace(".", "").split())
        assert passage.article == "venn-recycler" and passage.title == "Venn tests the recycler"
    data = reply.as_dict()
    assert data["answers"] == [] and data["passages"][0]["sentence"] == reply.passages[0].sentence
    assert set(data["passages"][0]) >= {"article", "title", "sentence", "score"}


def test_an_answered_question_has_no_passages(store: Store, nlp: Language) -> None:
    store.write([graph_for(store, garden_article())])
    reply = Asker(store, nlp).answer("Who is Tamsin Okafor married to?")
    assert [a.label for a in reply.answers] == ["Idris Pell"]
    assert reply.passages == () and reply.as_dict()["passages"] == []


def test_kg_ask_prints_passages_under_their_heading(tmp_path: Path, session_nlp_for_commands: Language) -> None:
    store = OxigraphStore(tmp_path / "data")
    store.write([graph_for(store, recycler_article())])
    store.close()
    base = ["--data-dir", str(tmp_path / "data"), "ask"]
    result = CliRunner().invoke(cli, [*base, "How many litres did the water recycler save?"])
    assert result.exit_code == 1
    heading, first = result.stdout.splitlines()[:2]
    assert heading == "Not answered from the graph; related passages:"
    assert first == "  Venn tests the recycler [venn-recycler]: Venn said the recycler saved forty litres a day."


def test_importing_a_dump_indexes_its_articles(tmp_path: Path) -> None:
    source = OxigraphStore(tmp_path / "source")
    source.write([graph_for(source, recycler_article())])
    dump = io.BytesIO()
    source.dump(dump, "nquads")
    source.close()
    target = OxigraphStore(tmp_path / "target")
    try:
        target.load(io.BytesIO(dump.getvalue()), "nquads")
        assert len(sentences(target, "recycler")) == 2
    finally:
        target.close()


def test_an_index_that_cannot_be_written_does_not_fail_the_store_write(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full (injected)")

    with monkeypatch.context() as patch:
        patch.setattr(PassageIndex, "_put", full)
        assert store.write([graph_for(store, recycler_article())]) == ["loaded"]
    assert store.article_hashes([article_iri("venn-recycler")]) and sentences(store, "recycler") == []
    assert store.passages is not None and store.passages.rebuild(store) == 1
    assert len(sentences(store, "recycler")) == 2


def test_passages_skip_the_headline_again_and_fragments_of_the_splitter(tmp_path: Path, nlp: Language) -> None:
    """The article's name is shown beside each passage, so its headline repeated as a sentence,
    or a lone name the sentence splitter cut off, tells the reader nothing."""
    from kg.sources import read_paths

    (tmp_path / "venn.txt").write_text("Venn Tests Recycler in Desert\n\nVenn\n\n"
                                       "The recycler of Orla Venn saved water in the desert.\n", encoding="utf-8")
    store = OxigraphStore(tmp_path / "data")
    try:
        ingest(store, nlp, read_paths([str(tmp_path / "venn.txt")]))
        assert store.passages is not None and len(store.passages) >= 2  # the pieces are indexed
        assert sentences(store, "Venn recycler desert") == ["The recycler of Orla Venn saved water in the desert."]
    finally:
        store.close()
