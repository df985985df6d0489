"""Figures kept as the articles wrote them, with their unit (an akg:Price, an akg:Altitude):
read the same way for every question that asks for one, so "$35m" and "93 km" reach the
answer as written, a reported figure before one only planned."""

from __future__ import annotations

from pyoxigraph import NamedNode, Triple

from kg.namespaces import AKG
from kg.questions.templates import Item, Reader, Reply
from kg.store.sparql import Rows


def read_amounts(none: str) -> Reader:
    """Each figure of the rows of amounts.rq with its facts; ``none`` is the note when there is none."""

    def read(rows: Rows) -> Reply:
        found: dict[str, Item] = {}
        for row in rows:
            s, p, o = row["s"], row["p"], row["o"]
            assert isinstance(s, NamedNode) and isinstance(p, NamedNode) and isinstance(o, NamedNode)
            amount = row["value"].value
            planned = "modality" in row and row["modality"].value == str(AKG.Planned)
            unit = row["unit"].value if "unit" in row else None
            item = found.get(amount)
            support = (Triple(s, p, o), *(item.support if item else ()))
            found[amount] = Item(amount, amount, kind="value", unit=unit, planned=planned, support=support)
        items = sorted(found.values(), key=lambda i: (i.planned, str(i.value)))
        return Reply(items) if items else Reply([], note=none)

    return read
