"""One seat per person on a flight: when the articles name two commanders of one flight (it has
one) and one of them is also stated to hold another seat on it, alone ("Commander A and Pilot
B" read as both commanding), that one's claim is the misreading, so it is no answer. A role
several people hold on the flight is no seat ("pilots A, B and C" of a spaceplane, whose
commander is one of its pilots). The other
is given when it is among the answers; when it is not (its claim was left out as of another
tense), there is no answer and the note says why.
"""

from __future__ import annotations

from collections.abc import Sequence

from pyoxigraph import NamedNode

from kg.questions.linking import EntityIndex
from kg.questions.one_flight import flight_types
from kg.questions.templates import Item, query_text
from kg.questions.vocabulary import Vocabulary
from kg.store import Store


def seated(store: Store, items: Sequence[Item], vocabulary: Vocabulary,
           index: EntityIndex) -> tuple[list[Item], str | None]:
    """``items`` without the values of a flight's one-valued role (its commander) whose person
    is stated to hold another role on that flight, while another stated value's is not."""
    facts = {(t.subject, t.predicate) for i in items for t in i.support}
    if not items or len(facts) != 1:
        return list(items), None
    ((flight, predicate),) = facts
    named = index.entities.get(flight.value) if isinstance(flight, NamedNode) else None
    prop = vocabulary.by_iri(predicate.value)
    if not isinstance(flight, NamedNode) or not isinstance(predicate, NamedNode) or prop is None or named is None \
            or not prop.one_value_for(flight_types(vocabulary, index, named.iri, named.types)):
        return list(items), None
    values = {row["o"].value for row in store.select(query_text("objects"), {"topic": flight, "p": predicate})}
    if len(values) < 2:
        return list(items), None
    seats: dict[str, set[str]] = {}
    for row in store.select(query_text("roles"), {"mission": flight}):
        seats.setdefault(row["s"].value, set()).add(row["value"].value.lower())
    seat = prop.label.lower()
    holders: dict[str, set[str]] = {}
    for person, roles in seats.items():
        for role in roles:
            holders.setdefault(role, set()).add(person)
    unseated = {v for v in values if any(holders[r] == {v} for r in seats.get(v, set()) - {seat})}
    if not unseated or unseated >= values:
        return list(items), None
    kept = [i for i in items if i.iri not in unseated]
    if kept:
        return kept, None
    names = ", ".join(sorted(i.label for i in items))
    return [], (f"The articles name {names} as {named.label}'s {prop.word} but also in another role on it, "
                f"and name another {prop.word}: which one is not settled.")


def seated_rivals(store: Store, asked: Item, rivals: Sequence[Item], vocabulary: Vocabulary,
                  index: EntityIndex) -> tuple[list[Item], Item | None]:
    """ "Did X command F?" with rivals: the rivals still standing (see :func:`seated`), and a
    stated "no" when X is the one stated in another seat on F while a rival is not."""
    kept, _ = seated(store, [asked, *rivals], vocabulary, index)
    if any(i.iri == asked.iri for i in kept) or not kept:
        return [i for i in kept if i.iri != asked.iri], None
    best = max(kept, key=lambda i: i.confidence or 0.0)
    return kept, Item("no", False, kind="boolean", support=best.support, confidence=best.confidence)
