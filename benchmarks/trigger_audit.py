"""Recall by sentence shape: the sentences that tell an event, and whether extraction read it.

Question sets score a handful of facts per page; this reads every sentence of every page.
Given a trigger (a regular expression for the words that tell an event, e.g. a launch) and
the predicates that event fills, it lists the sentences with a trigger from which no fact of
those predicates was read, with the share that were read. Grouping the unread sentences by
their shape (a participle after a noun, a nominal event, a date in another clause) shows which
way of telling the event the rules miss on many pages, not on one.

    python benchmarks/trigger_audit.py ARTICLES... \\
        --trigger 'launch(ed|es|ing)?|lift(ed|s)? off|liftoff' \\
        --pred launchDate,launchSite --need DATE

ARTICLES are files or folders, read as ``kg ingest`` reads them. ``--need LABEL`` keeps only
sentences holding an entity of that label (DATE, GPE, ...): those that could carry the
argument. A fact counts for the sentence its evidence points to.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Iterable, Iterator

from extract import Article, extract, load_nlp
from extract.facts import Extraction
from kg.sources import read_paths


def unread(extractions: Iterable[Extraction], trigger: re.Pattern[str], predicates: set[str],
           keep: Callable[[str], bool] | None = None) -> Iterator[tuple[str, str, bool]]:
    """(article, sentence, read) for every sentence with a trigger; ``keep`` filters sentences."""
    for x in extractions:
        read = {f.evidence.sentence for f in x.facts if f.predicate in predicates}
        for i, (start, end) in enumerate(x.sentences):
            sentence = " ".join(x.article.text[start:end].split())
            if trigger.search(sentence) and (keep is None or keep(sentence)):
                yield x.article.key, sentence, i in read


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", nargs="+", help="files or folders of articles")
    parser.add_argument("--trigger", required=True, help="regular expression for the event's words")
    parser.add_argument("--pred", required=True, help="comma-separated predicates the event fills")
    parser.add_argument("--need", help="keep sentences with an entity of this label (DATE, GPE...)")
    parser.add_argument("--show", type=int, default=60, help="unread sentences to print")
    args = parser.parse_args()
    nlp = load_nlp()
    articles = [item for item in read_paths(args.articles) if isinstance(item, Article)]
    keep = (lambda s: any(e.label_ == args.need for e in nlp(s).ents)) if args.need else None
    trigger = re.compile(r"\b(?:" + args.trigger + r")\b", re.IGNORECASE)
    rows = list(unread(extract(nlp, articles), trigger, set(args.pred.split(",")), keep))
    done = sum(read for _, _, read in rows)
    print(f"{len(articles)} articles; {len(rows)} sentences with a trigger; "
          f"read {done} ({done / max(len(rows), 1):.0%})")
    for key, sentence, _ in [r for r in rows if not r[2]][: args.show]:
        print(f"- [{key}] {sentence[:400]}")


if __name__ == "__main__":
    main()
