"""Throughput of `kg ingest` next to raw `nlp.pipe` on the same texts, model and processes.

Prints articles/s and words/s of both, measured in the same run, and their ratio (the aim is
at least 0.85: everything ingest adds around the parse costs at most 15%), then the store's
write-only throughput (quads/s and facts/s of OxigraphStore.write for already-mapped articles,
in writes of the size ingest makes: as many batches as it keeps in flight, two per process).

    python benchmarks/ingest_throughput.py --jobs 2                 # the dev articles x 20 (660)
    python benchmarks/ingest_throughput.py --generated 1000 --jobs 2  # generated articles
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pyoxigraph import DefaultGraph, Quad, Store  # noqa: E402

from extract import Article, load_nlp  # noqa: E402
from kg.extraction_pool import InProcess  # noqa: E402
from kg.ingest import graph_for, ingest  # noqa: E402
from kg.sources import read_paths  # noqa: E402
from kg.store.oxigraph import OxigraphStore  # noqa: E402
from tests.corpus import articles, write_jsonl  # noqa: E402

DEV = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "articles" / "dev"


def dev_articles(copies: int) -> list[dict[str, str]]:
    """The dev articles, each ``copies`` times under its own id (so each is loaded, not skipped)."""
    records = [json.loads(path.read_text()) for path in sorted(DEV.glob("*.json"))]
    return [{key: (f"{r['id']}-{k}" if key == "id" else r[key]) for key in ("id", "title", "published", "text")
             if r.get(key)} for k in range(copies) for r in records]


def cpu() -> tuple[float, float]:
    """CPU seconds (user and system) of this process and of its children that have ended."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def raw_pipe(nlp, texts: list[str], jobs: int, batch_size: int) -> tuple[float, int, float, float]:
    """Seconds, words, and CPU seconds of this process and of the workers."""
    (own, children), started = cpu(), time.perf_counter()
    words = sum(len(doc) for doc in nlp.pipe(texts, n_process=jobs, batch_size=batch_size))
    seconds, (own_after, children_after) = time.perf_counter() - started, cpu()
    return seconds, words, own_after - own, children_after - children


def kg_ingest(nlp, feed: Path, jobs: int, batch_size: int) -> tuple[float, int, int, float, float]:
    """Seconds, words, articles loaded, and CPU seconds of this process (the writer) and of the workers."""
    with tempfile.TemporaryDirectory() as folder:
        store = OxigraphStore(Path(folder) / "data")
        (own, children), started = cpu(), time.perf_counter()
        report = ingest(store, nlp, read_paths([str(feed)]), batch_size=batch_size, n_process=jobs,
                        keep_results=False)
        seconds, (own_after, children_after) = time.perf_counter() - started, cpu()
        store.close()
    assert report.count("failed") == 0, report.failed[:3]
    return seconds, report.words, report.count("loaded"), own_after - own, children_after - children


