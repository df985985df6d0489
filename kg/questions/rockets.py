"""The rocket that carried someone, when the articles state it for the flight or the craft:
"What rocket carried X?", "What did X launch on?".

A rocket is stated of a flight ("Tessel-4 lifted off on a Halyard 9") or of a craft ("Gannet
was carried by a Brava rocket") far more often than of each person aboard, so when nothing
states it for X, the answer goes through X's flight (X is in its crew) or X's craft: a chain
of two facts, answered by the queries the answer shows. Only a vehicle answers (never the crew
or the flight), and a question that asks for a rocket gets a rocket, not the craft.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from kg.questions.linking import Candidate
from kg.questions.match import Parsed
from kg.questions.readers import iris_of, node, read_chain, types_of
from kg.questions.templates import Context, Plan, Reader, Reply, template
from kg.store.sparql import Rows


@template("rocket", priority=62)
def rocket(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """X's flight's or craft's launch vehicle (see the module)."""
    voc = ctx.vocabulary
    people = voc.family("Person")
    if (parsed.provenance or len(parsed.mentions) != 1 or parsed.wh not in ("what", "which")
            or not parsed.relations or parsed.relations[0].prop.name != "launchVehicle"):
        return
    mention = parsed.mentions[0]
    if not types_of(ctx, mention.best.iri) & people or not {"crewMember", "spacecraft"} <= set(voc.properties):
        return
    topic = node(mention.best.iri)
    carried = iris_of(voc.properties["launchVehicle"])
    yield Plan("rocket", "chain_bf", {"topic": topic, "p1": iris_of(voc.properties["crewMember"]), "p2": carried},
               read_rocket(ctx, mention.best), ((mention, mention.best),),
               empty=f"The articles name no rocket of {mention.best.label}'s flights or craft.",
               parts=(("chain_ff", {"topic": topic, "p1": iris_of(voc.properties["spacecraft"]), "p2": carried}),))


def read_rocket(ctx: Context, topic: Candidate) -> Reader:
    """The vehicles at the end of the chains, saying which flight or craft they carried."""
    vehicles, stations = ctx.vocabulary.family("Vehicle"), ctx.vocabulary.family("SpaceStation")
    chain = read_chain(ctx.vocabulary.properties["launchVehicle"], topic)

    def read(rows: Rows) -> Reply:
        kept = sorted((r for r in rows if types_of(ctx, r["x"].value) & vehicles
                       and not (types_of(ctx, r["x"].value) | types_of(ctx, r["mid"].value)) & stations),
                      key=lambda r: tuple(str(r.get(k, "")) for k in ("label", "x", "mid", "p1", "p")))  # stores alike
        reply = chain(Rows(rows.variables, kept))
        if not reply.items:
            return reply
        through = sorted({r["midLabel"].value if "midLabel" in r else r["mid"].value for r in kept})
        return replace(reply, note=f"No article names the rocket of {topic.label}; it is the one stated for "
                                   f"{', '.join(through)}, which {topic.label} flew.")

    return read
