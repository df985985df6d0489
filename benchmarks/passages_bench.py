"""The passage index (SQLite FTS5, kg/passages.py): build time, query latency and size, next to
references measured in the same run on the same sentences.

* build: seconds per 1,000 articles to index them as ingest does (after each store write, in
  batches) and to rebuild from the store (``kg reindex``), next to the store's own write time
  for the same articles (so the ratio is what the index adds to a write);
* query: p50/p95 of :func:`kg.passages.related` (search, then the check against the store)
  for questions made of the corpus's words, next to the plain SPARQL alternative over the
  same sentences (a regex of the question's words, first matches, no ranking);
* size: the index file next to the store directory.

With ``tantivy`` importable (``pip install --target DIR tantivy``, then ``PYTHONPATH=DIR``),
the same build and queries on tantivy too, the other library considered.

    python benchmarks/passages_bench.py --articles 5000
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pyoxigraph import Literal  # noqa: E402

from benchmarks.synth import article, people  # noqa: E402
from kg.iris import entity_iri  # noqa: E402
from kg.mapping import ArticleGraph, Resolved, to_graph  # noqa: E402
from kg.passages import PASSAGES_FILE, fts_query, related  # noqa: E402
from kg.store.oxigraph import OxigraphStore  # noqa: E402
from kg.store.sparql import Rows  # noqa: E402

BATCH = 32  # kg ingest's default batch size
SCAN = """SELECT ?a ?text WHERE { GRAPH ?a { ?s <https://schema.org/text> ?text } FILTER(REGEX(?text, ?pattern, "i")) }
LIMIT 20"""
EXTRA = ("The crew tested a new {w} recycler during the {x} campaign.", "Engineers said the {w} valve on the {x} "
         "module leaked for two days.", "Students in {x} spoke to the {w} crew by radio.")
WORDS = ("water", "oxygen", "cooling", "thermal", "solar", "docking", "cargo", "robotic", "medical", "garden")
PLACES = ("Houston", "Cologne", "Tsukuba", "Star City", "Montreal", "Toulouse", "Bangalore", "Perth")


def graphs(count: int, seed: int = 7) -> list[ArticleGraph]:
    """Synthetic articles (benchmarks/synth.py) with three more sentences no fact comes from."""
    rng = random.Random(seed)
    crowd = people(3000, rng)
    weights = [1.0 / (1 + i) ** 0.8 for i in range(len(crowd))]
    out = []
    for n in range(count):
        extraction = article(n, crowd, weights, rng)
        text = extraction.article.text
        sentences = list(extraction.sentences)
        for template in EXTRA:
            line = template.format(w=rng.choice(WORDS), x=rng.choice(PLACES))
            start = len(text) + 1
            text = f"{text} {line}"
            sentences.append((start, len(text)))
        extraction = replace(extraction, article=replace(extraction.article, text=text), sentences=tuple(sentences))
        resolved = {e.key: Resolved(entity_iri(e.name), e.name) for e in extraction.entities}
        out.append(to_graph(extraction, resolved))
    return out


def questions(count: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    forms = ("What happened to the {w} valve in {x}?", "Did the {w} recycler work?",
             "Who spoke to the crew from {x}?", "Why did the {w} module leak?", "Which {w} campaign ran in {x}?")
    return [rng.choice(forms).format(w=rng.choice(WORDS), x=rng.choice(PLACES)) for _ in range(count)]


def percentiles(samples: list[float]) -> tuple[float, float]:
    cuts = statistics.quantiles(samples, n=20)
    return statistics.median(samples), cuts[18]


def size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else path.stat().st_size


def bench_fts(articles: list[ArticleGraph], asked: list[str], folder: Path) -> dict[str, float]:
    store = OxigraphStore(folder / "data")
    index = store.passages
    assert index is not None
    store.passages = None  # time the store's write alone, then the index's
    store_seconds = index_seconds = 0.0
    for at in range(0, len(articles), BATCH):
        batch = articles[at:at + BATCH]
        started = time.perf_counter()
        store.write(batch)
        store_seconds += time.perf_counter() - started
        started = time.perf_counter()
        index.put(batch)
        index_seconds += time.perf_counter() - started
    store.passages = index
    started = time.perf_counter()
    index.rebuild(store)
    rebuild_seconds = time.perf_counter() - started
    sentences = len(index)
    related(store, asked[0])  # warm: stop words, caches
    fts = []
    for q in asked:
        started = time.perf_counter()
        found = related(store, q)
        fts.append(time.perf_counter() - started)
        assert found, q
    scan = []
    for q in asked[: max(10, len(asked) // 10)]:  # the scan is slow: a tenth of the questions
        pattern = "|".join(re.escape(w.strip('"')) for w in fts_query(q, _stop_words()).split(" OR "))
        started = time.perf_counter()
        rows = store.query(SCAN, {"pattern": Literal(pattern)})
        scan.append(time.perf_counter() - started)
        assert isinstance(rows, Rows) and rows.rows, q
    store.close()
    per_k = 1000 / len(articles)
    return {
        "sentences": sentences, "store_write_s_per_1k": store_seconds * per_k,
        "index_put_s_per_1k": index_seconds * per_k,
        "rebuild_s_per_1k": rebuild_seconds * per_k, "fts_p50_ms": 1000 * percentiles(fts)[0],
        "fts_p95_ms": 1000 * percentiles(fts)[1], "scan_p50_ms": 1000 * percentiles(scan)[0],
        "scan_p95_ms": 1000 * percentiles(scan)[1], "index_mb": size(folder / "data" / PASSAGES_FILE) / 1e6,
        "store_mb": (size(folder / "data") - size(folder / "data" / PASSAGES_FILE)) / 1e6,
    }


def bench_tantivy(articles: list[ArticleGraph], asked: list[str], folder: Path) -> dict[str, float] | None:
    try:
        import tantivy
    except ImportError:
        return None
    from kg.passages import _sentences

    builder = tantivy.SchemaBuilder()
    builder.add_text_field("text", stored=True, tokenizer_name="en_stem")
    builder.add_text_field("article", stored=True, tokenizer_name="raw")
    schema = builder.build()
    (folder / "tantivy").mkdir()
    index = tantivy.Index(schema, path=str(folder / "tantivy"))
    writer = index.writer()
    started = time.perf_counter()
    for at in range(0, len(articles), BATCH):
        for graph in articles[at:at + BATCH]:
            for _, text in _sentences(graph):
                writer.add_document(tantivy.Document(text=text, article=graph.iri.value))
        writer.commit()  # one commit per batch, as ingest would
    writer.wait_merging_threads()
    build = time.perf_counter() - started
    index.reload()
    searcher = index.searcher()
    latencies = []
    for q in asked:
        started = time.perf_counter()
        hits = searcher.search(index.parse_query(fts_query(q, _stop_words()), ["text"]), 20).hits
        _ = [searcher.doc(address)["text"] for _, address in hits]
        latencies.append(time.perf_counter() - started)
        assert hits, q
    return {"build_s_per_1k": build * 1000 / len(articles), "p50_ms": 1000 * percentiles(latencies)[0],
            "p95_ms": 1000 * percentiles(latencies)[1], "index_mb": size(folder / "tantivy") / 1e6}


def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--questions", type=int, default=300)
    args = parser.parse_args()
    articles = graphs(args.articles)
    asked = questions(args.questions)
    with tempfile.TemporaryDirectory() as folder:
        fts = bench_fts(articles, asked, Path(folder))
        other = bench_tantivy(articles, asked, Path(folder))
    print(f"{args.articles} articles, {fts['sentences']:.0f} sentences, {args.questions} questions")
    print(f"store write          {fts['store_write_s_per_1k']:.2f} s per 1,000 articles (reference)")
    print(f"index on write       {fts['index_put_s_per_1k']:.2f} s per 1,000 articles "
          f"({fts['index_put_s_per_1k'] / fts['store_write_s_per_1k']:.2f}x the store write)")
    print(f"rebuild (reindex)    {fts['rebuild_s_per_1k']:.2f} s per 1,000 articles")
    print(f"passages (FTS5)      p50 {fts['fts_p50_ms']:.2f} ms, p95 {fts['fts_p95_ms']:.2f} ms")
    print(f"SPARQL regex scan    p50 {fts['scan_p50_ms']:.1f} ms, p95 {fts['scan_p95_ms']:.1f} ms "
          f"(reference; FTS5 is {fts['scan_p50_ms'] / fts['fts_p50_ms']:.0f}x faster at p50, unranked vs ranked)")
    print(f"size                 index {fts['index_mb']:.1f} MB, store {fts['store_mb']:.1f} MB "
          f"({fts['index_mb'] / fts['store_mb']:.2f}x), {1e6 * fts['index_mb'] / fts['sentences']:.0f} B/sentence")
    if other is not None:
        print(f"tantivy              build {other['build_s_per_1k']:.2f} s per 1,000 articles, "
              f"p50 {other['p50_ms']:.2f} ms, p95 {other['p95_ms']:.2f} ms, index {other['index_mb']:.1f} MB")


if __name__ == "__main__":
    main()
