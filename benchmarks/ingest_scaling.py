"""Scaling of ingest: articles/s with 1 and 2 local processes and with a 2-worker Dask
LocalCluster (processes, one thread each), on the same generated corpus in the same run,
next to raw nlp.pipe with 1 and 2 processes (what the machine itself gives).

    python benchmarks/ingest_scaling.py --articles 400
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extract import Article, load_nlp  # noqa: E402
from kg.ingest import ingest  # noqa: E402
from kg.store.oxigraph import OxigraphStore  # noqa: E402
from tests.corpus import articles  # noqa: E402


def timed(nlp_or_extractor, corpus: list[Article], jobs: int, batch_size: int) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as folder:
        store = OxigraphStore(Path(folder) / "data")
        started = time.perf_counter()
        report = ingest(store, nlp_or_extractor, corpus, batch_size=batch_size, n_process=jobs, keep_results=False)
        seconds = time.perf_counter() - started
        store.close()
    assert report.count("loaded") == len(corpus)
    return seconds, report.words


def raw(nlp, corpus: list[Article], jobs: int, batch_size: int) -> tuple[float, int]:
    """The reference: the same texts through spaCy's own nlp.pipe with the same processes."""
    started = time.perf_counter()
    words = sum(len(doc) for doc in nlp.pipe([a.text for a in corpus], n_process=jobs, batch_size=batch_size))
    return time.perf_counter() - started, words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=2, help="run each setting this many times, in turn; best kept")
    args = parser.parse_args()
    corpus = [Article(text=r["text"], id=r["id"], title=r["title"]) for r in articles(args.articles, seed=7)]
    nlp = load_nlp()
    from distributed import Client, LocalCluster

    from kg.cluster import DaskExtractor

    best: dict[str, tuple[float, int]] = {}

    def keep(name: str, seconds: float, words: int) -> None:
        if name not in best or seconds < best[name][0]:
            best[name] = (seconds, words)

    for _ in range(args.rounds):  # settings in turn, so a noisy minute hits them all alike
        for jobs in (1, 2):
            keep(f"kg ingest, {jobs} process{'es' if jobs > 1 else ''}", *timed(nlp, corpus, jobs, args.batch_size))
            keep(f"raw nlp.pipe, {jobs} process{'es' if jobs > 1 else ''}", *raw(nlp, corpus, jobs, args.batch_size))
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:  # cluster start-up left out: a cluster outlives one run
            extractor = DaskExtractor(client, nlp, batch_size=args.batch_size)
            keep("Dask LocalCluster, 2 workers", *timed(extractor, corpus, 1, args.batch_size))
    rows = [(name, seconds, words) for name, (seconds, words) in best.items()]
    base = rows[0][1]
    print(f"corpus: {len(corpus)} generated articles, batch size {args.batch_size}, best of {args.rounds}; "
          "worker pool start-up included, cluster start-up not")
    for name, seconds, words in rows:
        print(f"{name:30} {len(corpus) / seconds:7.1f} articles/s {words / seconds:9,.0f} words/s "
              f"speed-up {base / seconds:.2f}x")


if __name__ == "__main__":
    main()
