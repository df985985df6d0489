"""Extraction speed: words per second of the full astrokg pipeline next to the bare spaCy
model (``nlp.pipe`` of en_core_web_sm) on the same texts, in the same run, and their ratio.

The texts are the project's own development articles (samples/ and the dev, news-dev and
news-dev2 sets of tests/fixtures/articles/; never the frozen news-test set, which no development
tool reads), repeated to make a corpus of about --words words. The two pipelines take turns
--repeat times; the best time of each counts (the machine is shared, so single runs are noisy).

Run: python benchmarks/extract_speed.py [--words 30000] [--repeat 5] [--n-process 1]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract import Article, extract, load_nlp  # noqa: E402

#: the sets of tests/fixtures/articles/ timed: the development sets, never the frozen one
DEVELOPMENT = ("dev", "news-dev", "news-dev2")


def corpus(words: int) -> list[str]:
    articles = ROOT / "tests" / "fixtures" / "articles"
    files = sorted((ROOT / "samples").glob("*.json")) + [
        f for name in DEVELOPMENT for f in sorted((articles / name).glob("*.json"))]
    texts = [json.loads(f.read_text(encoding="utf-8"))["text"] for f in files]
    out: list[str] = []
    count = 0
    while count < words:
        for text in texts:
            out.append(text)
            count += len(text.split())
    return out


def best_of(repeat: int, clock: Callable[[], float], *runs: Callable[[], None]) -> list[float]:
    """The best time of each run over ``repeat`` rounds, the runs taking turns within a
    round so that load from other processes falls on both alike."""
    best = [float("inf")] * len(runs)
    for _ in range(repeat):
        for i, run in enumerate(runs):
            started = clock()
            run()
            best[i] = min(best[i], clock() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=30_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--n-process", type=int, default=1)
    args = parser.parse_args()
    texts = corpus(args.words)
    base = load_nlp(components=False)
    full = load_nlp()
    articles = [Article(t, id=str(i), published="2020-01-01") for i, t in enumerate(texts)]
    tokens = sum(len(d) for d in base.pipe(texts, batch_size=args.batch_size))

    def bare() -> None:
        for _ in base.pipe(texts, batch_size=args.batch_size, n_process=args.n_process):
            pass

    def ours() -> None:
        for _ in extract(full, articles, batch_size=args.batch_size, n_process=args.n_process):
            pass

    # One process: CPU time of this process, which other processes' load hardly moves.
    # Several processes: wall-clock time (the work happens in the children).
    clock = time.process_time if args.n_process == 1 else time.perf_counter
    bare_s, ours_s = best_of(args.repeat, clock, bare, ours)
    print(f"{len(texts)} articles, {tokens} tokens, batch {args.batch_size}, {args.n_process} process(es), "
          f"{'CPU' if args.n_process == 1 else 'wall-clock'} time")
    print(f"bare en_core_web_sm nlp.pipe : {tokens / bare_s:8.0f} words/s  ({bare_s:.2f} s)")
    print(f"astrokg extract (full)       : {tokens / ours_s:8.0f} words/s  ({ours_s:.2f} s)")
    print(f"overhead: {ours_s / bare_s - 1:+.1%} time (ratio {ours_s / bare_s:.2f}; aim <= 1.25)")


if __name__ == "__main__":
    main()
