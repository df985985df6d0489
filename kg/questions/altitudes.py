"""The highest altitude a flight reached (akg:altitudeReached): "What altitude did X reach?",
"What was the apogee of X?", "How high did X fly?", "What was X's peak altitude?". Each figure
is given as the articles wrote it ("93 km"). A height at a moment ("At what altitude did the
abort happen?") is not this question: the graph keeps the highest one only."""

from __future__ import annotations

from collections.abc import Iterator

from pyoxigraph import NamedNode

from kg.namespaces import AKG
from kg.questions.amounts import read_amounts
from kg.questions.match import Parsed
from kg.questions.readers import node, types_of
from kg.questions.templates import Context, Plan, template

#: nouns that ask for the highest altitude ("what altitude did X reach", "the apogee of X")
_NOUNS = {"altitude", "apogee"}


@template("altitude", priority=52)
def altitude_reached(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """ "What altitude did X reach?": the altitudes the articles say X reached (see the module)."""
    words = [t.lower for t in parsed.tokens]
    high = any(a == "how" and b in ("high", "far up") for a, b in zip(words, words[1:], strict=False))
    if not (high or parsed.wh in ("what", "which") and set(words) & _NOUNS) or words[:1] == ["at"] \
            or "altitudeReached" not in ctx.vocabulary.properties:
        return
    flights = ctx.vocabulary.family("Mission", "Vehicle")
    named = [m for m in parsed.mentions if types_of(ctx, m.best.iri) & flights]
    if len(named) != 1 or len(parsed.mentions) != 1:
        return
    mention = named[0]
    empty = f"The articles give no altitude {mention.best.label} reached."
    yield Plan("altitude", "amounts", {"topic": node(mention.best.iri), "p": NamedNode(str(AKG.altitudeReached))},
               read_amounts(empty), ((mention, mention.best),), empty=empty, final=True)
