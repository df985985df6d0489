"""Measure how often each extraction rule is right, and write the table the extractor's
confidences come from (extract/calibration.json, see extract.calibration).

The articles are the development sets with gold facts (``dev``, ``news-dev``, ``samples``;
never the frozen ``news-test``). Each fact is right when its key (extract.gold) is among its
article's gold keys; facts are counted per rule (evidence.extractor, "relations/1:crew") and
predicate.

Run: python benchmarks/calibrate.py [--set NAME]... [--out FILE] [--show]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract import Article, extract, load_nlp  # noqa: E402
from extract.calibration import TABLE, Calibration, Counts  # noqa: E402
from extract.gold import as_written, fact_keys, gold_keys  # noqa: E402

ARTICLES = ROOT / "tests" / "fixtures" / "articles"
#: The development sets with gold facts (the frozen news-test is never measured here).
SETS = ("dev", "news-dev", "samples")
#: Kinds of fact the gold does not annotate: neither right nor wrong (a flight's own length, as
#: extract_quality leaves it unscored: counted here, every one of them was "wrong").
UNANNOTATED = {"spacewalkPartner", "flightLength"}


def load(name: str) -> list[dict[str, Any]]:
    """The articles of one development set, each with its gold facts."""
    if name not in SETS:
        raise ValueError(f"{name} is not a development set; use one of {', '.join(SETS)}")
    if name == "samples":
        gold = json.loads((ARTICLES / "samples-gold.json").read_text(encoding="utf-8"))["gold"]
        return [{**json.loads((ROOT / "samples" / f).read_text(encoding="utf-8")), "gold": facts}
                for f, facts in sorted(gold.items())]
    return [json.loads(f.read_text(encoding="utf-8")) for f in sorted((ARTICLES / name).glob("*.json"))]


def measure(nlp: object, data: Iterable[dict[str, Any]]) -> Calibration:
    """Count, per rule and predicate, the facts extracted from the articles and those in their gold."""
    data = list(data)
    articles = [Article(d["text"], d.get("title"), None, d.get("published"), d["id"]) for d in data]
    facts: Counter[tuple[str, str]] = Counter()
    right: Counter[tuple[str, str]] = Counter()
    for d, extraction in zip(data, extract(nlp, articles), strict=True):  # type: ignore[arg-type]
        gold = gold_keys(d["gold"])
        for fact, keys in fact_keys(extraction):
            if fact.predicate in UNANNOTATED:
                continue
            at = (fact.evidence.extractor, fact.predicate)
            facts[at] += 1
            right[at] += bool(as_written({keys[0]}, gold) & gold)
    total = sum(facts.values())
    counts = {at: Counts(n, right[at]) for at, n in facts.items()}
    return Calibration(counts, round(sum(right.values()) / total, 3) if total else 1.0)


def text(table: Calibration) -> str:
    """The table as JSON with one rule and predicate a line, so that a new measurement diffs line by line."""
    data = table.as_json()
    rules = ",\n  ".join(json.dumps(r) for r in data.pop("rules"))  # type: ignore[attr-defined]
    head = json.dumps(data)[:-1]
    return f'{head}, "rules": [\n  {rules}\n]}}\n'


def show(table: Calibration) -> list[str]:
    """One line per rule and predicate: facts, right, precision."""
    return [f"  {rule:<34} {predicate:<20} {c.facts:>4} facts  {c.right:>4} right  P {c.right / c.facts:.2f}"
            for (rule, predicate), c in sorted(table.counts.items(), key=lambda kv: -kv[1].facts)]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", dest="sets", action="append", choices=SETS, help="repeatable; default all")
    parser.add_argument("--out", type=Path, default=TABLE, help=f"where to write the table (default {TABLE})")
    parser.add_argument("--show", action="store_true", help="print the precision of each rule")
    args = parser.parse_args(argv)
    nlp = load_nlp()
    table = measure(nlp, (d for name in args.sets or SETS for d in load(name)))
    args.out.write_text(text(table), encoding="utf-8")
    facts = sum(c.facts for c in table.counts.values())
    print(f"{len(table.counts)} rules and predicates, {facts} facts, all together P {table.unmeasured:.3f}: {args.out}")
    if args.show:
        print("\n".join(show(table)))


if __name__ == "__main__":
    main()
