"""A flight's count of orbits asked of a person ("How many orbits did A complete on X?", "How
many times did A orbit the Earth on X?"): everyone aboard circled the Earth as often as the
flight did, so X's own count answers for A only when the graph puts A on X (in its crew, aboard
it, launched on it). For anyone else it is no answer: the count is of a flight they did not fly.
"""

from __future__ import annotations

from pyoxigraph import NamedNode

from kg.namespaces import AKG
from kg.questions.flights import flight_classes
from kg.questions.linking import EntityIndex
from kg.questions.match import Parsed
from kg.questions.templates import Reply
from kg.questions.tied_lengths import put_on
from kg.questions.vocabulary import Vocabulary
from kg.store import Store

_ORBITS = str(AKG.orbitCount)


def crew_orbits(store: Store, parsed: Parsed, reply: Reply, index: EntityIndex, vocabulary: Vocabulary) -> Reply:
    """``reply``, or no answer when it gives a flight's own count of orbits to a question that
    names someone the graph does not put on that flight."""
    support = [t for i in reply.items for t in i.support]
    if not support or any(t.predicate.value != _ORBITS for t in support):
        return reply
    flights = flight_classes(vocabulary)
    owners = {t.subject.value for t in support if isinstance(t.subject, NamedNode)}
    if not owners or not all(flights & index.types_of(o) for o in owners):
        return reply
    people = vocabulary.family("Person")
    asked = [m.best for m in parsed.mentions if people & index.types_of(m.best.iri)]
    absent = next((p for p in asked for o in owners if not put_on(store, vocabulary, index, NamedNode(p.iri), o)),
                  None)
    if absent is None:
        return reply
    shown = ", ".join(i.label for i in reply.items)
    flight = " and ".join(index.entities[o].label if o in index.entities else o for o in sorted(owners))
    return Reply([], also=reply.items,
                 note=f"The articles give {shown} orbits for {flight}, but do not say {absent.label} flew on it.")

