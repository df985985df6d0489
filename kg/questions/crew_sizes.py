"""A flight's crew counted: the size the articles state ("a crew of four", akg:crewSize); with
none stated there is no answer and the people they name are listed (:mod:`kg.questions.tallies`).
A list of the crew that names fewer than the stated size says how many of them it names.
When the people named outnumber the stated size, or articles state different sizes, there is no
answer and the message says so, rather than a guess between them. A size given only as planned
answers a question about the future; asked what happened, it is no answer and the plan is said.
The size is read as every group's is (:mod:`kg.questions.group_sizes`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pyoxigraph import Literal, NamedNode, Triple

from kg.namespaces import AKG
from kg.questions.group_sizes import Group, Stated
from kg.questions.templates import Context
from kg.store.sparql import Rows, Term


def size_parts(ctx: Context, topics: Iterable[str]) -> tuple[tuple[str, dict[str, Term | Sequence[Term]]], ...]:
    """The query that brings the stated crew sizes of the flights among ``topics`` to a reader
    that counts their crews (none when no topic is a flight)."""
    kinds = ctx.vocabulary.family("Mission")
    flights = [NamedNode(t) for t in topics if (e := ctx.index.entities.get(t)) is not None and set(e.types) & kinds]
    return (("crew_size", {"topic": flights}),) if flights else ()


def stated_sizes(rows: Rows) -> tuple[Rows, list[Stated]]:
    """The rows without the stated sizes, and the sizes (a size some article reports is
    reported; one every article gives only as planned is a plan)."""
    mine = [r for r in rows if "size" in r and isinstance(r["o"], Literal)]
    if not mine:
        return rows, []
    reported = {r["o"].value for r in mine if "modality" not in r or r["modality"].value != str(AKG.Planned)}
    sizes: dict[str, Stated] = {}
    for r in mine:
        if r["o"].value.isdigit():
            sizes.setdefault(r["o"].value, Stated(int(r["o"].value), Triple(r["s"], r["p"], r["o"]),  # type: ignore[arg-type]
                                                  r["o"].value not in reported))
    return Rows(rows.variables, [r for r in rows.rows if r not in mine]), sorted(sizes.values(), key=lambda s: s.n)


def crew(flight: str) -> Group:
    """A flight's crew, as the notes of :func:`kg.questions.group_sizes.stated_size` name it."""
    return Group("crew", f"for {flight}", f"the {flight} crew", "on it")


def planned_note(sizes: Sequence[Stated], flight: str) -> str:
    """What a count of the names found adds about a size given only as planned."""
    plans = [s for s in sizes if s.planned]
    return f" A crew of {plans[0].n} is given for {flight} only as planned." if len(plans) == 1 else ""


def some_of(named: Sequence[object], sizes: Sequence[Stated], flight: str) -> str | None:
    """What a list of a flight's crew adds when it names fewer than the one size the articles
    report ("The articles state a crew of 6 for X; they name 4 of them."): the list is right as far
    as it goes, and the reader learns it is not the whole crew. None when no size is reported,
    sizes disagree, or the list is whole."""
    reported = [s for s in sizes if not s.planned]
    if len(reported) != 1 or not named or len(named) >= reported[0].n:
        return None
    return f"The articles state a crew of {reported[0].n} for {flight}; they name {len(named)} of them."
