"""A year's class of an agency counted: only the size an article states ("NASA selected 10
astronaut candidates", akg:classSize), never the people the articles happen to name in it
(:mod:`kg.questions.tallies`). A size the articles state differently, or fewer than the people
they name in the class, is no answer."""

from __future__ import annotations

from collections.abc import Sequence

from pyoxigraph import NamedNode, Triple

from kg.namespaces import AKG
from kg.questions.group_sizes import Group, Stated, stated_size
from kg.questions.templates import Context, Item, Reply
from kg.store.sparql import Rows, Term


def class_parts(ctx: Context, topic: str) -> tuple[tuple[str, dict[str, Term | Sequence[Term]]], ...]:
    """The query that brings the class sizes an agency ``topic`` states (none for anything else)."""
    named = ctx.index.entities.get(topic)
    agencies = ctx.vocabulary.family("SpaceAgency")
    return (("class_size", {"topic": [NamedNode(topic)]}),) if named and set(named.types) & agencies else ()


def without_class_sizes(rows: Rows) -> Rows:
    """The rows other than those of :func:`class_parts`."""
    return Rows(rows.variables, [r for r in rows.rows if "classSize" not in r])


def stated_class(rows: Rows, year: int, named: Sequence[Item], label: str) -> Reply | None:
    """The answer from the size stated of ``label``'s class of ``year`` (the class's year, else
    the year of the day it was told, else the one year its article gives the agency's choice of
    people), read against the people ``named`` in it as every group's size is
    (:func:`kg.questions.group_sizes.stated_size`); None when no size is stated as reported."""
    mine = [r for r in rows if "classSize" in r]
    seen: dict[str, set[str]] = {}  # an undated size: of the one year its article dates the agency's choice
    for r in mine:
        if "seen" in r:
            seen.setdefault(r["o"].value, set()).add(r["seen"].value[:4])
    sizes: dict[int, Stated] = {}
    for r in mine:
        years = seen.get(r["o"].value, set())
        when = r["year"].value if "year" in r else r["asOf"].value if "asOf" in r else \
            next(iter(years)) if len(years) == 1 else ""
        planned = "modality" in r and r["modality"].value == str(AKG.Planned)
        if when[:4] == str(year) and not planned and r["classSize"].value.isdigit():
            n = int(r["classSize"].value)
            sizes.setdefault(n, Stated(n, Triple(r["s"], r["p"], r["o"]), False))  # type: ignore[arg-type]
    group = Group("class", f"for {label} in {year}", f"{label}'s class of {year}", "in it", final=True)
    return stated_size(named, sorted(sizes.values(), key=lambda s: s.n), group)
