"""A person's trip said to have been a craft's on a day, as a biography puts it: "Her first trip
into space was on Soyuz TM-20 on October 4, 1994", "His second spaceflight was aboard Soyuz
TMA-40 in October 2034", "Her first flight was STS-199 on May 5, 1997". The trip's owner went up
in that craft (or flew that mission) then: the day is their launch's, and the named flight's when
its name has a number (an orbiter named by a word, "Atlantis", flew many times).

Only a trip noun that is the subject of "be", owned by a person the references resolve, and
only the craft or mission the clause names after "on", "aboard", "in" or as the predicate; a
day told in a clause of its own ("..., a year after X landed", "..., when she came home") is not
the trip's, a trip "as" someone (a flight controller, a backup) or in a simulator is no ride up,
and one in the present or "next" is a plan.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.components.context import Context, date, entity
from extract.frames.entities import entities
from extract.frames.mood import mood
from extract.rules.common import MISSIONS, VERSION

_RULE = f"{VERSION}:trips"
#: nouns of one person's flight, whose "was on X on D" tells the craft and the day it went up
TRIPS = ["trip", "trips", "flight", "spaceflight", "space flight", "mission", "journey", "voyage"]
#: what a trip noun must not be told with: a trip home, one on the ground, a count of them
_NOT_UP = {"return", "home", "back", "training", "test", "simulated", "parabolic", "zero-g", "many", "all", "two",
           "three", "several", "previous"}


#: seats of a trip on the ground or in reserve ("as a flight controller", "as a backup")
_ON_THE_GROUND = {"controller", "capcom", "communicator", "director", "backup", "back-up", "reserve", "alternate",
                  "understudy", "observer", "spectator"}
#: a craft's stand-in on the ground ("the Soyuz training simulator")
_SIMULATED = {"simulator", "simulators", "mockup", "mock-up", "trainer", "replica"}
#: words that tell the day of another event than the trip's launch ("..., when she came home")
_OTHER_TIME = {"when", "after", "before", "while", "until"}
#: words of a trip still to come ("her next mission", "his upcoming flight")
_AHEAD = {"next", "upcoming", "future", "planned"}


def trip(ctx: Context, tok: Token, span: Span) -> None:
    """Read "<her> <first> trip into space was on <craft> on <day>" (see the module docstring)."""
    noun = span.root if span.root.pos_ == "NOUN" else tok
    be = noun.head
    if noun.dep_ != "nsubj" or be.lemma_ != "be" or noun.tag_ != "NN":
        return
    if any(t.lower_ in _NOT_UP for t in noun.subtree):
        return
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    person = ctx.person(owner) if owner is not None else None
    if person is None or ctx.labels[person] != "PERSON":
        return
    modality = mood(ctx, be)
    if modality is None:
        return
    words = [t for t in ctx.region(be) if t.i > noun.right_edge.i]
    rest = [t for t in be.sent if t.i > noun.right_edge.i]
    grounded = any(t.lower_ == "as" and any(w.lower_ in _ON_THE_GROUND for w in t.subtree) for t in rest)
    if grounded or any(t.lower_ in _SIMULATED for t in rest) or any(
            t.lower_ in _OTHER_TIME and t.dep_ in ("advmod", "mark") for t in rest):
        return  # "was on STS-41 as a flight controller", "a simulator", "on D, when she came home"
    if be.tag_ in ("VBZ", "VBP") or any(t.lower_ in _AHEAD for t in noun.subtree):
        modality = "planned"  # "Her next mission is aboard Soyuz MS-30 in September"
    flown = entities(ctx, words, "SPACECRAFT", *MISSIONS, preps=("on", "aboard", "in", "onboard")) or [
        c for c in entities(ctx, words, "SPACECRAFT", *MISSIONS) if any(
            t.dep_ == "attr" and t.head.i == be.i and ctx.cluster(t) == c for t in words)]
    if len(flown) != 1:
        return
    craft = flown[0]
    if ctx.labels[craft] in MISSIONS:
        ctx.add(craft, "crewMember", entity(person), span, rule=_RULE, confidence=0.8, modality=modality)
    else:
        ctx.add(person, "launchVehicle", entity(craft), span, rule=_RULE, confidence=0.8, modality=modality)
    days = ctx.dates_in(words)
    if len(days) != 1 or not ctx.dates[days[0]].year:
        return
    numbered = any(ch.isdigit() for ch in ctx.clusters[craft]["name"])  # not an orbiter, which flew many times
    for one in (person, *([craft] if numbered else [])):
        ctx.add(one, "launchDate", date(days[0]), span, rule=_RULE, confidence=0.8, modality=modality)
