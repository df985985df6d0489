"""When someone first flew: "When did X first fly into space?", "When did X launch on her first
flight?". The earliest launch date the articles give is the first flight's only when they give
a date for every flight they state: a veteran of two flights whose articles date only the
second ("returned to space in 1973") has no first launch date in the graph, and the one date
known answers another question.
"""

from __future__ import annotations

from dataclasses import replace

from pyoxigraph import NamedNode

from kg.questions.flights import flown_queries, iris, read_flown
from kg.questions.match import Parsed
from kg.questions.templates import Reply, query_text
from kg.questions.vocabulary import Vocabulary
from kg.store import Store
from kg.store.sparql import Rows

#: nouns of a flight that "first" may qualify ("her first flight")
_FLIGHTS = {"flight", "spaceflight", "mission", "trip", "journey", "voyage", "launch", "liftoff"}


def asks_first(parsed: Parsed) -> bool:
    """Does a "when" question ask for someone's first flight ("first fly", "first flight")?"""
    if parsed.wh != "when":
        return False
    tokens = parsed.tokens
    for t in tokens:
        if t.lower != "first":
            continue
        head = tokens[t.head]
        if t.dep == "advmod" and head.pos == "VERB" or head.lemma.lower() in _FLIGHTS:
            return True
    return False


def first_launch(store: Store, parsed: Parsed, reply: Reply, vocabulary: Vocabulary) -> Reply:
    """``reply`` to a question about someone's first flight: its earliest launch date, when the
    articles date as many flights as they state; else no answer, saying why."""
    if not asks_first(parsed) or not reply.items or "launchDate" not in vocabulary.properties:
        return reply
    launch = set(vocabulary.properties["launchDate"].family)
    facts = [t for i in reply.items for t in i.support]
    people = {t.subject.value for t in facts if isinstance(t.subject, NamedNode)}
    if not facts or any(t.predicate.value not in launch for t in facts) or len(people) != 1:
        return reply
    person = people.pop()
    query, bindings, parts = flown_queries(vocabulary, person)
    rows = store.select(query_text(query), bindings)
    for part, more in parts:
        rows = Rows(rows.variables, rows.rows + store.select(query_text(part), more).rows)
    back = {i.value for i in iris(vocabulary, "returnDate")}
    counted = read_flown(person, person, back)(rows)
    flights = next((int(i.value) for i in counted.items if isinstance(i.value, int)), 0)
    dated = {row["value"].value for row in rows if row["what"].value == "date" and row["q"].value not in back}
    earliest = min(reply.items, key=lambda i: str(i.value))
    if flights > max(len(dated), 1):
        return Reply([], note=f"The articles give {earliest.label} as a launch, but state {flights} flights and do "
                              "not date each: which was the first they do not say.")
    return replace(reply, items=[earliest])
