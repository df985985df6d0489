"""A crew naming its capsule: "A and B named their Dragon capsule Endurance", "the pair
christened their spacecraft Resilience". A crew names the craft it rides,
so each of them rode it (``launchVehicle``, the craft a person rode, as the rules write it);
"the crew named the spacecraft Freedom", "a new Dragon, which the crew named Grace": the
flight of that crew rode it (``spacecraft``)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.components.context import Context, entity
from extract.frames.crafts import CRAFT_WORDS
from extract.rules.common import VEHICLES, VERSION
from extract.rules.crew_sizes import flight_of

#: the words of a craft the name goes to ("their capsule", "the spacecraft")
_CRAFT_WORDS = CRAFT_WORDS | {"vehicle", "dragon"}


#: the nouns of a crew that names its craft ("the crew named it Grace")
_CREWS = {"crew", "astronauts", "crewmates", "quartet", "trio", "foursome"}


def named_craft(ctx: Context, tok: Token, span: Span) -> None:
    """The capsule a verb of naming gives its name to, and the people who named it."""
    _crew_named(ctx, tok, span)
    if tok.pos_ != "VERB" or not any(c.lower_ in ("their", "his", "her") for c in tok.subtree):
        return  # "named the commander", "a capsule named Endurance": not a crew naming its ride
    given = [t for c in tok.children if c.dep_ in ("dobj", "oprd", "attr", "xcomp") for t in c.subtree]
    if not any(t.lower_ in _CRAFT_WORDS or ctx.is_a(t, *VEHICLES) for t in given):
        return
    crafts = [ctx.cluster(t) for t in given if ctx.is_a(t, *VEHICLES) and t.lower_ not in _CRAFT_WORDS]
    craft = next((c for c in reversed(crafts) if c is not None), None)  # the name comes last
    if craft is None:
        return
    person = ctx.subject_of(tok, limit=3)
    if person is not None:
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), tok)
        people = ctx.conjuncts(person, subject)
    else:  # "NASA astronauts A and B named ...", which the parser may hang from "astronauts"
        people = [c for t, c in ctx.in_sentence(tok.sent, "PERSON") if t.i < tok.i]
    modality = "planned" if ctx.planned(tok) else "reported"
    for one in dict.fromkeys(people):
        ctx.add(one, "launchVehicle", entity(craft), span, rule=f"{VERSION}:named-craft", confidence=0.6,
                modality=modality)


def _crew_named(ctx: Context, tok: Token, span: Span) -> None:
    """ "The crew has named the new spacecraft as Freedom", "a new Crew Dragon, which the crew
    named Grace": the craft named is the one of the flight of that crew (the flight its phrase
    or sentence names, else the story's)."""
    subject = tok.head if tok.dep_ == "acl" else next((c for c in tok.children if c.dep_ == "nsubj"), None)
    # "which the crew named Grace", parsed as "the crew [named Grace]"
    if tok.pos_ != "VERB" or subject is None or subject.lower_ not in _CREWS:
        return
    given = [t for c in tok.children if c.dep_ in ("dobj", "oprd", "attr", "xcomp", "prep") for t in c.subtree]
    crafts = [c for t in given if ctx.is_a(t, "SPACECRAFT") and (c := ctx.cluster(t)) is not None]
    # a name the patterns read as a capsule's ("named Grace"): "the crew named a commander" gives none
    flight = flight_of(ctx, subject)
    modality = "planned" if ctx.planned(tok) else "reported"
    if crafts and flight is not None:
        ctx.add(flight, "spacecraft", entity(crafts[-1]), span, rule=f"{VERSION}:crew-named", confidence=0.7,
                modality=modality)
