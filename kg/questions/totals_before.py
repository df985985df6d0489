"""A career total asked before a flight: "How many days had X spent in space before Soyuz
MS-11?", "What was X's total time in space before Lumen-7?".

The flight after "before" bounds the total; it is not the flight whose length is asked. The
answer is X's latest total in space the articles state on or before the day the flight launched
(a total told on launch day is the one X took up), resting on that launch too. A total told
only later, one flight's time, a plan, a total dated only by its year, or a flight the articles
do not date to the day is none: the reply stays as it was, and the engine says why.
"""

from __future__ import annotations

from dataclasses import replace

from pyoxigraph import NamedNode

from kg.questions.flights import flight_classes
from kg.questions.linking import EntityIndex, Mention
from kg.questions.match import Parsed, bounds_in_time
from kg.questions.readers import iris_of
from kg.questions.templates import Reply, query_text
from kg.questions.values import CUMULATIVE, Valued, number_of, valued
from kg.questions.vocabulary import Vocabulary
from kg.store import Store


def total_before(store: Store, parsed: Parsed, reply: Reply, index: EntityIndex, vocabulary: Vocabulary) -> Reply:
    """The person's total in space stated by the launch of the flight the question puts after it,
    when the reply gives their time in space; else ``reply``."""
    flight = _bounding_flight(parsed, index, vocabulary)
    time = vocabulary.properties["timeInSpace"]
    support = [t for i in reply.items for t in i.support]
    if flight is None or parsed.scope == "single" or not support \
            or any(t.predicate.value not in time.family for t in support):
        return reply
    people = {t.subject.value for t in support if isinstance(t.subject, NamedNode)}
    launch = _launch(store, vocabulary, flight.best.iri)
    if len(people) != 1 or launch is None:
        return reply
    person = NamedNode(people.pop())
    rows = store.select(query_text("values"), {"topic": person, "p": iris_of(time)})
    totals = [v for v in valued(rows) if v.scope == CUMULATIVE and not v.planned and v.as_of
              and len(v.as_of) >= 10 and v.as_of[:10] <= str(launch.value.value)[:10]]
    if not totals:
        return reply
    best = max(totals, key=lambda v: (v.as_of or "", number_of(v)))
    since, until = (best.as_of or "")[:10], str(launch.value.value)[:10]
    prop = vocabulary.properties["launchDate"]
    flown = store.select(query_text("values" if prop.qualified else "objects"), {"topic": person, "p": iris_of(prop)})
    if any(since < str(v.value.value)[:10] < until for v in valued(flown) if not v.planned):
        return Reply([], note=f"The articles give {person_label(index, person.value)} a flight between the total "
                              f"they state ({best.item().label}) and {flight.best.label}.")  # the total is stale
    return Reply([replace(best.item(), support=(best.triple, launch.triple))])


def person_label(index: EntityIndex, iri: str) -> str:
    """The person's name as the graph gives it."""
    named = index.entities.get(iri)
    return named.label if named is not None else iri.rsplit("/", 1)[-1]


def _bounding_flight(parsed: Parsed, index: EntityIndex, vocabulary: Vocabulary) -> Mention | None:
    """The flight (or its numbered craft) named as a bound after "before" ("before Soyuz MS-11",
    "prior to Lumen-7")."""
    kinds = flight_classes(vocabulary)
    for m in parsed.mentions:
        named = index.entities.get(m.best.iri)
        if named is not None and kinds & set(named.types) and bounds_in_time(parsed.tokens, m) == "before":
            return m
    return None


def _launch(store: Store, vocabulary: Vocabulary, flight: str) -> Valued | None:
    """The flight's reported launch day, when the articles give one to the day."""
    prop = vocabulary.properties["launchDate"]
    rows = store.select(query_text("values" if prop.qualified else "objects"),
                        {"topic": NamedNode(flight), "p": iris_of(prop)})
    days = sorted({str(v.value.value)[:10]: v for v in valued(rows) if not v.planned
                   and len(str(v.value.value)) >= 10 and str(v.value.value)[:1].isdigit()}.items())
    return days[0][1] if len(days) == 1 else None
