"""Scaling of ingest: articles/s with 1 and 2 local processes and with a 2-worker Dask
LocalCluster (processes, one thread each), on the same generated corpus in the same run.

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()
    corpus = [Article(text=r["text"], id=r["id"], title=r["title"]) for r in articles(args.articles, seed=7)]
    nlp = load_nlp()
    rows = []
    for jobs in (1, 2):
        seconds, words = timed(nlp, corpus, jobs, args.batch_size)
        rows.append((f"{jobs} process{'es' if jobs > 1 else ''}", seconds, words))
    from distributed import Client, LocalCluster

    from kg.cluster import DaskExtractor

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        extractor = DaskExtractor(client, nlp, batch_size=args.batch_size)
        seconds, words = timed(extractor, corpus, 1, args.batch_size)
        rows.append(("Dask LocalCluster, 2 workers", seconds, words))
    base = rows[0][1]
    print(f"corpus: {len(corpus)} generated articles, batch size {args.batch_size}; setup (pool, cluster) included")
    for name, seconds, words in rows:
        print(f"{name:30} {len(corpus) / seconds:7.1f} articles/s {words / seconds:9,.0f} words/s "
              f"speed-up {base / seconds:.2f}x")


if __name__ == "__main__":
    main()
