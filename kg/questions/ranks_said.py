"""A rank stated in another sentence of the answer's article: "Who was the first French commander
of X?" answered by a commander whose own sentence does not rank her ("Vale will command X") when
another sentence of the same article names her with that rank of that noun ("Vale, the first French
one to assume command of X"). The rank check (:func:`kg.questions.checks.unstated_ordinal`) reads
only the sentences the answer rests on; this looks further, and only when that check refuses, so
an answer the sentences already rank costs no query.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from pyoxigraph import NamedNode

from kg.questions.checks import rank_of_noun, rank_said
from kg.questions.match import Parsed
from kg.questions.templates import Item, query_text
from kg.store import Store

#: Answers looked up at most: a rank names one, so a long list is no ranked answer anyway.
_MOST = 3


def ranked_among(store: Store, parsed: Parsed, items: Sequence[Item]) -> list[Item]:
    """Of several answers to a rank of a role ("the first Ardenian commander of X": every
    Ardenian commander of X), those a sentence naming them gives that rank, when there are any;
    else all of them, for the checks to refuse. The rank's article is checked once one is left
    (:func:`ranked_elsewhere`)."""
    items = list(items)
    if rank_of_noun(parsed) is None or not 1 < len(items) <= _MOST:
        return items
    return ranked_elsewhere(store, parsed, items, None) or items


def ranked_elsewhere(store: Store, parsed: Parsed, items: Sequence[Item],
                     articles: Collection[str] | None) -> list[Item]:
    """The answers that a sentence naming them, in one of the ``articles`` their facts come from
    (None: in any article), gives the rank of the noun the question asks for; one query per answer."""
    ranked = rank_of_noun(parsed)
    if ranked is None or not items or len(items) > _MOST:
        return []
    kept = []
    for item in items:
        if item.kind != "entity" or not item.iri:
            continue
        rows = store.select(query_text("said_of"), {"topic": NamedNode(item.iri)})
        said = " ".join(row["text"].value for row in rows
                       if articles is None or row["sentence"].value.split("#")[0] in articles)
        if rank_said(parsed, ranked, said.lower()):
            kept.append(item)
    return kept
