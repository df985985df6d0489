"""Text2KGBench (astronaut ontology) scores of ``kg text2kg`` output, with the official rules.

Runs the extractor on the benchmark's sentences (or reads a system output file) and prints
precision, recall, F1, ontology conformance (OC), subject/relation/object hallucination
(SH, RH, OH) as the official ``run_eval.py`` computes them (macro average over sentences,
relation filter, no-separator normalisation), plus the precision over every triple emitted
(no relation filter) and a bootstrap 95% interval for F1.

SH and OH need NLTK's ``word_tokenize`` (Punkt sentence splitting) and ``PorterStemmer``.
Without NLTK's punkt data this script splits sentences with a regular expression and
tokenises each with NLTK's Treebank tokenizer, so SH/OH are marked "approximate"; without
NLTK at all they are not printed.

Run: python benchmarks/text2kg_eval.py [--split train] [--system FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BENCH = ROOT.parent / "shared" / "benchmarks" / "text2kgbench-astronaut"


def normalise(text: str) -> str:
    return re.sub(r"\s+", "", text.replace("_", "")).lower()


def triple_key(s: str, r: str, o: str) -> str:
    return normalise(s) + normalise(r) + normalise(o)


class Hallucination:
    """SH/OH as the official script computes them: stems of the context's tokens, joined."""

    def __init__(self, concepts: list[str]) -> None:
        self.concepts = concepts
        self.exact = False
        try:
            from nltk.stem import PorterStemmer
            from nltk.tokenize import TreebankWordTokenizer
        except ImportError:
            self.available = False
            return
        self.available = True
        self.stemmer = PorterStemmer()
        self.treebank = TreebankWordTokenizer()
        try:
            from nltk.tokenize import word_tokenize

            word_tokenize("Test. Sentence.")
            self.tokenize = word_tokenize
            self.exact = True
        except LookupError:
            self.tokenize = self._approximate

    def _approximate(self, text: str) -> list[str]:
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text)
        return [t for s in sentences for t in self.treebank.tokenize(s)]

    def process(self, text: str) -> str:
        stems = "".join(self.stemmer.stem(t) for t in self.tokenize(text))
        return re.sub(r"\s+", "", stems.replace("_", "")).lower()

    def entity(self, text: str) -> str:
        return self.process(text).replace("01januari", "")


def evaluate(gold: list[dict[str, Any]], system: dict[str, list[list[str]]], relations: set[str],
             hall: Hallucination) -> dict[str, Any]:
    per: list[dict[str, float]] = []
    emitted = correct = 0
    for g in gold:
        row = {"p": 0.0, "r": 0.0, "f1": 0.0, "oc": 0.0, "sh": 0.0, "rh": 0.0, "oh": 0.0}
        triples = system.get(g["id"])
        if triples is None:
            per.append(row)
            continue
        gold_rels = {t["rel"].replace(" ", "_") for t in g["triples"]}
        gold_keys = {triple_key(t["sub"], t["rel"].replace(" ", "_"), t["obj"]) for t in g["triples"]}
        kept = {triple_key(*t) for t in triples if t[1] in gold_rels}
        all_keys = {triple_key(*t) for t in triples}
        emitted += len(all_keys)
        correct += len(all_keys & gold_keys)
        tp = len(kept & gold_keys)
        if kept:
            row["p"] = tp / len(kept)
            row["r"] = tp / len(gold_keys)
            row["f1"] = 2 * row["p"] * row["r"] / (row["p"] + row["r"]) if tp else 0.0
        if triples:
            row["oc"] = sum(1 for t in triples if t[1] in relations) / len(triples)
            row["rh"] = 1 - row["oc"]
            if hall.available:
                context = hall.process(g["sent"] + " ".join(hall.concepts))
                row["sh"] = sum(1 for t in triples if hall.entity(t[0]) not in context) / len(triples)
                row["oh"] = sum(1 for t in triples if hall.entity(t[2]) not in context) / len(triples)
        else:
            row["oc"] = 1.0
        per.append(row)
    n = len(gold)
    result: dict[str, Any] = {k: sum(r[k] for r in per) / n for k in per[0]}
    result["unfiltered_precision"] = correct / emitted if emitted else 0.0
    rng = random.Random(0)
    samples = sorted(sum(per[rng.randrange(n)]["f1"] for _ in range(n)) / n for _ in range(2000))
    result["f1_ci"] = (samples[49], samples[1949])
    result["emitted"] = emitted
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="train", help="benchmark split file to score (default: train)")
    parser.add_argument("--bench", type=Path, default=BENCH, help="benchmark folder")
    parser.add_argument("--system", type=Path, help="score this output file instead of running the extractor")
    args = parser.parse_args()
    gold_file = args.bench / f"ont_9_astronaut_{args.split}.jsonl"
    if not gold_file.exists():
        sys.exit(f"{gold_file} not found (the benchmark data sits in ../shared beside the project)")
    gold = [json.loads(line) for line in gold_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    ontology = json.loads((args.bench / "9_astronaut_ontology.json").read_text(encoding="utf-8"))
    relations = {r["label"].replace(" ", "_") for r in ontology["relations"]}
    concepts = [c["label"] for c in ontology["concepts"]]
    if args.system:
        lines = [json.loads(x) for x in args.system.read_text(encoding="utf-8").splitlines() if x.strip()]
        system = {x["id"]: x["triples"] for x in lines}
        seconds = 0.0
    else:
        from extract import load_nlp
        from extract.text2kg import run

        nlp = load_nlp()
        started = time.perf_counter()
        system = {x["id"]: x["triples"] for x in run(nlp, gold)}
        seconds = time.perf_counter() - started
    hall = Hallucination(concepts)
    r = evaluate(gold, system, relations, hall)
    note = "" if hall.exact else " (approximate: no NLTK punkt data)" if hall.available else " (n/a: no NLTK)"
    print(f"Text2KGBench astronaut, {args.split} split, {len(gold)} sentences")
    print(f"P {r['p']:.2f}  R {r['r']:.2f}  F1 {r['f1']:.2f}  (F1 95% bootstrap {r['f1_ci'][0]:.2f}-"
          f"{r['f1_ci'][1]:.2f})")
    print(f"OC {r['oc']:.2f}  RH {r['rh']:.2f}  SH {r['sh']:.2f}  OH {r['oh']:.2f}{note}")
    print(f"unfiltered precision {r['unfiltered_precision']:.2f} over {r['emitted']} distinct triples emitted")
    if seconds:
        print(f"{seconds * 1000 / len(gold):.1f} ms per sentence on this CPU")


if __name__ == "__main__":
    main()
