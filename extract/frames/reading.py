"""What a role reader gives: whom an event is about (:class:`About`) and how sure the reading is, by
how it was read (a direct dependency is surer than a list or the context, which are surer than the
nearest name); and the word tests every reader asks (a verb or a noun, passive, whose noun).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from extract.components.context import Context

#: how sure a reading is, by how it was read
DIRECT, LISTED, CONTEXT, NEAREST = 0.85, 0.75, 0.65, 0.55

_VERB_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ")


@dataclass(frozen=True, slots=True)
class About:
    """Whom an event is about: people, or a craft or mission when no one is named, and how
    sure the reading is."""

    people: tuple[int, ...]
    craft: int | None
    confidence: float


NOBODY = About((), None, 0.0)


def passive(tok: Token) -> bool:
    """Whether a verb is passive: a past participle without "have" ("was selected", "the
    astronauts chosen in 2009"; not "has selected")."""
    return tok.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)


def owner_of(ctx: Context, noun: Token) -> int | None:
    """The person whose word owns a noun ("her capsule", "Ann Lee's launch"), if any."""
    return next((ctx.person(c) for c in noun.children if c.dep_ == "poss" and ctx.person(c) is not None), None)


def verbal(tok: Token) -> bool:
    """Whether an event word is used as a verb, also where the tagger calls it a noun after
    "to" ("is due to land") or gives the noun a subject ("as they lift-off from ...": the
    parser hangs a subject only on a verb, and on the copula, never its noun, in "it was a
    launch")."""
    if tok.tag_ in _VERB_TAGS or tok.pos_ in ("VERB", "AUX"):
        return True
    if tok.pos_ == "NOUN" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return True
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ == "to" and tok.tag_ == "NN"
