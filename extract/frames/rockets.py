"""A launch told of the rocket alone, whose people the story told before or tells after
("... lifted off aboard the Soyuz MS-40 spacecraft. The Soyuz-2.1a rocket blasted off from
the Baikonur Cosmodrome at 3:36 p.m."): the rocket, the site and the time are those of the
story's crew, read once the article is read. Not a rocket that carried something uncrewed."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span, Token

from extract.components.context import Context
from extract.frames.crafts import CRAFT_NOUNS
from extract.rules.common import MISSIONS

#: words that make a launch one of no crew
_UNCREWED = {"cargo", "uncrewed", "unmanned", "unpiloted", "robotic", "satellite", "satellites", "probe", "supply",
             "supplies", "freighter", "telescope", "rover", "lander", "progress", "tianzhou", "cygnus"}


def rocket_subject(ctx: Context, verb: Token) -> bool:
    """Whether a verb's subject is a rocket ("The Soyuz-2.1a rocket rose", "their rocket"), or
    the rocket a participle tells of ("A Soyuz-2.1a rocket, named X, launched on April 8", which
    the parser reads as a noun phrase)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:  # "A rocket, painted white, launched on ..."
        first = first.head
    if subject is None and first.dep_ == "acl" and verb.tag_ == "VBN" and first.tag_ == "VBN":
        subject = first.head
    return subject is not None and (subject.lower_ == "rocket" or any(ctx.is_a(t, "ROCKET") for t in subject.subtree))


def rocket_alone(ctx: Context, verb: Token) -> bool:
    """Whether a launch verb's subject is a rocket, in a sentence that names no person (a
    pronoun is the story's), craft or mission and nothing uncrewed."""
    return rocket_subject(ctx, verb) and not any(
        ctx.is_a(t, "PERSON") and t.pos_ != "PRON" or ctx.is_a(t, "SPACECRAFT", *MISSIONS) or t.lower_ in _UNCREWED
        for t in verb.sent)


def uncrewed(verb: Token) -> bool:
    """Whether a launch is told of something that flies uncrewed: the verb's subject, the
    noun it describes or what it carried ("a Dragon cargo ship due to launch", "the satellite
    launched", "lifted off carrying a weather satellite")."""
    nouns = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ in ("acl", "relcl", "amod", "compound"):
        nouns.append(verb.head)
    elif verb.dep_ == "xcomp" and verb.head.dep_ in ("acl", "amod"):  # "a cargo ship due to launch"
        nouns.append(verb.head.head)
    nouns += [o for c in verb.children if c.dep_ in ("advcl", "acl", "xcomp") and c.lemma_ == "carry"
              for o in c.children if o.dep_ == "dobj"]  # "lifted off carrying a weather satellite"
    before = verb.doc[max(verb.sent.start, verb.i - 4):verb.i]  # the parse may break "a cargo ship due to launch"
    return any(t.lower_ in _UNCREWED for n in nouns for t in (n, *(c for c in n.children if c.dep_ in (
        "compound", "amod", "nmod")))) or any(t.lower_ in _UNCREWED for t in before) and not any(
        t.ent_type_ == "PERSON" for t in before)


#: verbs of going up that tell a launch only of a rocket or craft ("the Falcon 9 climbed away
#: from pad 40"; not "prices rose", "she rose to colonel")
_RISE = {"rise", "climb"}
#: verbs of going up that tell a launch of whatever goes where a launch goes ("blasted into
#: space", "a Long March rocket boosted the ship into orbit"; not "her hopes soared")
_SKYWARD = {"soar", "roar", "thunder", "streak", "blast", "boost"}
RISING = _RISE | _SKYWARD
#: words that put a rising rocket on its way to space
_UPWARD = {"orbit", "space", "sky", "skies", "pad", "launchpad", "heavens"}


def skyward(ctx: Context, words: Span | list[Token]) -> bool:
    """Whether words say where a launch goes or leaves from: orbit, space, the pad, a launch site."""
    return any(t.lower_ in _UPWARD or ctx.is_a(t, "LAUNCH_SITE") for t in words)


def may_rise_to_space(ctx: Context, verb: Token) -> bool:
    """A cheap first look, before the roles are read: whether a verb of going up may tell a
    launch ("blasted off", or a sentence that says orbit, space, the pad or a launch site)."""
    return _blasted_off(verb) or skyward(ctx, verb.sent)


def _blasted_off(verb: Token) -> bool:
    return verb.lemma_ == "blast" and any(c.dep_ in ("prt", "prep") and c.lower_ == "off" for c in verb.children)


