"""Extraction quality on articles written for the project: precision, recall and F1 of the
facts extracted from each article against its hand-written gold facts, reported separately
for the dev set (tuned on), the two held-out sets (never tuned on: ``heldout`` was written
before round 1 of tuning, ``heldout2`` before round 2) and the demo articles in samples/
(gold in ``tests/data/articles/samples-gold.json``; tuned on in round 3, for the question
benchmark).

Run: python benchmarks/extract_quality.py [--verbose]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract import Article, extract, load_nlp  # noqa: E402
from extract.gold import Score, extracted_keys, gold_keys, score  # noqa: E402

ARTICLES = ROOT / "tests" / "data" / "articles"
#: set name -> whether its misses may be listed (only the set that is tuned on)
SETS = {"dev": True, "heldout": False, "heldout2": False, "samples": False}


def load(name: str) -> list[dict[str, Any]]:
    """The articles of one set, each with its gold facts."""
    if name == "samples":
        gold = json.loads((ARTICLES / "samples-gold.json").read_text(encoding="utf-8"))["gold"]
        return [{**json.loads((ROOT / "samples" / f).read_text(encoding="utf-8")), "gold": facts}
                for f, facts in sorted(gold.items())]
    return [json.loads(f.read_text(encoding="utf-8")) for f in sorted((ARTICLES / name).glob("*.json"))]


def evaluate(nlp: object, data: list[dict[str, Any]], verbose: bool) -> Score:
    articles = [Article(d["text"], d.get("title"), None, d.get("published"), d["id"]) for d in data]
    total = Score(0, 0, 0)
    for d, extraction in zip(data, extract(nlp, articles), strict=True):  # type: ignore[arg-type]
        got, gold = extracted_keys(extraction), gold_keys(d["gold"])
        s = score(got, gold)
        total = total + s
        print(f"  {d['id']:<28} P {s.precision:.2f}  R {s.recall:.2f}  F1 {s.f1:.2f}")
        if verbose:
            for k in sorted(got - gold):
                print("      extra  ", k)
            for k in sorted(gold - got):
                print("      missed ", k)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true",
                        help="list extra and missed facts of the dev articles (never of the held-out sets, so "
                             "that nobody tunes on them by accident)")
    args = parser.parse_args()
    nlp = load_nlp()
    for name, listable in SETS.items():
        print(f"{name}:")
        s = evaluate(nlp, load(name), args.verbose and listable)
        print(f"{name:<8} micro  P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  "
              f"(tp {s.tp}, fp {s.fp}, fn {s.fn})")


if __name__ == "__main__":
    main()
