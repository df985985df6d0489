"""The craft or mission a word names (itself, by the name before it, or the craft it is part of),
what "the spaceship" means, and whether the story calls a mission a craft or tells a flight of
the past: the role readers of every frame ask them.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.components.context import Context
from extract.components.dates import past_mention
from extract.patterns import read_jsonl
from extract.rules.common import MISSIONS, VEHICLES

CRAFT = (*VEHICLES, *MISSIONS)

#: words for a craft when it is not named: "his capsule landed"
CRAFT_NOUNS = {"capsule", "spacecraft", "ship", "craft", "vehicle", "spaceship", "rocket", "module"}
#: words that call a mission a craft ("the Shenzhou-19 spaceship")
CRAFT_WORDS = {"spaceship", "spacecraft", "capsule", "ship", "craft"}
#: the capsules named apart from their kind of craft: name -> kind ("Endurance" -> "Crew Dragon")
CAPSULES = {r["name"]: r["type"] for r in read_jsonl("capsules")}
#: the kinds of craft, lower-cased: the programmes' crafts and the kinds of the capsules named apart
CRAFT_KINDS = frozenset({"soyuz", "crew dragon", "dragon", "starliner", "orion", "shenzhou", "space shuttle", "shuttle",
                         "vostok", "voskhod", "gemini", "mercury", "apollo"} | {k.lower() for k in CAPSULES.values()})


def a_kind(name: str) -> bool:
    """Whether a craft's name is that of a kind of craft ("Soyuz", "Crew Dragon"), which names
    no one flight ("Soyuz Commander X", "the Soyuz landed"), not a flight's ("Soyuz TMA-06M")
    nor one capsule's own ("Endeavour")."""
    return name.lower() in CRAFT_KINDS


def story_craft(ctx: Context, word: Token) -> int | None:
    """The craft "the spaceship" means: of the crafts and missions named in its sentence or
    the two before, the one the story names most, else first (its own flight, not one told
    in an aside: "X first flew on Shenzhou-34 in 2022. The spaceship blasted off")."""
    sent, start = word.sent, word.sent.start
    for _ in range(2):
        if start > 0:
            start = ctx.doc[start - 1].sent.start
    near = {c for t, c in ctx.in_sentence(ctx.doc[start:sent.end], "SPACECRAFT", *MISSIONS)
            if t.i < word.i and ctx.named_at.get(t.i) == c and not past_flight(ctx, c)}
    told = {c: [m for m, _ in ctx.clusters[c]["mentions"] if m < word.i] for c in near}
    return max(near, key=lambda c: (len(told[c]), -min(told[c])), default=None)


def called_craft(ctx: Context, flight: int) -> bool:
    """Whether the article calls a mission a craft somewhere ("the Shenzhou-41 spaceship"):
    then it is what its crew rode."""
    doc = ctx.doc
    for _, e in ctx.clusters[flight]["mentions"]:
        tok = doc[e - 1]
        while tok.dep_ in ("compound", "nmod", "nummod") and tok.head.i > tok.i:  # "the Shenzhou-41 return capsule"
            tok = tok.head
            if tok.lower_ in CRAFT_WORDS:
                return True
    return False


def past_flight(ctx: Context, craft: int) -> bool:
    """Whether the story names a flight as one of the past (:func:`past_mention`): not the
    one "the spaceship" or "the crew" of a later sentence means."""
    return any(past_mention(ctx.doc, start, end) for start, end in ctx.clusters[craft]["mentions"])


def named_entity(ctx: Context, noun: Token, *labels: str) -> int | None:
    """The entity a noun names, itself or by the name before it ("an Atlas V rocket", "the
    Soyuz MS-20 spacecraft"), or for a word for a craft, the one it is part of ("the descent
    capsule of the Soyuz MS-20")."""
    if noun.lower_ in CRAFT_NOUNS:  # the of-phrase before what "the capsule" alone would refer to
        for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for t in of.children:
                found = named_entity(ctx, t, *labels) if t.dep_ == "pobj" else None
                if found is not None:
                    return found
    called = [*noun.doc[noun.left_edge.i:noun.i], *(c for c in noun.children if c.dep_ == "appos")] \
        if noun.lower_ in CRAFT_NOUNS | STATION_NOUNS else []  # "the Shenzhou-12 manned spaceship" however parsed,
    for t in (noun, *_modifiers(noun), *called):  # "the world's first spaceship, Vostok, ...": the name beside it
        if ctx.is_a(t, *labels):
            return ctx.cluster(t)
    return None


#: words for a station when it is not named: "the outpost, Tiangong 4, ..."
STATION_NOUNS = {"station", "outpost", "laboratory", "lab"}


def _modifiers(noun: Token) -> list[Token]:
    """The words of a noun's name before it, however deep the parse nests them ("a Long
    March-2F Y19 rocket": "Y19" on "rocket", "March-2F" on "Y19"; a name the tagger took for a
    determiner, "The STS-107 mission")."""
    out: list[Token] = []
    stack = [noun]
    while stack:
        for c in stack.pop().children:
            if c.dep_ in ("compound", "nmod", "nummod", "amod", "det") and c.i < noun.i:
                out.append(c)
                stack.append(c)
    return out
