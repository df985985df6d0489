"""Who came out of a craft after its landing rode it home: "X is helped out of the Soyuz MS-9
spacecraft", "X was pulled out of the Shenzhou-14 capsule", "crews helped X out of the Soyuz",
with those who landed beside them in the same sentence ("just minutes after she, A and B
landed"). Each is a rider of that craft (``spacecraft``), so what the story says of its crew
is theirs; never someone who only watched, nor a craft left on a spacewalk."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.components.context import Context, entity
from extract.frames.crafts import CRAFT_WORDS
from extract.frames.mood import mood
from extract.rules.common import MISSIONS, VERSION

#: verbs of leaving a craft through its hatch, done or helped
_OUT = {"help", "pull", "lift", "carry", "extract", "climb", "emerge", "step", "crawl", "get", "haul", "assist"}
#: kinds of name of a craft one comes out of (a rocket is none)
_CRAFT = ("SPACECRAFT", *MISSIONS)
#: nouns of a craft after its name ("the Soyuz MS-9 spacecraft"), not of a thing named after it ("hangar")
_CRAFT_NOUNS = CRAFT_WORDS | {"vehicle", "lander", "orbiter", "shuttle"}
#: verbs of coming down, whose subjects in the same sentence landed beside the one helped out
_LAND = {"land", "touch", "splash", "return"}


def out_of(ctx: Context, tok: Token, span: Span) -> None:
    """Read "out of" a named craft after a verb of leaving it (see the module)."""
    if tok.lower_ != "out" or tok.i + 1 >= len(ctx.doc) or ctx.doc[tok.i + 1].lower_ != "of":
        return
    verb = tok.head
    if verb.lemma_ not in _OUT or verb.pos_ not in ("VERB", "AUX"):
        return
    craft = next((c for t in ctx.doc[tok.i + 1].children if t.dep_ == "pobj"
                  for x in ((t, *t.lefts) if t.lower_ in _CRAFT_NOUNS else (t,))
                  if (c := ctx.cluster(x)) is not None and ctx.labels[c] in _CRAFT), None)
    helped = next((c for c in verb.children if c.dep_ == "dobj"), None)  # "crews helped X out of": X
    subject = helped or next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    person = ctx.person(subject) if subject is not None else None
    if craft is None or person is None:
        return
    modality = mood(ctx, verb)
    if modality is None:
        return
    for one in dict.fromkeys([person, *_landed_beside(ctx, verb)]):
        ctx.add(one, "spacecraft", entity(craft), span, rule=f"{VERSION}:out_of", confidence=0.7, modality=modality)


def _landed_beside(ctx: Context, verb: Token) -> list[int]:
    """The people a verb of landing joined to the verb has as subjects ("... after she, A and B
    landed"), however the parse hangs them."""
    found: list[int] = []
    for landed in (t for t in verb.sent if t.lemma_ in _LAND and t.pos_ == "VERB" and verb in t.ancestors):
        for c in landed.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                found += [p for t in (c, *c.conjuncts) if (p := ctx.person(t)) is not None]
    return found
