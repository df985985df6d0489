"""A time in space asked on a station: "How many days did X spend on the ISS?", "How long was
X's stay aboard Mir?".

A station is where a stay was spent, not a flight the stated lengths are tied to, so the
reader does not look for lengths tied to it (:func:`kg.questions.readers.read_values`). A
length tied to a flight then answers only when it is one flight's, its own sentence names the
station asked ("spent 120 days aboard the Kestrel station on Corra-9") and the graph ties the
person to that station and no other: a flight's length told apart from the station (a flight to
a telescope) or of someone who lived on two stations may be of another stay. A length tied to no
flight is read as before: the checks of one flight among several (:mod:`kg.questions.tied_lengths`)
hold.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from pyoxigraph import NamedNode, Triple

from kg.namespaces import AKG
from kg.questions.linking import EntityIndex
from kg.questions.match import Parsed
from kg.questions.templates import Item, Reply, query_text
from kg.questions.values import SINGLE_MARK
from kg.questions.vocabulary import Vocabulary
from kg.store import Store

_TIME_IN_SPACE = str(AKG.timeInSpace)


def station_stay(store: Store, parsed: Parsed, reply: Reply, index: EntityIndex, vocabulary: Vocabulary,
                 sentences: Callable[[Item], Sequence[str]]) -> Reply:
    """``reply``, or no answer when it gives a time in space to a question that names a station
    the answer is not shown to be of (see the module)."""
    support = [t for i in reply.items for t in i.support]
    if not support or any(t.predicate.value != _TIME_IN_SPACE for t in support):
        return reply
    kinds = vocabulary.family("SpaceStation")
    station = next((m.best for m in parsed.mentions if index.types_of(m.best.iri) & kinds), None)
    if station is None or not _tied_to_flights(store, support):
        return reply
    if not all(i.label.endswith(SINGLE_MARK) for i in reply.items):
        return Reply([], also=reply.items, note=f"The articles give a total time in space, not a stay on "
                                                f"{station.label}.")
    named = index.entities.get(station.iri)
    names = [station.label, *(named.aliases if named is not None else ())]
    people = {t.subject.value for t in support if isinstance(t.subject, NamedNode)}
    if all(any(_says(name, text) for name in names for text in sentences(i)) for i in reply.items) and all(
            _stations_of(store, person, index, kinds) == {station.iri} for person in people):
        return reply
    return Reply([], also=reply.items, note=f"The articles give {', '.join(i.label for i in reply.items)}, but "
                                            f"not as a stay on {station.label}.")


def _says(name: str, text: str) -> bool:
    """Does the sentence name the station ("spent 120 days aboard the Kestrel station")?"""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE) is not None


def _tied_to_flights(store: Store, support: list[Triple]) -> bool:
    """Is any of the stated lengths tied to a flight (``akg:mission``)?"""
    for fact in support:
        if not isinstance(fact.subject, NamedNode):
            continue
        rows = store.select(query_text("values"), {"topic": fact.subject, "p": fact.predicate})
        if any(row["o"] == fact.object and "mission" in row for row in rows):
            return True
    return False


def _stations_of(store: Store, person: str, index: EntityIndex, kinds: set[str]) -> set[str]:
    """The stations the graph links the person to, by any stated fact either way round."""
    rows = store.select(query_text("touching"), {"a": NamedNode(person), "b": NamedNode(person)})
    ends = {str(row[k].value) for row in rows for k in ("s", "o") if k in row and isinstance(row[k], NamedNode)}
    return {e for e in ends if index.types_of(e) & kinds}

