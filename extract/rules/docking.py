"""The station module a craft docked at, as ``dockedAt`` of the craft or flight: "Soyuz MS-40
docked with the Rassvet module", "the spacecraft has docked to the Rassvet module" (the story's
craft), "docked to the Harmony module's forward port", "is scheduled to dock with the Prichal
module" (a plan). The module is the one named in the phrase of "with", "to" or "at"; a module
that is itself docked ("Rassvet was docked to Zarya") or a craft undocking gives none.

The station or craft it docked with, as ``dockedWith``: "Soyuz 40 docked with the Salyut 6
station", "the Soyuz 40 spacecraft coupled with Salyut 6", "linked up with Salyut 7", "Endeavour
docked with the space station Mir", "Gemini 6 docked with Gemini 7"; never one it failed to
dock with, nor a rocket or a module."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.components.context import Context, entity, value
from extract.frames.about import about
from extract.frames.crafts import CRAFT, CRAFT_NOUNS, story_craft
from extract.frames.mood import mood
from extract.rules.common import VERSION

#: prepositions of the place a craft docks at
_AT = {"with", "to", "at"}
#: kinds of name a craft docks with: a station, a craft or a flight's craft (not a rocket stage)
_PARTNERS = ("STATION", "SPACECRAFT", "MISSION")
#: links inside a noun phrase that may lead to the module's name ("the forward port of the Harmony module")
_INSIDE = {"compound", "amod", "nmod", "poss", "pobj", "appos"}
#: subjects that stand for the story's craft: the craft unnamed, or the crew it carries
_STORY = CRAFT_NOUNS - {"module", "rocket"} | {"crew", "soyuz", "dragon", "it", "they", "trio", "pair", "quartet"}


def docked(ctx: Context, tok: Token, span: Span) -> None:
    """Read the module and the station a docking verb names and the craft that docked (see the
    module)."""
    if tok.pos_ not in ("VERB", "AUX") or not _docking(tok):
        return
    module = _module(tok) if tok.lemma_ == "dock" else None
    partner = _partner(ctx, tok)
    if module is None and partner is None:
        return
    craft = _craft(ctx, tok)
    if craft is None:
        return
    modality = mood(ctx, tok)
    if modality is None:
        return
    if module is not None:
        ctx.add(craft, "dockedAt", value(module.text), ctx.doc[min(tok.i, module.start):max(tok.i + 1, module.end)],
                rule=f"{VERSION}:docked_at", confidence=0.8, modality=modality)
    if partner is not None and partner[1] != craft:
        ctx.add(craft, "dockedWith", entity(partner[1]), ctx.doc[min(tok.i, partner[0].i):max(tok.i, partner[0].i) + 1],
                rule=f"{VERSION}:docked_with", confidence=0.8, modality=modality)


def _docking(verb: Token) -> bool:
    """Is the verb a docking: "dock", "couple with", "link up with"?"""
    if verb.lemma_ == "dock":
        return True
    withs = any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    if verb.lemma_ == "couple":
        return withs
    return verb.lemma_ == "link" and withs and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)


def _partner(ctx: Context, verb: Token) -> tuple[Token, int] | None:
    """The station or craft named in the verb's "with", "to" or "at" phrase ("with the Salyut 6
    orbital station", "to the space station Mir", "with the ISS's Rassvet module"), reading
    inside its noun phrase but not into a clause."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _AT:
            continue
        stack = [c for c in prep.children if c.dep_ == "pobj"]
        while stack:
            t = stack.pop()
            c = ctx.cluster(t)
            if c is not None and ctx.labels[c] in _PARTNERS:
                return t, c
            stack += [c for c in t.children if c.dep_ in _INSIDE or c.dep_ == "prep" and c.lower_ == "of"]
    return None


def _module(verb: Token) -> Span | None:
    """The module named in the verb's "with", "to" or "at" phrase, reading inside its noun
    phrase ("the Harmony module's forward port") but not into a clause."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _AT:
            continue
        stack = [c for c in prep.children if c.dep_ == "pobj"]
        while stack:
            t = stack.pop()
            if t.ent_type_ == "MODULE":
                return next(e for e in t.doc.ents if e.start <= t.i < e.end)
            stack += [c for c in t.children if c.dep_ in _INSIDE or c.dep_ == "prep" and c.lower_ == "of"]
    return None


def _craft(ctx: Context, verb: Token) -> int | None:
    """The craft or flight that docked: the one the verb is about, else the story's craft when
    the subject is an unnamed craft or its crew ("the spacecraft has docked", "with the crew set
    to arrive and dock"); never a subject of another kind."""
    if verb.tag_ == "VBN" and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None  # "Rassvet was docked to Zarya": a module moved, no flight's docking
    craft = about(ctx, verb).craft
    if craft is not None and ctx.labels[craft] in CRAFT:
        return _specific(ctx, craft)
    subject = _subject(verb)
    if subject is None or subject.lower_ not in _STORY:
        return None  # "watched the Progress docking at Poisk": no subject, no craft of the story's
    craft = story_craft(ctx, verb)
    return _specific(ctx, craft) if craft is not None else None


def _specific(ctx: Context, craft: int) -> int:
    """The one flight of a family a bare family name stands for in the story: "the Soyuz" of a
    page on Soyuz MS-24 (the one of that family the page names most; else the name itself)."""
    name = ctx.clusters[craft].get("name", "")
    if not name or any(ch.isdigit() for ch in name):
        return craft
    told = sorted(((len(cluster["mentions"]), c) for c, cluster in enumerate(ctx.clusters)
                   if ctx.labels[c] in CRAFT and str(cluster.get("name", "")).startswith(name + " ")
                   and any(ch.isdigit() for ch in cluster["name"])), reverse=True)
    if not told or len(told) > 1 and told[1][0] == told[0][0]:
        return craft
    return told[0][1]  # the most told of them ("Soyuz MS-24", not a "Soyuz 2" rocket named once)


def _subject(verb: Token) -> Token | None:
    """The subject of the verb, or of the verb it is joined to ("set to arrive and dock")."""
    t = verb
    for _ in range(4):
        found = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if found is None and t.dep_ == "acl":
            return t.head  # "with the crew set to dock": the noun the clause describes
        if found is not None or t.dep_ not in ("xcomp", "conj", "acl", "advcl") or t.head.i == t.i:
            return found
        t = t.head
    return None
