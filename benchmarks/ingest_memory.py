"""Peak memory of `kg ingest` for corpora of different sizes: it must not grow with the corpus.

Runs the real command in a subprocess on generated JSON Lines (gzipped) and samples the
resident memory of the ingest process and of its worker processes every 0.1 s, printing the
peak of each per corpus size and the ratio of the largest corpus's peak to the smallest's.

    python benchmarks/ingest_memory.py --sizes 1000 10000 --jobs 2

``--writer`` shows where the memory goes: the writer alone (resolve, map and write synthetic
extractions, no parsing) in this process, printing its RSS and its Python heap (tracemalloc)
as the store grows to each size.

    python benchmarks/ingest_memory.py --writer --sizes 1000 2000 5000 10000
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "benchmarks"))

import synth  # noqa: E402

from kg.ingest import graph_for  # noqa: E402
from kg.store.oxigraph import OxigraphStore  # noqa: E402
from tests.corpus import articles, write_jsonl  # noqa: E402


def peak_rss(command: list[str]) -> tuple[float, float, float, int]:
    """Peak RSS (MiB) of the main process and of the largest worker, seconds, exit code."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    main = psutil.Process(process.pid)
    top_main = top_worker = 0
    while process.poll() is None:
        try:
            top_main = max(top_main, main.memory_info().rss)
            for child in main.children(recursive=True):
                top_worker = max(top_worker, child.memory_info().rss)
        except psutil.Error:
            pass
        time.sleep(0.1)
    seconds = time.perf_counter() - started
    _, stderr = process.communicate()
    if process.returncode != 0:
        sys.stderr.write(stderr.decode()[-2000:])
    return top_main / 2**20, top_worker / 2**20, seconds, process.returncode


def writer_only(sizes: list[int], batch_size: int = 32) -> None:
    """RSS and Python heap of this process while it writes synthetic articles up to each size."""
    tracemalloc.start()
    rng = random.Random(7)
    crowd = synth.people(3000, rng)
    weights = [1.0 / (1 + i) ** 0.8 for i in range(len(crowd))]
    me = psutil.Process()
    with tempfile.TemporaryDirectory() as folder:
        store = OxigraphStore(Path(folder) / "data")
        batch = []
        for n in range(1, max(sizes) + 1):
            batch.append(synth.article(n, crowd, weights, rng))
            if len(batch) == batch_size or n in sizes:
                store.write([graph_for(store, e) for e in batch])
                batch = []
            if n in sizes:
                heap, heap_peak = tracemalloc.get_traced_memory()
                print(f"{n:>7,} articles written: RSS {me.memory_info().rss / 2**20:5.0f} MiB, Python heap "
                      f"{heap / 2**20:5.1f} MiB (peak {heap_peak / 2**20:.1f})", flush=True)
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--writer", action="store_true", help="measure the writer alone, in this process")
    args = parser.parse_args()
    if args.writer:
        writer_only(args.sizes)
        return
    peaks = []
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as folder:
            feed = write_jsonl(Path(folder) / "feed.jsonl.gz", articles(size, seed=size))
            command = [sys.executable, "-c", "from web.cli import main; main()", "--data-dir", f"{folder}/data",
                       "ingest", str(feed), "--jobs", str(args.jobs), "--quiet"]
            main_mib, worker_mib, seconds, code = peak_rss(command)
            stats = [sys.executable, "-c", "from web.cli import main; main()", "--data-dir", f"{folder}/data",
                     "stats", "--json"]
            started = time.perf_counter()
            counts = subprocess.run(stats, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True,
                                    text=True, check=True).stdout.strip()
            stats_seconds = time.perf_counter() - started
        peaks.append(main_mib)
        print(f"{size:>7,} articles: peak RSS ingest process {main_mib:6.0f} MiB, largest worker "
              f"{worker_mib:6.0f} MiB, {seconds:6.1f} s ({size / seconds:.1f} articles/s), exit {code}")
        print(f"         kg stats --json: {counts} in {stats_seconds:.2f} s (whole process)")
    print(f"ratio of peaks (largest corpus / smallest): {peaks[-1] / peaks[0]:.3f}  (1.0 = no growth)")


if __name__ == "__main__":
    main()