def write_only(nlp, records: list[dict[str, str]], batch_size: int) -> tuple[float, float, int, int, int]:
    """Seconds to write already-mapped article graphs through OxigraphStore.write, and to
    ``bulk_extend`` a bare pyoxigraph store with the same quads in the same batches (the reference),
    with quads, facts and articles written."""
    corpus = [Article(text=r["text"], id=r["id"], title=r["title"]) for r in records]
    extractions = [e for e in InProcess(nlp, batch_size).submit(corpus).result()]
    with tempfile.TemporaryDirectory() as folder:
        store = OxigraphStore(Path(folder) / "data")
        graphs = [graph_for(store, e) for e in extractions]  # resolved against the empty store
        started = time.perf_counter()
        for i in range(0, len(graphs), batch_size):
            store.write(graphs[i:i + batch_size])
        seconds = time.perf_counter() - started
        store.close()
        batches = [[q for g in graphs[i:i + batch_size] for q in
                    (*g.quads(), *(Quad(t.subject, t.predicate, t.object, DefaultGraph()) for t in g.facts))]
                   for i in range(0, len(graphs), batch_size)]
        bare = Store(str(Path(folder) / "bare"))
        started = time.perf_counter()
        for batch in batches:
            bare.bulk_extend(batch)
        bare_seconds = time.perf_counter() - started
    quads = sum(len(g) + len(g.facts) for g in graphs)  # article graph + merged default graph
    return seconds, bare_seconds, quads, sum(len(g.facts) for g in graphs), len(graphs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20, help="times each dev article is loaded")
    parser.add_argument("--generated", type=int, default=0, help="this many generated articles instead")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=1, help="alternate raw and ingest this many times")
    parser.add_argument("--no-write-only", action="store_true", help="skip the store's write-only figures")
    args = parser.parse_args()

    records = list(articles(args.generated, seed=2024)) if args.generated else dev_articles(args.copies)
    texts = [r["text"] for r in records]
    nlp = load_nlp()
    with tempfile.TemporaryDirectory() as folder:
        feed = write_jsonl(Path(folder) / "feed.jsonl.gz", records)
        raw_runs, ingest_runs = [], []
        for _ in range(args.rounds):
            seconds, raw_words, own, workers = raw_pipe(nlp, texts, args.jobs, args.batch_size)
            raw_runs.append((seconds, own, workers))
            seconds, words, loaded, own, workers = kg_ingest(nlp, feed, args.jobs, args.batch_size)
            ingest_runs.append((seconds, own, workers))
            assert loaded == len(records)
    n = len(records)
    raw, ing = min(r[0] for r in raw_runs), min(r[0] for r in ingest_runs)
    kind = "generated" if args.generated else f"dev (x{args.copies})"
    print(f"corpus: {n} {kind} articles, {raw_words:,} tokens ({raw_words / n:.0f} per article), "
          f"{args.jobs} process(es), batch size {args.batch_size}, best of {args.rounds}")
    print(f"raw nlp.pipe : {n / raw:8.1f} articles/s  {raw_words / raw:9,.0f} words/s  ({raw:.1f} s)")
    print(f"kg ingest    : {n / ing:8.1f} articles/s  {words / ing:9,.0f} words/s  ({ing:.1f} s)")
    print(f"ratio ingest/raw: {raw / ing:.3f}  (aim >= 0.85)")
    if args.rounds > 1:
        ratios = [r[0] / i[0] for r, i in zip(raw_runs, ingest_runs, strict=True)]
        print(f"ratio per round (raw and ingest one after the other): median {statistics.median(ratios):.3f}, "
              f"{min(ratios):.3f} to {max(ratios):.3f}")

    def ms(runs: list[tuple[float, float, float]], part: int) -> float:  # median CPU per article
        return statistics.median(1000 * r[part] / n for r in runs)
    raw_cpu, ingest_cpu = ms(raw_runs, 1) + ms(raw_runs, 2), ms(ingest_runs, 1) + ms(ingest_runs, 2)
    print(f"CPU per article (median of rounds): raw {ms(raw_runs, 1):.2f} ms in this process + "
          f"{ms(raw_runs, 2):.2f} in workers; ingest {ms(ingest_runs, 1):.2f} ms in the writer + "
          f"{ms(ingest_runs, 2):.2f} in workers; CPU ratio raw/ingest {raw_cpu / ingest_cpu:.3f}")
    if args.no_write_only:
        return
    seconds, bare, quads, facts, written = write_only(nlp, records[: min(n, 500)], args.batch_size * 2 * args.jobs)
    print(f"store write-only: {written / seconds:,.0f} articles/s, {quads / seconds:,.0f} quads/s, "
          f"{facts / seconds:,.0f} facts/s ({quads:,} quads, {facts:,} merged-graph facts in {seconds:.2f} s)")
    print(f"bare pyoxigraph bulk_extend, same quads and batches: {quads / bare:,.0f} quads/s; "
          f"ratio store/bare: {bare / seconds:.2f}")


if __name__ == "__main__":
    main()
