"""Whether a landing word tells something other than a crew's landing on Earth.

Reporters use "return" and "land" for moves that end no flight: spacewalkers "returned to
the core module" or "to the re-entry capsule", and Apollo crews "settled onto the lunar
surface" or "landed and walked on the Moon". Neither is a return date nor a landing site."""

from __future__ import annotations

from spacy.tokens import Token

from extract.components.context import Context
from extract.frames.crafts import CRAFT

#: the parts of a craft or station a crew goes back into after a spacewalk
_INSIDE = {"module", "capsule", "airlock", "hatch", "station", "lab", "laboratory", "spacecraft", "spaceship",
           "ship", "outpost", "cabin", "complex", "vehicle"}
#: words that put a landing on another world
_OTHER_WORLDS = frozenset({"moon", "lunar", "mars", "martian"})
#: prepositions that give where a landing ends
_ONTO = {"on", "onto", "upon", "to"}


#: words in a place's name that make it where a capsule comes down ("the Dongfeng landing site")
_LANDING_GROUND = {"landing", "site", "steppe", "steppes", "desert", "ocean", "sea", "gulf", "coast", "zone"}


def back_aboard(ctx: Context, tok: Token) -> bool:
    """Whether "return" goes somewhere that ends no flight: back into a craft or station
    ("returned to the Shenzhou-30's re-entry capsule", "made their return to the core module"),
    or on to a town or country after the landing ("will return to Russia later Sunday")."""
    if tok.lemma_ != "return":
        return False
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "into", "inside")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.lower_ in ("earth", "ground", "home", "planet"):
                return False
            if obj.lower_ in _INSIDE or ctx.is_a(obj, *CRAFT, "STATION"):
                return True
            place = ctx.cluster(obj) if ctx.is_a(obj, "PLACE") else None
            if place is not None and not _LANDING_GROUND & set(ctx.clusters[place]["name"].lower().split()):
                return True
    return False


def on_another_world(tok: Token, worlds: frozenset[str] = _OTHER_WORLDS) -> bool:
    """Whether a landing ends on the Moon or another world (one of ``worlds``), said by its own
    verb or by the verb it is told with ("settled onto the lunar surface on May 2, landing in a
    plain"; "landed and walked on the lunar surface")."""
    verbs = [tok, *(c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if tok.dep_ in ("advcl", "conj", "xcomp") and tok.head.pos_ == "VERB":
        verbs.append(tok.head)
    return any(c.dep_ == "prep" and c.lower_ in _ONTO and any(t.lower_ in worlds for t in c.subtree)
               for v in verbs for c in v.children)


#: words that put a landing on the Moon
MOON = frozenset({"moon", "lunar"})
