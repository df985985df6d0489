"""Person nodes that may be one person: how many remain after ingesting a set of articles.

Ingests a folder of articles into a fresh embedded store (the real pipeline) and lists every
pair of person nodes whose surnames fold to the same spelling, marked as spelt alike
(``same``: one name), agreeing (``agree``: one name only with other evidence) or apart (two
people who share a surname). Read the list: the counts say how many look like duplicates by
the project's own name rules, the pairs say whether they are.

    python benchmarks/duplicate_people.py tests/fixtures/articles/news-dev
"""

from __future__ import annotations

import argparse
import itertools
import tempfile
from collections import defaultdict
from pathlib import Path

from extract.name_keys import agree, parse, same
from extract.pipeline import load_nlp
from kg.identity import PEOPLE_NAMES
from kg.ingest import ingest
from kg.sources import read_paths
from kg.store.oxigraph import OxigraphStore


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = OxigraphStore(Path(tmp))
        ingest(store, load_nlp(), read_paths([str(args.folder)]))
        names: dict[str, set[str]] = defaultdict(set)
        for row in store.select(PEOPLE_NAMES):
            names[row["e"].value].add(row["name"].value)
        store.close()
    full = {iri: {n for n in ns if len(n.split()) > 1} for iri, ns in names.items()}
    by_surname: dict[str, set[str]] = defaultdict(set)
    for iri, ns in full.items():
        for n in ns:
            parts = parse(n)
            if parts is not None:
                by_surname[parts.words[-1]].add(iri)
    verdicts = {"same": 0, "agree": 0, "apart": 0}
    for surname in sorted(by_surname):
        for a, b in itertools.combinations(sorted(by_surname[surname]), 2):
            pairs = list(itertools.product(full[a], full[b]))
            verdict = "same" if any(same(x, y) for x, y in pairs) else \
                "agree" if any(agree(x, y) for x, y in pairs) else "apart"
            verdicts[verdict] += 1
            print(f"{verdict:6} {a.rsplit('/', 1)[-1]}  |  {b.rsplit('/', 1)[-1]}")
    print(f"{len(names)} person nodes ({len([n for n in full.values() if n])} with a full name); pairs sharing a "
          f"surname: {verdicts['same']} spelt alike, {verdicts['agree']} agreeing, {verdicts['apart']} apart")


if __name__ == "__main__":
    main()
