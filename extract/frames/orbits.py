"""A flight told by its orbits ("circled the Earth three times in the Aurora 7 spacecraft",
"orbited the globe 22 times aboard Faith 7"): the craft the person flew. Only the Earth, the
globe or the planet orbited, and only a named craft (not a station: "orbits the Earth aboard
the station" tells where, not what they flew up in); no date, since orbiting on a day is not
launching on it."""

from __future__ import annotations

from spacy.tokens import Token

from extract.components.context import Context
from extract.frames.entities import entities
from extract.frames.reading import verbal

#: what a crewed flight circles
_EARTH = {"earth", "globe", "planet", "world"}
#: prepositions of the craft circled in
_IN = ("in", "aboard", "inside", "on", "onboard")


def orbited_in(ctx: Context, tok: Token, words: list[Token]) -> list[int]:
    """The craft named as the one in which the clause's subject circled the Earth."""
    if not verbal(tok) or tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children):
        return []  # "the station is orbited by ...": no flight of the subject's
    circled = [t for c in tok.children if c.dep_ in ("dobj", "prep") for t in (c, *c.children)
               if t.lower_ in _EARTH]
    if not circled:
        return []
    return entities(ctx, words, "SPACECRAFT", preps=_IN)[:1]
