"""The station module a craft docked at (akg:dockedAt): "Which ISS module did X dock with?",
"At which module did X dock?", "To which port of the station did X dock?". The answer is the
module's name as the articles give it ("Rassvet"), never the station; a docking only planned is
marked so."""

from __future__ import annotations

from collections.abc import Iterator

from pyoxigraph import Literal, NamedNode, Triple

from kg.namespaces import AKG
from kg.questions.linking import Candidate
from kg.questions.match import Parsed
from kg.questions.readers import node, types_of
from kg.questions.templates import Context, Item, Plan, Reader, Reply, template
from kg.questions.types import asks_module
from kg.store.sparql import Rows


@template("docked", priority=52)
def docked_at(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """ "Which module did X dock with?": the modules the articles say X docked at."""
    if not asks_module(parsed) or "dockedAt" not in ctx.vocabulary.properties:
        return
    stations = ctx.vocabulary.family("SpaceStation")
    crafts = [m for m in parsed.mentions if not types_of(ctx, m.best.iri) & stations]
    if len(crafts) != 1:
        return
    mention = crafts[0]
    empty = f"The articles name no module {mention.best.label} docked at."
    yield Plan("docked", "docked", {"topic": node(mention.best.iri), "p": NamedNode(str(AKG.dockedAt))},
               read_modules(mention.best), ((mention, mention.best),), empty=empty, final=True)


def read_modules(topic: Candidate) -> Reader:
    """The modules ``topic`` docked at, a module reported by any article before one only planned."""

    def read(rows: Rows) -> Reply:
        reported: dict[str, bool] = {}
        support: dict[str, tuple[Triple, ...]] = {}
        for row in rows:
            s, p, o = row["s"], row["p"], row["o"]
            assert isinstance(s, NamedNode) and isinstance(p, NamedNode) and isinstance(o, Literal)
            name = o.value
            reported[name] = reported.get(name, False) or "modality" not in row
            support[name] = (*support.get(name, ()), Triple(s, p, o))
        items = [Item(name, name, kind="value", planned=not reported[name], support=support[name])
                 for name in sorted(reported, key=lambda n: (not reported[n], n))]
        if items:
            return Reply(items)
        return Reply([], note=f"The articles name no module {topic.label} docked at.")

    return read
