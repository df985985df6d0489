"""A person's length of time asked for one flight: "How long was X's Soyuz 52 flight?", "How
many days did X spend in space on Soyuz 52?", "How long did X stay on Soyuz 52?".

The reader keeps the lengths tied to the flight the question names (``akg:mission``) and
refuses those tied only to others (:func:`kg.questions.readers.read_values`). A length tied to
no flight may be of any flight the person flew: "five days" told of a cosmonaut who flew Soyuz 47
and Soyuz 52 is no answer for Soyuz 52. So an untied length answers only when the graph knows no
other flight of the person (asked of a craft that flew many times, "X's flight on Atlantis":
when it knows one flight of theirs at most). Otherwise the flight's own length answers (told of
the flight itself: a crewmate's time on it may be another stay), else no answer, with the
length the articles give and that they do not tie it to the flight.

Asked with no flight ("How many days did X log in space?"), one flight's length is no answer
for someone the graph puts on two flights or more: it is a part of a total the articles do not
give. A year asked ("in 2012") may pick the flight, so it keeps the answer.
"""

from __future__ import annotations

from pyoxigraph import NamedNode

from kg.namespaces import AKG
from kg.questions.flight_lengths import length_bindings, read_length
from kg.questions.flights import asked_flight, flown_queries
from kg.questions.linking import EntityIndex
from kg.questions.match import Parsed
from kg.questions.one_flight import one_flight
from kg.questions.templates import Plan, Reply, query_text
from kg.questions.values import SINGLE_MARK
from kg.questions.vocabulary import Vocabulary
from kg.store import Store

_TIME_IN_SPACE = NamedNode(str(AKG.timeInSpace))


def untied_length(store: Store, parsed: Parsed, plan: Plan, reply: Reply, index: EntityIndex,
                  vocabulary: Vocabulary) -> Reply:
    """The reply, or no answer when its lengths are tied to no flight and someone it is of flew
    another flight than the one asked, or, no flight asked, than the one told (see the module)."""
    support = [t for i in reply.items for t in i.support]
    if not reply.items or not support or any(t.predicate != _TIME_IN_SPACE for t in support):
        return reply
    flight = asked_flight(parsed, plan, index, vocabulary)
    people = list(dict.fromkeys(t.subject for t in support if isinstance(t.subject, NamedNode)))
    if len(people) != len({t.subject for t in support}):
        return reply
    if flight is None:
        return _one_of_several(store, parsed, reply, people, index, vocabulary)
    if any(p.value == flight.best.iri for p in people):
        return reply
    if any(not isinstance(t.object, NamedNode) or store.select(query_text("value_flights"), {"o": t.object}).rows
           for t in support):
        return reply  # tied to the flight asked: the reader kept only those
    most = 1 if one_flight(vocabulary, index, flight.best.iri) else 2
    if all(len(_flights_of(store, p, index, vocabulary) - {flight.best.iri}) < most for p in people):
        return reply  # no other flight; asked of a craft that flew many ("Atlantis"), one flight in all
    rows = store.select(query_text("flight_lengths"), length_bindings(vocabulary, flight.best.iri))
    own = read_length(flight.best, future=parsed.future, crew=False)(rows)
    if own.items:  # the length told of the flight itself
        return own
    whose = " and ".join(index.entities[p.value].label if p.value in index.entities else "them" for p in people)
    shown = ", ".join(dict.fromkeys(i.label for i in reply.items))
    return Reply([], also=reply.items, note=f"The articles give {shown} for {whose}, but do not tie it to "
                                            f"{flight.best.label}, and other flights of theirs are named too.")


def _one_of_several(store: Store, parsed: Parsed, reply: Reply, people: list[NamedNode], index: EntityIndex,
                    vocabulary: Vocabulary) -> Reply:
    """ "How many days did X log in space?", no flight named nor one flight asked: one flight's
    time answers it only when the graph knows no other flight of X's; else it is a part of a
    total the articles do not give. A year asked ("on the station in 2012") may pick one flight."""
    if parsed.scope is not None or any(1900 <= n <= 2100 for n in parsed.numbers) or not all(
            i.label.endswith(SINGLE_MARK) for i in reply.items):
        return reply
    flown = {p.value: _flights_of(store, p, index, vocabulary) for p in people}
    if all(len(f) < 2 for f in flown.values()):
        return reply
    whose = " and ".join(index.entities[p].label if p in index.entities else "them" for p in flown)
    shown = ", ".join(dict.fromkeys(i.label.removesuffix(SINGLE_MARK) for i in reply.items))
    return Reply([], also=reply.items, note=f"The articles give {shown} for one flight of {whose}, who flew "
                                            f"others too, and no total.")


def _flights_of(store: Store, person: NamedNode, index: EntityIndex, vocabulary: Vocabulary) -> set[str]:
    """The single flights the graph puts the person on, as crew or aboard (not a craft's type)."""
    query, bindings, (craft, *_) = flown_queries(vocabulary, person.value)  # as the flights' reader asks
    crewed = store.select(query_text(query), bindings)
    rode = store.select(query_text(craft[0]), craft[1])
    found = {r["s"].value for r in crewed} | {r["o"].value for r in rode}
    return {f for f in found if one_flight(vocabulary, index, f)}
