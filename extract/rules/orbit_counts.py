"""How many times a flight circled the Earth: "completed 48 orbits of the Earth", "after 98
orbits", "traveled 2.4 million miles on 108 orbits", "circled the globe 22 times", "orbiting
once around Earth". The count is ``orbitCount`` of the flight when the flight does the
circling ("STS-8 completed 98 orbits"), else of the person who flew, tied to the one flight the
sentence names. Never a bound or a guess ("more than 7,000 times", "about 16 orbits"), a rank
("on its 16th orbit"), a count of a station's or a satellite's, nor of things other than the
Earth circled ("orbited the Moon 10 times": that is no Earth orbit)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.components.context import Context, entity, value
from extract.components.quantities import count
from extract.frames.mood import mood
from extract.rules.common import MISSIONS, STAYS, VERSION, once_flown
from extract.rules.flights import flown_by, story_flight

#: nouns for one trip around the Earth
ORBIT_NOUNS = ("orbits", "revolutions", "circuits")
#: verbs of going around the Earth, whose "N times" or "once" counts the trips
ORBIT_VERBS = {"orbit", "circle", "circumnavigate", "loop", "go"}
#: what a crewed flight circles ("the Earth", "the globe"); none named counts too ("orbited 16 times")
_EARTH = {"earth", "globe", "planet", "world"}
#: other bodies, whose orbits are not the Earth's
_ELSEWHERE = {"moon", "mars", "sun", "venus", "jupiter"}
#: words before a figure that make it a bound or a guess
_BOUNDS = {"about", "almost", "nearly", "around", "some", "roughly", "than", "over", "under", "approximately",
           "least", "most", "up", "estimated"}
#: counting words that are no figure
_ONCE = {"once": 1, "twice": 2}
#: verbs whose object, a count of orbits, the subject made ("completed 48 orbits")
_MAKING = {"complete", "make", "log", "fly", "perform", "finish", "accomplish", "record", "notch", "clock", "travel"}
#: prepositions of a count of orbits that tells how a trip went ("after 98 orbits", "on 108 orbits")
_OVER = {"after", "on", "in", "over", "during", "with"}


def orbits(ctx: Context, tok: Token, span: Span) -> None:
    """Read a count of orbits (see the module): ``tok`` is the figure of "48 orbits" or of
    "22 times", or the word "once" or "twice"."""
    n = _ONCE.get(tok.lower_) or (count(tok) if tok.ent_type_ != "ORDINAL" else None)
    if n is None or not 0 < n < 100_000 or any(t.lower_ in _BOUNDS for t in tok.doc[max(0, tok.i - 2):tok.i]):
        return
    verb = span[-1].head if span[-1].lower_ == "orbit" else _verb(span)  # "the six-orbit Sigma 7 flight"
    if verb is None or any(t.lower_ in _ELSEWHERE for t in verb.subtree):
        return
    owner = _counted_flight(ctx, span) if span[-1].lower_ == "orbit" else _owner(ctx, verb)
    if owner is None:
        return
    modality = mood(ctx, verb)
    if modality is None:
        return
    owners, flight, sure = owner
    q = [("mission", entity(flight))] if flight is not None else []
    for one in owners:
        ctx.add(one, "orbitCount", value(str(n), "integer"), span, qualifiers=q, rule=f"{VERSION}:orbits",
                confidence=sure, modality=modality)


def _counted_flight(ctx: Context, span: Span) -> tuple[list[int], int | None, float] | None:
    """Whose count "N-orbit" before a flight's noun is: the numbered flight or craft the phrase
    names ("the six-orbit Sigma 7 Mercury flight", "a 22-orbit mission aboard Soyuz T-40"), else,
    with none named, the person whose flight it is ("she flew a 16-orbit mission"), tied to the
    one flight the sentence names. Not a noun of anything else ("a six-orbit rendezvous")."""
    noun = span[-1].head
    if span[-1].dep_ not in ("nmod", "compound", "amod") or noun.lower_ not in STAYS:
        return None
    inside = {c for t in noun.subtree if t.i not in range(span.start, span.end)
              and (c := ctx.cluster(t)) is not None and ctx.labels[c] in (*MISSIONS, "SPACECRAFT")}
    if inside:
        one = once_flown(ctx, inside.pop()) if len(inside) == 1 else None
        return ([one], None, 0.8) if one is not None else None
    verb = noun.head if noun.dep_ == "dobj" else None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    person = ctx.person(subject) if subject is not None else None
    if subject is None or person is None:
        return None
    missions = {c for _, c in ctx.in_sentence(noun.sent, *MISSIONS)}
    return [*ctx.conjuncts(person, subject)], next(iter(missions)) if len(missions) == 1 else None, 0.75


def _verb(span: Span) -> Token | None:
    """The verb the count tells of: the one whose object or phrase "48 orbits" is ("completed 48
    orbits", "after 98 orbits"), or the verb of circling whose "22 times" or "once" it is."""
    last = span[-1]
    if last.lower_ in ORBIT_NOUNS:
        noun = last
        if noun.dep_ == "dobj" and noun.head.lemma_ in _MAKING:
            return noun.head
        if noun.dep_ == "pobj" and noun.head.lower_ in _OVER:
            head = noun.head.head  # "after 98 orbits", "traveled 2.4 million miles on 108 orbits"
            head = head.head if head.pos_ == "NOUN" and head.dep_ == "dobj" else head
            return head if head.pos_ in ("VERB", "AUX") else None
        return None
    head = last.head  # "circled the globe 22 times": the verb; "orbiting once around Earth": "around"
    head = head.head if head.lower_ in ("around", "round") else head
    if head.lemma_ not in ORBIT_VERBS:
        return None
    if head.lemma_ in ("go", "loop", "circle") and not any(t.lower_ in _EARTH for t in head.subtree):
        return None  # "went twice": no trip around the Earth
    return head


def _owner(ctx: Context, verb: Token) -> tuple[list[int], int | None, float] | None:
    """Whose count it is (the flight that is the verb's subject, else the person who is, with
    those named with them, else the one the clause is about), the one flight the sentence names
    to tie a person's count to, and how sure. None for a thing's count (a station, a satellite)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    missions = {c for _, c in ctx.in_sentence(verb.sent, *MISSIONS)}
    flight = next(iter(missions)) if len(missions) == 1 else None
    if subject is not None and ctx.is_a(subject, *MISSIONS):
        return [ctx.cluster(subject)], None, 0.85  # type: ignore[list-item]
    craft = _craft(ctx, subject) if subject is not None else None
    if craft is not None:
        return [craft], None, 0.8
    if subject is not None:
        person = ctx.person(subject)
        return ([*ctx.conjuncts(person, subject)], flight, 0.85) if person is not None else None
    if verb.dep_ == "acl" and verb.head.lower_ in STAYS:  # "this flight, orbiting once around Earth, made A ..."
        flown = flown_by(ctx, [verb.head], verb.head.head)
        return (flown, flight, 0.7) if flown else None
    person = ctx.subject_of(verb)
    return ([*ctx.conjuncts(person, verb)], flight, 0.7) if person is not None else None


#: nouns for the craft that flew, whose name may follow them ("The spacecraft, named Faith 7,")
_CRAFT_NOUNS = {"spacecraft", "capsule", "spaceship", "ship", "shuttle", "orbiter"}


def _craft(ctx: Context, subject: Token) -> int | None:
    """The flight or craft a subject that is a craft names: the craft itself ("Faith 7 completed
    22 orbits"), the one its phrase names ("The spacecraft, named Faith 7, completed ..."), else,
    for "the shuttle" or "the capsule" named nowhere in its phrase, the story's one flight
    ("The shuttle orbited 153 times"). Only a numbered craft, which flew once: a type ("Crew
    Dragon") or a craft flown many times ("Atlantis") has no one flight's count. A station is no
    craft here: its count is no flight's."""
    if ctx.is_a(subject, "SPACECRAFT"):
        return once_flown(ctx, ctx.cluster(subject))
    if subject.lower_ not in _CRAFT_NOUNS:
        return None
    named = {c for t in subject.subtree if t.i != subject.i and (c := ctx.cluster(t)) is not None}
    if named:  # "The spacecraft, named Faith 7,"; not "The Crew Dragon capsule"
        return once_flown(ctx, named.pop()) if len(named) == 1 else None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return None
    return once_flown(ctx, story_flight(ctx, subject))
