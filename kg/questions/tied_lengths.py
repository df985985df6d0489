"""A person's length of time asked for one flight: "How long was X's Soyuz 52 flight?", "How
many days did X spend in space on Soyuz 52?", "How long did X stay on Soyuz 52?".

The reader keeps the lengths tied to the flight the question names (``akg:mission``) and
refuses those tied only to others (:func:`kg.questions.readers.read_values`). A length tied to
no flight may be of any flight the person flew: "five days" told of a cosmonaut who flew Soyuz 47
and Soyuz 52 is no answer for Soyuz 52. So an untied length answers only when the graph puts the
person on the flight asked (in its crew, aboard it, launched on it; asked of a craft that flew
many times, "X's flight on Atlantis", aboard a flight of it) and knows no other flight of theirs
(of such a craft: one flight of theirs at most). A person the articles never put on the flight
gets no answer even when they name no flight of theirs at all: the length is of some flight of
theirs, and answering would say it was that one, which nothing the articles state says. A total
over all their flights is never one flight's length. Otherwise the flight's own length answers
(told of the flight itself: a crewmate's time on it may be another stay), else no answer, with
the length the articles give and what they do not say of it.

Asked with no flight ("How many days did X log in space?"), one flight's length is no answer
for someone the graph puts on two flights or more: it is a part of a total the articles do not
give. A year asked ("in 2012") may pick that flight, but only when the articles date it in that
year: the flight the length is tied to launched or landed in it, or the length's own sentence
dates it there ("in 2012, when he spent 124 days aboard"). The date of the article that states
it is no date of the flight: a profile of 2031 tells of flights long past.
"""

from __future__ import annotations

from dataclasses import dataclass

from pyoxigraph import NamedNode

from kg.namespaces import AKG
from kg.questions.as_of import period_asked
from kg.questions.event_years import event_years, year_of
from kg.questions.flight_lengths import length_bindings, read_length
from kg.questions.flights import asked_flight, flown_queries, iris
from kg.questions.linking import EntityIndex
from kg.questions.match import Parsed, bounds_in_time
from kg.questions.one_flight import one_flight
from kg.questions.readers import iris_of
from kg.questions.templates import Plan, Reply, query_text
from kg.questions.values import CUMULATIVE, SINGLE_MARK
from kg.questions.vocabulary import Vocabulary
from kg.store import Store
from kg.store.sparql import Term

_TIME_IN_SPACE = NamedNode(str(AKG.timeInSpace))


@dataclass(frozen=True)
class _Told:
    """What the graph says of one stated length beside its figure: whether it is a total, the
    flight it is tied to, and the years its own sentence dates it in (not its article's date)."""

    scope: str | None
    mission: str | None
    years: frozenset[int]


def untied_length(store: Store, parsed: Parsed, plan: Plan, reply: Reply, index: EntityIndex,
                  vocabulary: Vocabulary) -> Reply:
    """The reply, or no answer when its lengths are not the flight's asked, or, no flight
    asked, are one flight's of several and not dated in a year asked (see the module)."""
    support = [t for i in reply.items for t in i.support]
    if not reply.items or not support or any(t.predicate != _TIME_IN_SPACE for t in support):
        return reply
    flight = asked_flight(parsed, plan, index, vocabulary)
    if flight is not None and bounds_in_time(parsed.tokens, flight):
        flight = None  # "before Ax-2" bounds a total (kg.questions.totals_before): its length is not asked
    people = list(dict.fromkeys(t.subject for t in support if isinstance(t.subject, NamedNode)))
    if len(people) != len({t.subject for t in support}):
        return reply
    told = {o: v for p in people for o, v in _lengths(store, vocabulary, p).items()}
    lengths = [told.get(t.object) if isinstance(t.object, NamedNode) else None for t in support]
    whose = " and ".join(index.entities[p.value].label if p.value in index.entities else "them" for p in people)
    if flight is None:
        return _one_of_several(store, parsed, reply, people, lengths, whose, index, vocabulary)
    if any(p.value == flight.best.iri for p in people):
        return reply
    if any(v is None or v.mission is not None for v in lengths):
        return reply  # tied to the flight asked: the reader kept only those
    shown = ", ".join(dict.fromkeys(i.label for i in reply.items))
    asked = flight.best.label
    if any(v is not None and v.scope == CUMULATIVE for v in lengths):
        why = f"The articles give {shown} as the total time in space of {whose}, not {asked}'s length."
    elif not all(put_on(store, vocabulary, index, p, flight.best.iri) for p in people):
        why = f"The articles give {shown} for {whose}, but do not say {whose} flew on {asked}."
    else:
        most = 1 if one_flight(vocabulary, index, flight.best.iri) else 2
        if all(len(_flights_of(store, p, index, vocabulary) - {flight.best.iri}) < most for p in people):
            return reply  # no other flight; asked of a craft that flew many ("Atlantis"), one flight in all
        why = f"The articles give {shown} for {whose}, but do not tie it to {asked}, and other flights of theirs " \
              f"are named too."
    rows = store.select(query_text("flight_lengths"), length_bindings(vocabulary, flight.best.iri))
    own = read_length(flight.best, future=parsed.future, crew=False)(rows)
    return own if own.items else Reply([], also=reply.items, note=why)  # the length told of the flight itself


