"""Landings told of a flight or craft, not only of the people aboard: the flight whose own
landing a sentence tells ("Endeavour landed at Kennedy on Dec. 13", "the Soyuz MS-40 descent
module touched down", "Gemini 14, which splashed down"), the verb a landing noun ends as where
the craft went ("glided to a landing"), and the one flight an "it" or "the capsule" that landed
can only be."""

from __future__ import annotations

from spacy.tokens import Token

from extract.components.context import Context
from extract.frames.crafts import CAPSULES, CRAFT_WORDS, a_kind, past_flight
from extract.frames.reading import verbal
from extract.rules.common import MISSIONS


def landed_flight(ctx: Context, tok: Token, craft: int | None) -> int | None:
    """The flight or craft a landing is told of as its own subject ("Endeavour landed at
    Kennedy", "the Soyuz MS-40 descent module touched down", "the Expedition 60 crew landed",
    "the landing of STS-142", "Gemini 14, which splashed down"): one the article names, not a
    kind of craft ("the Soyuz"), a rocket's stage or a flight named elsewhere in the sentence."""
    if craft is None and tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ == "before":
        tok = tok.head.head  # "STS-142 completed 98 orbits before landing at Edwards": the flight of the verb
        craft = next((c for s in tok.children if s.dep_ == "nsubj" for t in s.subtree
                      if (c := ctx.cluster(t)) is not None and ctx.labels[c] in ("SPACECRAFT", *MISSIONS)), None)
    if craft is None or ctx.labels[craft] not in ("SPACECRAFT", *MISSIONS) or _a_kind(ctx.clusters[craft]["name"]):
        return None
    verb = tok
    for _ in range(3):  # "launched on June 2 and landed at Kennedy": the subject of the first verb
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ != "WDT"]
        if subjects:
            told = [t for s in subjects for t in s.subtree if ctx.cluster(t) == craft]
            if any(ctx.named_at.get(t.i) == craft for t in told):
                return craft
            return craft if told and the_one_flight(ctx, tok) == craft else None  # "the capsule": the one named
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.dep_ in ("relcl", "acl") and ctx.cluster(verb.head) == craft:
        return craft  # "Gemini 14, which splashed down ..."
    if not verbal(tok) and any(ctx.cluster(t) == craft for t in tok.subtree):
        return craft  # "the landing of STS-142", "the Soyuz MS-40 landing"
    return None


#: verbs of a craft's last motion that end "to a landing": "glided to a picture-perfect landing"
_TO_A_LANDING = {"glide", "settle", "roll", "coast", "drift", "float", "descend", "ease", "parachute", "swoop"}


def moved_to_a_landing(noun: Token) -> Token | None:
    """The verb a landing noun ends as where the craft went ("the shuttle glided to a landing at
    Kennedy", "the capsule settled to a soft touchdown in the steppe"): it tells who landed and
    when, as "landed" would."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "to" or noun.head.head.lemma_ not in _TO_A_LANDING:
        return None
    return noun.head.head if noun.head.head.pos_ == "VERB" else None


#: words for a flight's craft that do not name it: "the capsule landed", "it touched down"
_CRAFT_NOUNS = {*CRAFT_WORDS, "module", "vehicle", "orbiter", "shuttle"}


def unnamed_craft(tok: Token) -> bool:
    """Whether a landing is told of a craft the sentence does not name: "it", "the capsule",
    "the descent module" (not "a capsule", someone's "their capsule", nor a named one)."""
    verb = tok
    if not verbal(tok):  # "it made a hard landing": the subject of the verb that carries the noun
        verb = tok.head if tok.dep_ in ("dobj", "pobj") else tok
        verb = verb.head if verb.dep_ == "prep" else verb
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return any(s.lower_ == "it" or s.lower_ in _CRAFT_NOUNS and any(
                d.dep_ == "det" and d.lower_ == "the" for d in s.children) for s in subjects)
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def the_one_flight(ctx: Context, tok: Token) -> int | None:
    """The one flight or craft the story names in a landing's sentence or the two before it,
    not a kind of craft nor one of the past: what "it" or "the capsule" that landed is; None
    when it names none or several."""
    sent, found = tok.sent, set()
    for _ in range(3):
        found |= {c for t, c in ctx.in_sentence(sent, "SPACECRAFT", *MISSIONS) if ctx.named_at.get(t.i) == c}
        if sent.start == 0:
            break
        sent = ctx.doc[sent.start - 1].sent
    found = {c for c in found if not _a_kind(ctx.clusters[c]["name"]) and not past_flight(ctx, c)}
    return found.pop() if len(found) == 1 else None


def _a_kind(name: str) -> bool:
    """Whether a craft's name is that of a kind of craft (:func:`extract.frames.crafts.a_kind`),
    or one word without a number that is no capsule's own (a kind not listed, "Tianzhou"), not
    of one craft or flight ("Soyuz MS-40", "Faith 7", "Space Shuttle Atlantis", "Endeavour")."""
    return a_kind(name) or " " not in name and not any(ch.isdigit() for ch in name) and name not in CAPSULES
