"""Someone's earlier flights: "Which earlier missions did X take part in?", "On which previous
flight did X fly?", "What had X flown before Lumen-7?". The answer is X's flights less the one
the question is measured from: the flight it names after "before", else X's latest flight the
graph knows. Two flights are ordered by their launch dates, or by their numbers when they are of
one series ("Lumen-3" flew before "Lumen-7"); when the flight measured from, or the place of an
answer beside it, cannot be told so, there is no answer: every flight is no "earlier" one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pyoxigraph import NamedNode, Triple

from kg.questions.flights import flight_classes
from kg.questions.linking import EntityIndex
from kg.questions.match import Parsed
from kg.questions.templates import Item, Plan, Reply, query_text
from kg.questions.values import valued
from kg.questions.vocabulary import Vocabulary
from kg.questions.wording import joined
from kg.store import Store

#: Adjectives that ask for flights before another ("earlier missions", "her previous flight").
EARLIER = {"earlier", "previous", "prior", "preceding"}
#: Nouns of a flight such an adjective qualifies.
_FLIGHTS = {"mission", "flight", "spaceflight", "trip", "journey", "expedition", "voyage"}
#: A name's series and its number: "Lumen-7" is ("lumen", 7), "Soyuz MS-24" ("soyuz ms", 24).
_SERIAL = re.compile(r"^(?P<series>.*?\D)[\s-]*(?P<n>\d+)$")


def asks_earlier(parsed: Parsed) -> bool:
    """Does the question ask for flights before another: an adjective of time before a flight
    noun ("earlier missions"), or "before" with nothing after it or a flight named after it?"""
    tokens = parsed.tokens
    for t in tokens:
        if t.lower in EARLIER and any(a.lemma.lower() in _FLIGHTS for a in tokens[t.i + 1:t.i + 4]):
            return True
        if t.lower == "before" and (t.i + 1 >= len(tokens) or tokens[t.i + 1].is_punct):
            return True
    return _named_bound(parsed) is not None


def _named_bound(parsed: Parsed) -> str | None:
    """The IRI of the thing named right after "before" ("before Lumen-7"), if any."""
    return next((m.best.iri for m in parsed.mentions
                 if m.start > 0 and parsed.tokens[m.start - 1].lower == "before"), None)


def earlier_only(store: Store, parsed: Parsed, plan: Plan, reply: Reply, index: EntityIndex,
                 vocabulary: Vocabulary) -> Reply:
    """``reply`` with only the flights before the one the question is measured from (see the
    module); no answer, saying why, when the order cannot be told."""
    if not reply.items or not asks_earlier(parsed) or "launchDate" not in vocabulary.properties:
        return reply
    kinds = flight_classes(vocabulary)
    if not all(i.iri in index.entities and set(index.entities[i.iri].types) & kinds for i in reply.items):
        return reply
    launch = [NamedNode(p) for p in vocabulary.properties["launchDate"].family]
    bound = _named_bound(parsed)
    known = {i.iri for i in reply.items if i.iri} | _crews_of(store, plan, index, vocabulary, kinds)
    dates = {f: _launches(store, launch, f) for f in known | ({bound} if bound else set())}
    if bound is None:
        bound = _latest(sorted(known), dates, index)
        if bound is None:
            return Reply([], note=f"The articles give {joined([i.label for i in reply.items[:5]])}, but not which "
                                  "flew last, so not which were earlier.")
    label = index.entities[bound].label if bound in index.entities else bound
    kept: list[Item] = []
    for item in reply.items:
        order = _before(item.iri or "", bound, dates, index)
        if order is None:
            return Reply([], note=f"The articles do not say whether {item.label} flew before {label}.")
        if order:
            kept.append(replace(item, support=(*item.support, *dates[bound][:1])))
    if not kept:
        return Reply([], note=f"The articles name no flight of theirs before {label}.")
    return replace(reply, items=kept, note=reply.note or f"Flights before {label}.")


def _launches(store: Store, launch: list[NamedNode], flight: str) -> list[Triple]:
    """The launch-date facts of a flight (planned ones too: a planned flight is a later one)."""
    rows = store.select(query_text("values"), {"topic": NamedNode(flight), "p": launch})
    return [v.triple for v in valued(rows)]


def _date(facts: list[Triple]) -> str | None:
    """The earliest launch date of the facts ("2025-04-24"), None when there is none."""
    values = sorted(str(getattr(t.object, "value", "")) for t in facts)
    return values[0] if values else None


def _crews_of(store: Store, plan: Plan, index: EntityIndex, vocabulary: Vocabulary, kinds: set[str]) -> set[str]:
    """The flights the graph puts the person asked about in the crew of, planned ones too (the
    latest flight may be one not yet flown: "will be her second flight")."""
    people = vocabulary.family("Person")
    persons = [c.iri for _, c in plan.used if c.iri in index.entities and set(index.entities[c.iri].types) & people]
    if len(persons) != 1 or "crewMember" not in vocabulary.properties:
        return set()
    rows = store.select(query_text("subjects"), {
        "topic": NamedNode(persons[0]), "p": [NamedNode(p) for p in vocabulary.properties["crewMember"].family]})
    return {row["s"].value for row in rows if row["s"].value in index.entities
            and set(index.entities[row["s"].value].types) & kinds}


def _latest(flights: list[str], dates: dict[str, list[Triple]], index: EntityIndex) -> str | None:
    """The flight known to be after every other one, else None."""
    for flight in flights:
        if all(_before(other, flight, dates, index) for other in flights if other != flight):
            return flight
    return None


def _before(flight: str, bound: str, dates: dict[str, list[Triple]], index: EntityIndex) -> bool | None:
    """Did ``flight`` launch before ``bound``: by dates when both have one (the same day is no
    earlier), else by number in one series; None when neither tells."""
    if flight == bound:
        return False
    mine, theirs = _date(dates.get(flight, [])), _date(dates.get(bound, []))
    if mine and theirs:
        common = min(len(mine), len(theirs))
        if mine[:common] != theirs[:common]:
            return mine[:common] < theirs[:common]
    a, b = _serial(index, flight), _serial(index, bound)
    if a is not None and b is not None and a[0] == b[0] and a[1] != b[1]:
        return a[1] < b[1]
    return None


def _serial(index: EntityIndex, iri: str) -> tuple[str, int] | None:
    """A flight's series and number from its name ("Lumen-7": ("lumen", 7)).

    >>> _SERIAL.match("Soyuz MS-24").group("series", "n")
    ('Soyuz MS', '24')
    """
    named = index.entities.get(iri)
    m = _SERIAL.match(named.label.strip()) if named is not None else None
    return (m.group("series").lower().strip(" -"), int(m.group("n"))) if m else None
