"""When someone was selected, as precisely as the articles say: "chosen in May 1990" is kept
as akg:selectionDate (1990-05) beside akg:selectionYear (1990). "When was X selected?" answers
the date; "In which year was X selected?" still the year.
"""

from __future__ import annotations

from dataclasses import replace

from pyoxigraph import NamedNode, Triple

from kg.namespaces import AKG
from kg.questions.dates import refines
from kg.questions.match import Parsed
from kg.questions.templates import Item, Reply, query_text
from kg.questions.values import show
from kg.store import Store

_YEAR = str(AKG.selectionYear)
_DATE = str(AKG.selectionDate)


def selection_date(store: Store, parsed: Parsed, reply: Reply) -> Reply:
    """``reply``, with a selection year given to a "when" question replaced by the stated
    date of that year, when an article gives one."""
    if parsed.wh != "when" or len(reply.items) != 1 or len(reply.items[0].support) != 1:
        return reply
    item, fact = reply.items[0], reply.items[0].support[0]
    if fact.predicate.value != _YEAR or not isinstance(fact.subject, NamedNode):
        return reply
    rows = store.select(query_text("objects"), {"topic": fact.subject, "p": [NamedNode(_DATE)]})
    dates = [row["o"] for row in rows if refines(str(row["o"].value), str(item.value))]
    if not dates:
        return reply
    best = max(dates, key=lambda o: len(o.value))  # the most precise
    label, value, kind = show(best)
    stated = Triple(fact.subject, NamedNode(_DATE), best)
    return replace(reply, items=[Item(label, value, kind=kind, as_of=item.as_of, support=(stated,),
                                      confidence=item.confidence)])
