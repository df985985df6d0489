"""A confidence for the answers no stated fact rates: every answer carries one (issue 11).

Most answers rest on facts whose statements give a confidence (see ``Asker._sources``). The
rest rest on what class the articles give an entity: a member of a class ("List the
astronauts"), a profile's "is an astronaut", a count of such members. Those are as sure as
the articles that give the class, each an independent reading (see
:data:`~kg.questions.readers.CLASS_READ`), found in one query.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pyoxigraph import NamedNode

from kg.questions.linking import EntityIndex
from kg.questions.readers import CLASS_READ
from kg.questions.templates import Item, query_text
from kg.questions.vocabulary import Vocabulary
from kg.store import Store


def class_reading(articles: int) -> float:
    """How sure a class is when ``articles`` articles give it."""
    return round(1 - (1 - CLASS_READ) ** max(articles, 1), 3)


def rate_unrated(store: Store, items: Sequence[Item], *, topic: str | None, classes: frozenset[str],
                 vocabulary: Vocabulary, index: EntityIndex) -> list[Item]:
    """The items, each with a confidence: an entity by the articles that give it one of
    ``classes`` (any of its classes when none is asked); a profile's class line about
    ``topic`` by those that give the topic that class; anything else (a count of members) by
    the least sure rated item beside it, else as one class reading."""
    wanted: dict[str, set[str]] = {}  # entity IRI -> classes whose readings rate it
    for item in items:
        if item.confidence is not None:
            continue
        if item.relation == "type" and topic is not None:
            wanted.setdefault(topic, set()).update(
                t for t in index.types_of(topic) if vocabulary.label(t) == item.value)
        elif item.iri is not None and item.kind in ("entity", "place") and not item.support:
            types = index.types_of(item.iri)
            wanted.setdefault(item.iri, set()).update(types & classes if classes else types)
    read = _readings(store, wanted)
    rated: list[Item] = []
    for item in items:
        if item.confidence is None:
            if item.relation == "type" and topic is not None:
                item = replace(item, confidence=read.get((topic, _class_of(index, vocabulary, topic, item)), None))
            elif item.iri is not None and not item.support:
                item = replace(item, confidence=max((c for (x, _), c in read.items() if x == item.iri), default=None))
        rated.append(item)
    known = [i.confidence for i in rated if i.confidence is not None]
    floor = min(known) if known else CLASS_READ
    return [i if i.confidence is not None else replace(i, confidence=floor) for i in rated]



def _class_of(index: EntityIndex, vocabulary: Vocabulary, topic: str, item: Item) -> str:
    return next((t for t in sorted(index.types_of(topic)) if vocabulary.label(t) == item.value), "")


def _readings(store: Store, wanted: dict[str, set[str]]) -> dict[tuple[str, str], float]:
    """(entity, class) -> how sure, from the number of articles giving the entity the class."""
    asked = {c for cs in wanted.values() for c in cs}
    if not asked:
        return {}
    rows = store.select(query_text("is_a"), {"x": [NamedNode(x) for x, cs in wanted.items() if cs],
                                             "class": [NamedNode(c) for c in sorted(asked)]})
    found: dict[tuple[str, str], float] = {}
    for row in rows:
        key = (row["x"].value, row["class"].value)
        if key[1] in wanted.get(key[0], ()):
            found[key] = max(found.get(key, 0.0), class_reading(int(row["articles"].value)))
    return found
