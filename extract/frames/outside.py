"""Whether words that can tell a spacewalk tell one here.

"Spacewalk", "EVA" and "walk in space" always do; "climbed out", "stepped outside", "went
outside" and "an excursion" do only where the story is in space (a station, an airlock, a
hatch, open space, a named craft), not on the ground after a landing ("climbed out of the
scorched capsule on the steppe"). A bare "walk" ("the first of three walks Aug. 7") does
only as one of a series the story has just told by its own word: counted, ranked or timed
("a more than seven hour walk", "their second walk"), not "took a walk on Saturday"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.components.context import Context
from extract.components.quantities import ordinal

#: words of a trigger that say space by themselves
_SPACE_TRIGGER = ("spacewalk", "space", "eva", "extravehicular")
#: words that tell a spacewalk only in a story about one
_BARE = {"walk", "walks"}
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
    if span.text.lower() in _BARE and not _walk_of_series(ctx, tok):
        return False
    sent = tok.sent
    words = list(sent)
    if tok.pos_ == "NOUN" and sent.start > 0:  # "The excursion lasted seven hours": the spacewalk told before
        words = [*ctx.doc[sent.start - 1].sent, *words]
    lower = {t.lower_ for t in words}
    return bool(lower & _IN_SPACE or any(ctx.is_a(t, "STATION", "SPACECRAFT") for t in words)) \
        and not lower & _ON_GROUND


#: words on a bare "walk" that make it one of a series: its length or rank
_SERIES = {"hour", "hours", "minute", "minutes", "last", "final", "next", "previous"}


def _walk_of_series(ctx: Context, tok: Token) -> bool:
    """Whether a bare "walk" noun is a spacewalk of the story: counted, ranked or timed (by
    the words before it, or "the first of three walks"), within two sentences after a
    spacewalk told by its own word."""
    if tok.pos_ != "NOUN":
        return False  # "they walk": a verb, never a spacewalk
    before = [t for t in tok.subtree if t.i < tok.i]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":  # "the first of three walks"
        before.append(tok.head.head)
    if not any(t.like_num or t.lower_ in _SERIES or ordinal(t) is not None for t in before):
        return False
    start = tok.sent.start
    for _ in range(2):
        if start > 0:
            start = ctx.doc[start - 1].sent.start
    return any(t.lower_.startswith(_SPACE_TRIGGER[0]) for t in ctx.doc[start:tok.i])
