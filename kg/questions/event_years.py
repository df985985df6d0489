"""The years the articles report an event of a flight or a person in (a launch, a return):
a year a question names is checked against them ("Who flew with X on STS-8 in 1983?", "How
many days did X spend in space in 2012?"). Plans are left out: a launch planned for a year may
have slipped out of it."""

from __future__ import annotations

import re

from pyoxigraph import NamedNode

from kg.questions.templates import query_text
from kg.questions.values import valued
from kg.questions.vocabulary import Vocabulary
from kg.store import Store


def event_years(store: Store, vocabulary: Vocabulary, iri: str, event: str = "launchDate") -> set[int]:
    """The years the articles report ``iri``'s dated ``event`` (its launch, unless told) in."""
    prop = vocabulary.properties.get(event)
    if prop is None:
        return set()
    rows = store.select(query_text("values" if prop.qualified else "objects"), {
        "topic": NamedNode(iri), "p": [NamedNode(i) for i in prop.family]})
    return {y for v in valued(rows) if not v.planned and (y := year_of(str(v.value.value))) is not None}


def year_of(text: str) -> int | None:
    """The year a date or as-of text starts with ("1998", "2016-12-08")."""
    found = re.match(r"-?\d{4}", text)
    return int(found.group()) if found else None