def rose_to_space(ctx: Context, verb: Token, words: list[Token]) -> bool:
    """Whether a verb of going up tells a launch: its clause names a launch site or says
    where it went (orbit, space, the pad), and for "rose" or "climbed" its subject is a
    rocket or a craft (named or a craft noun)."""
    if _blasted_off(verb):
        return True  # "blasted off": the lexicon's own phrase, whatever the clause says
    if not skyward(ctx, words):
        return False
    if verb.lemma_ in _SKYWARD:
        return True
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (rocket_subject(ctx, verb) or subject.lower_ in _CRAFT_NOUNS
                                    or any(ctx.is_a(t, "SPACECRAFT", *MISSIONS) for t in subject.subtree))


#: nouns for a craft not named ("the capsule soared")
_CRAFT_NOUNS = CRAFT_NOUNS - {"module"} | {"booster"}


def rocket_sends(ctx: Context, verb: Token) -> bool:
    """Whether "send" tells a launch: "sent into space" (the lexicon's phrase), or a rocket
    sends ("A Falcon 9 lit up the sky, sending the Crew Dragon Freedom and four astronauts
    toward the station"; "the Long March rocket sent the Shenzhou-40 ship into orbit"), its
    own subject or, in a clause without one, the subject of the clause it hangs from, and
    the clause says where it went or names a craft it sent. Not "NASA sent them to Houston",
    "the rocket sent debris over the sea"."""
    ahead = verb.doc[verb.i + 1:min(verb.sent.end, verb.i + 16)]
    if any(a.lower_ in ("into", "to") and b.lower_ in ("space", "orbit") for a, b in pairwise(ahead)):
        return True  # "was sent into space", "China sent A and B into orbit": whoever sent (about()
        # gives no one a launch when a thing was sent: "sent a probe into space")
    if not rocket_subject(ctx, _sending(verb)):
        return False
    words = list(verb.subtree)
    return skyward(ctx, words) or any(ctx.is_a(t, "STATION", "SPACECRAFT", *MISSIONS) for t in words)


#: verbs of bearing someone up, a launch only when they bore them "into orbit" or "to space"
BEARING = {"carry", "deliver"}


def bore_up(verb: Token) -> bool:
    """Whether "carry" or "deliver" tells a launch: "Columbia carried A into orbit on 28
    November 1983", "the Soyuz delivered them to Earth orbit"; not "carried A back to Earth", "carried
    the crew to the station", "a capsule carrying A and B" told with no orbit or space."""
    near = (verb.i, *(c.i for c in verb.children))
    up = ("space", "orbit")
    return verb.tag_ != "VBG" and any(t.lower_ in ("into", "to") and (
        t.head.i in near and any(c.dep_ == "pobj" and c.lower_ in up for c in t.children)
        or t.dep_ == "aux" and t.head.lower_ in up and t.head.head.i in near)  # "to orbit", read as a verb
        for t in verb.subtree)


