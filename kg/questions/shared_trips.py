""""When did A and B lift off aboard Columbia?": the launch or return date the articles state of
the one the plan asked about answers for the others asked with them when the articles state the
same date of each (their fact joins its support). One of them without that date is still not
tied to it, and the answer stays refused (kg/questions/checks.py)."""

from __future__ import annotations

from dataclasses import replace

from pyoxigraph import NamedNode, Triple

from kg.questions.match import Parsed
from kg.questions.templates import Item, Plan, Reply, query_text
from kg.questions.vocabulary import Vocabulary
from kg.store import Store

#: the relations of a trip's date that each who made it holds of their own
_TRIP_DATES = ("launchDate", "returnDate")


def shared_by(store: Store, parsed: Parsed, plan: Plan, reply: Reply, vocabulary: Vocabulary) -> Reply:
    """``reply`` with each trip date also supported by the facts of the other people the question
    names that state the same date (see the module)."""
    trips = {iri for name in _TRIP_DATES if name in vocabulary.properties
             for iri in vocabulary.properties[name].family}
    if not reply.items or plan.articles or not all(
            i.kind == "date" and i.support and all(t.predicate.value in trips for t in i.support) for i in reply.items):
        return reply
    used = {m.start for m, _ in plan.used}
    others = [m.best.iri for m in parsed.mentions if m.start not in used]
    if not others:
        return reply
    return replace(reply, items=[_joined(store, i, others) for i in reply.items])


def _joined(store: Store, item: Item, others: list[str]) -> Item:
    """The item with the facts of each of ``others`` that state its date by the same relation."""
    support = list(item.support)
    for predicate in dict.fromkeys(t.predicate for t in item.support):
        for other in others:
            rows = store.select(query_text("values"), {"topic": NamedNode(other), "p": [predicate]})
            support += [Triple(NamedNode(other), predicate, o) for row in rows
                        if isinstance(o := row["o"], NamedNode) and "value" in row
                        and str(row["value"].value) == str(item.value)
                        and not str(row.get("modality", "")).endswith("Planned>")]
    return replace(item, support=tuple(dict.fromkeys(support)))
