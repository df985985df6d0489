"""A career total the articles give only as a bound ("spent more than 650 days in space"): a
bound is no figure, so the graph holds none for it, and a question that names no scope ("How
many days did X spend in space?") would be answered by one flight's time, which the articles
say is less than the whole. Then no figure is given, and the note says what is stated: the
flight's time, as one flight's, and the bound, as written.
"""

from __future__ import annotations

import re

from pyoxigraph import NamedNode

from kg.namespaces import AKG
from kg.questions.match import Parsed
from kg.questions.templates import Reply, query_text
from kg.questions.values import SINGLE_MARK
from kg.store import Store

#: A lower bound on a number of days: "more than 650 days", "over 1,000 days", "at least 400 days".
_BOUND = re.compile(r"\b(?:more than|over|at least|in excess of|upwards of)\s+(\d[\d,]*)\s+days\b", re.IGNORECASE)
_TIME_IN_SPACE = str(AKG.timeInSpace)


def lower_bounds(text: str) -> list[int]:
    """The lower bounds on days a sentence states.

    >>> lower_bounds("During his career, he spent more than 1,250 days in space, over 30 days outside.")
    [1250, 30]
    """
    return [int(m.group(1).replace(",", "")) for m in _BOUND.finditer(text)]


def bounded_total(store: Store, parsed: Parsed, reply: Reply) -> Reply:
    """``reply``, unless it gives one flight's time in space to a question that names no scope
    while a sentence naming the same person bounds the total above it: then no answer."""
    if parsed.scope is not None or len(reply.items) != 1:
        return reply
    item = reply.items[0]
    fact = item.support[0] if len(item.support) == 1 else None
    if fact is None or fact.predicate.value != _TIME_IN_SPACE or not item.label.endswith(SINGLE_MARK) \
            or not isinstance(fact.subject, NamedNode) or not isinstance(item.value, int | float):
        return reply
    rows = store.select(query_text("said_of"), {"topic": fact.subject})
    said = {row["text"].value: lower_bounds(row["text"].value) for row in rows}
    beyond = {text: max(b) for text, b in said.items() if b and max(b) > item.value}
    if not beyond:
        return reply
    text, bound = max(beyond.items(), key=lambda kv: kv[1])
    flight = item.label.removesuffix(SINGLE_MARK)
    return Reply([], also=[item, *reply.also],
                 note=f"The articles give the time of one flight ({flight}) and a total only as a bound, "
                      f"more than {bound} days: “{text.strip()}”")