def sender(ctx: Context, verb: Token) -> int | None:
    """The named rocket that sends, for a launch told by "send" ("A Falcon 9 ..., sending X")."""
    subject = next((c for c in _sending(verb).children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return next((c for t in subject.subtree if (c := ctx.cluster(t)) is not None and ctx.labels[c] == "ROCKET"),
                None) if subject is not None else None


def _sending(verb: Token) -> Token:
    """The verb whose subject sends: its own, or for a clause without a subject the one it
    hangs from ("A Falcon 9 lit up the sky, sending ...")."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.dep_ in (
            "advcl", "xcomp", "conj") and verb.head.i != verb.i:
        return verb.head
    return verb


#: nouns of one flight whose beginning is its launch ("a 12-day trip that began at Baikonur")
_FLIGHTS = {"trip", "flight", "mission", "journey", "voyage", "spaceflight", "odyssey", "expedition"}


#: nouns of one's own flight, begun on the day of its launch ("she began her first spaceflight on
#: May 2"); not an expedition or a stay, which begin when the crew boards the station
_OWN_FLIGHTS = {"flight", "spaceflight", "mission", "journey", "voyage"}


def flight_began(ctx: Context, verb: Token) -> bool:
    """Whether "began" or "started" tells a launch: its subject (or the noun its relative
    clause is on) is a flight ("a 12-day trip that began at Baikonur on December 8", "the
    mission began from the Jiuquan Satellite Launch Center"), and its clause names a launch
    site; or someone began their own flight ("she started her first space flight on September
    26", "Orlov's flight began on May 2"). Not "the expedition began when the Soyuz docked",
    "training began in Star City", "she began her stay", "he began a new mission at NASA"."""
    subject = _told_of(verb)
    if subject is not None and subject.lower_ in _FLIGHTS and any(
            ctx.is_a(t, "LAUNCH_SITE") for c in verb.children if c.dep_ == "prep" for t in c.subtree):
        return True
    flight = next((c for c in verb.children if c.dep_ == "dobj"), subject)
    return flight is not None and flight.lower_ in _OWN_FLIGHTS and any(
        c.dep_ == "poss" and (c.lower_ in ("her", "his", "their") or ctx.person(c) is not None)
        for c in flight.children)


def craft_subject(ctx: Context, verb: Token) -> bool:
    """Whether a verb's subject (or, for "which"/"that", the noun its relative clause is on)
    is a named craft, mission or rocket ("Soyuz 28 took off", "the Soyuz 28 mission, which
    took off on March 2")."""
    subject = _told_of(verb)
    return subject is not None and any(ctx.is_a(t, "SPACECRAFT", "ROCKET", *MISSIONS) for t in subject.subtree)


def left_the_pad(ctx: Context, verb: Token) -> bool:
    """Whether "left" or "departed" tells a launch: a named craft, mission or rocket left a
    launch site ("the STS-199 mission that left the Kennedy Space Center on March 15"). Not
    "the Soyuz left the station", "she left NASA in 2012"."""
    return craft_subject(ctx, verb) and any(
        ctx.is_a(t, "LAUNCH_SITE") for c in verb.children if c.dep_ in ("dobj", "prep") for t in c.subtree)


def _told_of(verb: Token) -> Token | None:
    """A verb's subject, or for "which"/"that" the noun its relative clause is on ("the Soyuz
    28 mission, which took off")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("that", "which") and verb.dep_ == "relcl":
        return verb.head
    return subject


#: verbs by which a rocket tells what it carried up: "put the Soyuz MS-40 spacecraft into orbit"
_PUT = {"put", "place", "insert", "deliver", "inject"}


def put_in_orbit(ctx: Context, verb: Token) -> list[int]:
    """The craft a launch verb's rocket went on to put into orbit ("The Soyuz-2.1a lifted off
    ... and put the Soyuz MS-40 spacecraft into orbit nine minutes later"): the craft its
    people rode, not the rocket."""
    told = [c for c in verb.children if c.dep_ in ("conj", "advcl", "xcomp") and c.lemma_ in _PUT]
    return [found for put in told if any(p.dep_ == "prep" and p.lower_ in ("into", "in") and any(
        t.lower_ == "orbit" for t in p.subtree) for p in put.children)
        for o in put.children if o.dep_ == "dobj" for t in o.subtree
        if ctx.is_a(t, "SPACECRAFT", *MISSIONS) and (found := ctx.cluster(t)) is not None]


def called_rocket(ctx: Context, craft: int, words: list[Token]) -> bool:
    """Whether a launch's words call a craft's name a rocket ("A Russian Soyuz rocket carrying
    A and B blasted off"): the family name of the rocket, no flight of its own to date."""
    return any(ctx.cluster(t) == craft and t.dep_ in ("compound", "nmod") and t.head.lower_ in ("rocket", "booster")
               for t in words)


#: objects of "launch" that are the flight itself: "launched their mission on Friday"
_FLIGHT_OBJECTS = {"mission", "flight", "spaceflight", "expedition", "journey", "trip", "voyage", "themselves",
                   "herself", "himself", "spacecraft", "spaceship", "capsule"}  # "A and B launched the spacecraft"


def launched_something(ctx: Context, verb: Token) -> bool:
    """Whether an active "launch" tells of something its subject set going, not of a flight
    ("launched a satellite from the station", "launched his campaign", "launched new software"):
    its object is no person, craft, mission or flight."""
    if verb.lemma_ != "launch" or verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ not in ("DATE", "TIME")
               and c.i not in ctx.date_at]  # "will launch May 31": a date the parse took for an object
    return bool(objects) and not any(_flown(ctx, o) for o in objects)


def _flown(ctx: Context, obj: Token) -> bool:
    """Whether a launch's object is what flew: a flight word, a person (also "them"), a crew,
    a craft word ("A and B launched the spacecraft": their flight), or a craft, rocket or
    mission by its own name ("the Shenzhou-40 spaceship"), not one it belongs to ("her
    experiment", "the robotic arm's software", "the capsule's parachute")."""
    named = [obj, *obj.conjuncts, *(c for c in obj.children if c.dep_ in ("compound", "nmod", "appos"))]
    return any(t.lower_ in _FLIGHT_OBJECTS or t.lower_ in ("crew", "astronauts", "cosmonauts", "taikonauts")
               or ctx.is_a(t, "PERSON", "SPACECRAFT", "ROCKET", *MISSIONS) for t in named)
