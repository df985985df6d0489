"""Whether words that can tell a spacewalk tell one here.

"Spacewalk", "EVA" and "walk in space" always do; "climbed out", "stepped outside", "went
outside" and "an excursion" do only where the story is in space (a station, an airlock, a
hatch, open space, a named craft), not on the ground after a landing ("climbed out of the
scorched capsule on the steppe")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.components.context import Context

#: words of a trigger that say space by themselves
_SPACE_TRIGGER = ("spacewalk", "space", "eva", "extravehicular")
#: words that put the story in space
_IN_SPACE = {"space", "vacuum", "airlock", "hatch", "station", "orbit", "orbital", "spacewalk", "spacewalks",
             "spacewalker", "spacesuit", "spacesuits", "tether", "tethers", "truss", "eva", "outpost", "iss",
             "extravehicular", "spacecraft", "spaceship"}
#: words that put it on the ground, after a landing
_ON_GROUND = {"landing", "landed", "touchdown", "splashdown", "grassland", "grasslands", "steppe", "ground",
              "recovery", "parachute", "parachutes", "helicopter", "boat", "desert", "snow", "pad"}


def told_in_space(ctx: Context, tok: Token, span: Span) -> bool:
    """Whether a spacewalk's trigger tells one: its own words say space, or its sentence
    (for a noun also the sentence before) is in space and not on the ground."""
    if any(t.lower_.startswith(_SPACE_TRIGGER) for t in span):
        return True
    sent = tok.sent
    words = list(sent)
    if tok.pos_ == "NOUN" and sent.start > 0:  # "The excursion lasted seven hours": the spacewalk told before
        words = [*ctx.doc[sent.start - 1].sent, *words]
    lower = {t.lower_ for t in words}
    return bool(lower & _IN_SPACE or any(ctx.is_a(t, "STATION", "SPACECRAFT") for t in words)) \
        and not lower & _ON_GROUND
