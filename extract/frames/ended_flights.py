"""Whose flight a landing ends, when the sentence names the flight's owner rather than who
landed: "A's space flight ended today in a perfect landing of the shuttle Atlantis", "the
six-month mission of A came to an end with the landing of the Soyuz TM-40", "Endeavour
landed at the Kennedy Space Center, completing A's first spaceflight". The landing is the
owner's (and the craft named with it the one the owner came home in)."""

from __future__ import annotations

from spacy.tokens import Token

from extract.components.context import Context

#: verbs of a flight's end: "ended in a landing", "concluded with a splashdown", "completing A's flight"
_ENDING = {"end", "conclude", "finish", "close", "complete", "wrap", "cap"}
#: nouns of a trip someone makes to space, whose owner a landing that ends it brings home
_TRIPS = {"mission", "flight", "spaceflight", "voyage", "trip", "stay", "expedition", "journey", "sojourn"}


def ended_by(ctx: Context, event: Token) -> list[int]:
    """The people whose trip a landing word ends: the owner ("A's", "of A") of the trip noun
    that is the subject of "ended in"/"came to an end with" the landing noun, or the object of
    "completing"/"ending" beside the landing verb. None for a trip of no one named ("the
    mission ended with a landing"), nor for what is no trip ("A's career ended with ...")."""
    if event.pos_ in ("VERB", "AUX"):
        trips = [o for c in event.children if c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG"
                 and c.lemma_ in _ENDING for o in c.children if o.dep_ == "dobj"]
    elif event.dep_ == "pobj" and event.head.lower_ in ("in", "with") and _ends(event.head.head):
        trips = [c for c in event.head.head.children if c.dep_ == "nsubj"]
    else:
        return []
    people: list[int] = []
    for trip in (t for t in trips if t.lemma_ in _TRIPS):
        owners = [c for c in trip.children if c.dep_ == "poss"]
        owners += [o for p in trip.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                   if o.dep_ == "pobj"]
        for owner in owners:
            p = ctx.person(owner)
            if p is not None:
                people += [q for q in ctx.conjuncts(p, owner) if q not in people]
    return people


def _ends(verb: Token) -> bool:
    """Whether a verb tells an end: "ended", "concluded", "came to an end"."""
    return verb.lemma_ in _ENDING or verb.lemma_ == "come" and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(o.lower_ == "end" for o in c.children) for c in verb.children)