def _one_of_several(store: Store, parsed: Parsed, reply: Reply, people: list[NamedNode],
                    lengths: list[_Told | None], whose: str, index: EntityIndex, vocabulary: Vocabulary) -> Reply:
    """ "How many days did X log in space?", no flight named nor one flight asked: one flight's
    time answers it only when the graph knows no other flight of X's; else it is a part of a
    total the articles do not give. A year asked picks the flight the articles date in it."""
    if parsed.scope is not None or not all(i.label.endswith(SINGLE_MARK) for i in reply.items):
        return reply
    if all(len(_flights_of(store, p, index, vocabulary)) < 2 for p in people):
        return reply
    shown = ", ".join(dict.fromkeys(i.label.removesuffix(SINGLE_MARK) for i in reply.items))
    period = period_asked(parsed)
    if period is None:
        return Reply([], also=reply.items, note=f"The articles give {shown} for one flight of {whose}, who flew "
                                                f"others too, and no total.")
    year = int(period[:4])
    missing = next((why for v in lengths if (why := _undated(store, vocabulary, index, v, year))), None)
    if missing is None:
        return reply
    return Reply([], also=reply.items, note=f"The articles give {shown} for one flight of {whose}, who flew others "
                                            f"too, and {missing}.")


def _undated(store: Store, vocabulary: Vocabulary, index: EntityIndex, told: _Told | None, year: int) -> str | None:
    """What the articles do not say to place a length in ``year``: None when its own sentence
    dates it there, or the flight it is tied to launched or landed then."""
    if told is None:
        return f"do not date it in {year}"
    if year in told.years:
        return None
    if told.mission is None:
        return f"do not say which flight it was, nor date it in {year}"
    flown = event_years(store, vocabulary, told.mission) | event_years(store, vocabulary, told.mission, "returnDate")
    if year in flown:
        return None
    name = index.entities[told.mission].label if told.mission in index.entities else "that flight"
    if not flown:
        return f"do not date {name}, which it is tied to"
    return f"date {name}, which it is tied to, in {', '.join(str(y) for y in sorted(flown))}, not in {year}"


def _lengths(store: Store, vocabulary: Vocabulary, person: NamedNode) -> dict[Term, _Told]:
    """Each stated length of the person's time in space, by its node (see :class:`_Told`). A
    length's date that is its article's publication day is only when it was stated."""
    rows = store.select(query_text("values"), {"topic": person, "p": iris_of(vocabulary.properties["timeInSpace"])})
    stated: dict[Term, set[str]] = {}
    for row in rows:
        if "stated" in row:
            stated.setdefault(row["o"], set()).add(row["stated"].value[:10])
    found: dict[Term, _Told] = {}
    for row in rows:
        o = row["o"]
        known = found.get(o, _Told(None, None, frozenset()))
        own = row["asOf"].value if "asOf" in row else None
        year = year_of(own) if own is not None and own not in stated.get(o, set()) else None
        found[o] = _Told(row["scope"].value if "scope" in row else known.scope,
                         row["mission"].value if "mission" in row else known.mission,
                         known.years | ({year} if year is not None else set()))
    return found


def put_on(store: Store, vocabulary: Vocabulary, index: EntityIndex, person: NamedNode, flight: str) -> bool:
    """Does the graph put the person on the flight: in its crew, aboard it or launched on it,
    or, a craft that flew many times ("Atlantis"), on a flight of theirs that flew it?"""
    flown = _flown(store, person, vocabulary, launched=True)
    return flight in flown or not one_flight(vocabulary, index, flight) and any(
        flight in _craft_of(store, vocabulary, f) for f in flown)


def _flights_of(store: Store, person: NamedNode, index: EntityIndex, vocabulary: Vocabulary) -> set[str]:
    """The single flights the graph puts the person on, as crew or aboard (not a craft's type)."""
    return {f for f in _flown(store, person, vocabulary) if one_flight(vocabulary, index, f)}


def _flown(store: Store, person: NamedNode, vocabulary: Vocabulary, *, launched: bool = False) -> set[str]:
    """The flights and craft the graph puts the person on as done, not planned: whose crew they
    were in, which they rode, and, ``launched``, which they launched on."""
    query, bindings, (craft, *_) = flown_queries(vocabulary, person.value)  # as the flights' reader asks
    crewed = store.select(query_text(query), bindings)
    rode = [craft[1], *([{**craft[1], "p": iris(vocabulary, "launchVehicle")}] if launched else [])]
    return {r["s"].value for r in crewed} | {r["o"].value for b in rode
                                             for r in store.select(query_text(craft[0]), b)}


def _craft_of(store: Store, vocabulary: Vocabulary, flight: str) -> set[str]:
    """The craft a flight flew or launched on, as the articles report it."""
    _, _, (craft, *_) = flown_queries(vocabulary, flight)
    return {r["o"].value for p in ("spacecraft", "launchVehicle")
            for r in store.select(query_text(craft[0]), {**craft[1], "p": iris(vocabulary, p)})}
