"""The highest altitude a flight reached, as ``altitudeReached`` of the flight or craft:
"Soyuz MS-40 reached an altitude of 93 km", "the crew climbed to an altitude of 351,225 feet"
(the crew's flight), "a peak altitude of 55 miles", "an apogee of 54.3 miles", a fact line
"Apogee 54.3 miles" (the story's flight). Each figure is kept as written with its hedge and its
unit; a converted figure after "or" ("351,225 feet, or more than 66 miles") is the same height.

Not an altitude reached: a station's or a satellite's orbit ("the station orbits at an altitude
of 400 km": no verb of climbing), a height at a moment ("Altitude at Release 44,341ft"), an
altitude with no figure ("reached apogee")."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Span, Token

from extract.components.context import Context, value
from extract.frames.about import about
from extract.frames.crafts import CRAFT
from extract.frames.mood import mood
from extract.rules.common import VERSION
from extract.rules.crew_sizes import flight_of

#: a figure after the trigger noun: "altitude of about 93 km", "Apogee 54.3 miles"
_FIGURE = re.compile(r"(?i)(?:altitude|apogee)(?: of)? +((?:about|around|roughly|nearly|almost|approximately|some|over|"
                     r"more than|less than|just over|just under) )?(\d[\d,]*(?:\.\d+)?) ?(feet|foot|ft|miles|mile|"
                     r"kilometers|kilometres|kilometer|kilometre|km|meters|metres|meter|metre)\b")
#: each unit's name in words
_UNITS = {"feet": "foot", "foot": "foot", "ft": "foot", "miles": "mile", "mile": "mile", "km": "kilometre",
          "kilometers": "kilometre", "kilometres": "kilometre", "kilometer": "kilometre", "kilometre": "kilometre",
          "meters": "metre", "metres": "metre", "meter": "metre", "metre": "metre"}
#: verbs of getting up to a height ("reached an altitude of", "climbed to an altitude of")
_CLIMB = {"reach", "climb", "soar", "rise", "fly", "hit", "attain", "top", "ascend", "peak", "rocket", "go", "get"}
#: words that make an altitude the highest one ("a peak altitude of", "its maximum altitude")
_TOP = {"peak", "maximum", "max", "top", "highest"}
#: prepositions of a height at a moment, not the highest one ("Altitude at Release")
_MOMENT = {"at", "during", "when", "before", "after", "upon", "on"}
#: subjects that stand for a flight's crew or its unnamed craft ("the crew climbed to ...")
_CREW = {"crew", "capsule", "spacecraft", "vehicle", "craft", "passengers", "astronauts", "ship", "rocket",
         "spaceship", "they"}


def altitude(ctx: Context, tok: Token, span: Span) -> None:
    """Read the figure after "altitude" or "apogee" and the flight that reached it (see the module)."""
    found = _FIGURE.match(ctx.text, tok.idx)
    if found is None or any(c.dep_ == "prep" and c.lower_ in _MOMENT for c in tok.children):
        return  # no figure, or a height at a moment: "Altitude at Release 44,341ft"
    verb = _climb(tok)
    if verb is None and not (tok.lower_ == "apogee" or any(c.lower_ in _TOP for c in tok.children)
                             or tok.dep_ == "ROOT"):
        return  # "orbits at an altitude of 400 km": no height reached
    flight = _flight(ctx, tok, verb)
    if flight is None:
        return
    modality = mood(ctx, verb if verb is not None else tok)
    if modality is None:
        return
    hedge, figure, unit = found.groups()
    written = f"{hedge or ''}{figure} {unit}"
    q: list[list[Any]] = [["unit", value(_UNITS[unit.lower()])]]
    end = next((t.i for t in ctx.doc[tok.i:] if t.idx + len(t) >= found.end()), tok.i)
    evidence = ctx.doc[min(tok.i, verb.i if verb is not None else tok.i):end + 1]
    ctx.add(flight, "altitudeReached", value(written), evidence, rule=f"{VERSION}:altitude", confidence=0.8,
            qualifiers=q, modality=modality)


def _climb(noun: Token) -> Token | None:
    """The verb of climbing the noun is the height of: its object ("reached an altitude") or
    the object of its "to" ("climbed to an altitude")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "to":
        head = head.head
    elif noun.dep_ not in ("dobj", "attr"):
        return None
    return head if head.pos_ in ("VERB", "AUX") and head.lemma_ in _CLIMB else None


def _flight(ctx: Context, noun: Token, verb: Token | None) -> int | None:
    """The flight or craft that reached the height: the verb's subject when it names one, the
    crew's flight for a crew or an unnamed craft ("the six-person crew climbed"), else, for a
    fact line with no verb, the story's flight."""
    if verb is None:
        return flight_of(ctx, noun)
    craft = about(ctx, verb).craft
    if craft is not None and ctx.labels[craft] in CRAFT:
        return craft
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in _CREW:
        return None
    return flight_of(ctx, subject)
