"""The launch, flight, orbit and stay frames: who went up, when, from where and on what, who
went along, and how long one stayed.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.components.context import Context, entity
from extract.frames.base import CRAFT_TYPES, RIDING, FrameBase, grounded_crew, seated
from extract.frames.clauses import clause
from extract.frames.companions import CARRY, accompanied, carrying, companions, launched_with
from extract.frames.crafts import CAPSULES, CRAFT, CRAFT_WORDS, called_craft
from extract.frames.dating import dates
from extract.frames.entities import entities
from extract.frames.orbits import orbited_in
from extract.frames.reading import CONTEXT, LISTED, About, verbal
from extract.frames.reference_points import timed_from
from extract.frames.rockets import (
    RISING,
    called_rocket,
    craft_subject,
    launched_something,
    put_in_orbit,
    rose_to_space,
    sender,
    uncrewed,
)
from extract.frames.spans import span_end
from extract.rules.common import MISSIONS, listed, recent_mentions

#: the prepositions of a craft one rides: "strapped into the Crew Dragon Endurance on top of a Falcon 9"
_ABOARD = ("into", "in", "inside", "aboard", "on", "atop", "of")
#: verbs of coming down whose "riding X" tells the craft they came down in
_COME_DOWN = {"land", "splash", "touch", "return", "come", "parachute", "descend"}


class LaunchFrames(FrameBase):
    """The launch, flight, orbit and stay frames (read by :class:`~extract.frames.engine.Reader`)."""

    def _launch(self, ctx: Context, tok: Token, span: Span, who: About, modality: str, words: list[Token]) -> None:
        if uncrewed(tok) or launched_something(ctx, tok):
            return  # "a cargo ship due to launch from X", "she launched a satellite": no one's launch
        if tok.lemma_ in RISING and not rose_to_space(ctx, tok, words):
            return  # "the rocket rose from the pad" is a launch; "prices rose" is not
        if tok.lemma_ == "take" and not any(t.lower_ in ("space", "orbit") or ctx.is_a(t, "LAUNCH_SITE")
                                            for t in words) and not craft_subject(ctx, tok) \
                and not entities(ctx, words, "SPACECRAFT", *MISSIONS, preps=("in", "aboard", "inside")):
            return  # "took off" is a launch only when it says from where or to where, or in what craft
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        people += [c for c in accompanied(ctx, tok, words) if c not in people and ctx.labels[c] == "PERSON"]
        vessels = [c for c in entities(ctx, words, *CRAFT) if c not in people and not _kind_of_named(ctx, c)]
        heads = [tok, *(c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass"))]  # "A, strapped into X, rose"
        aside = [t for h in heads for c in h.children if c.dep_ in ("advcl", "xcomp", "acl") and c.tag_ in (
            "VBN", "VBG") and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children) for t in ctx.region(c)]
        vessels += [c for c in entities(ctx, aside, *CRAFT, preps=_ABOARD) if c not in vessels + people]
        borne = aside + [t for h in words for c in h.children if c.dep_ == "acl" and c.tag_ == "VBN"
                         for t in ctx.region(c)]
        vessels += [c for c in entities(ctx, borne, "ROCKET", preps=("by", "atop")) if c not in vessels]  # "the
        # spaceship, carried by a Long March-2F rocket"
        vessels += [c for c in put_in_orbit(ctx, tok) if c not in vessels + people]  # "... and put X into orbit"
        if tok.lemma_ == "send" and (rocket := sender(ctx, tok)) is not None and rocket not in vessels:
            vessels.append(rocket)  # "A Falcon 9 lit up the sky, sending the Crew Dragon Freedom ..."
        sites = entities(ctx, words, "LAUNCH_SITE") or entities(ctx, words, "PLACE", preps=("from",))
        if tok.lemma_ == "ride" and not vessels:
            return  # "rode a Soyuz to orbit" is a launch; "rode a bike" is not
        # "splashed down ..., riding the capsule Freedom with A": the landing craft, no launch (crewmates all the same)
        landed = tok.lower_ in RIDING and tok.dep_ in ("advcl", "conj", "xcomp") and tok.head.lemma_ in _COME_DOWN
        if tok.lemma_ == "lift" and not any(c.dep_ in ("prt", "prep") and c.lower_ == "off" for c in tok.children):
            return  # "lifted the capsule off the pad" is a launch; "lifted the hatch" is not
        kind = who.craft is not None and _kind_of_named(ctx, who.craft)  # "boosted the Dragon spacecraft"
        if who.craft is not None and who.craft not in vessels and not kind:
            vessels.insert(0, who.craft)
        craft = who.craft if who.craft is not None and ctx.labels[who.craft] != "ROCKET" and not kind \
            and not called_rocket(ctx, who.craft, words) else None
        launched = [*people, *([craft] if craft is not None else [])] if not landed else []  # a rocket is no flight
        joined = [c for c in launched_with(ctx, words) if c not in launched and ctx.labels[c] == "PERSON"] \
            if people and not landed else []  # "A launched with B and C": they went up too, told less surely
        sure = {**{one: who.confidence for one in launched},
                **{one: min(who.confidence, CONTEXT) - 0.05 for one in joined}}  # below a crew read directly
        told = [*words, *carrying(*heads)]  # "a rocket carrying the Shenzhou-19 spaceship"
        unnamed = _in_unnamed_capsule(ctx, list(tok.sent))  # "carrying A and B in a Crew Dragon"
        for one in [*launched, *joined]:
            capsules = [c for c in vessels if (ctx.labels[c] == "SPACECRAFT" or _called_craft(ctx, told, c))
                        and c != one]
            inside = capsules or unnamed
            for c in vessels:  # a person rode the craft, the craft the rocket; a person the rocket if no craft is named
                rocket = ctx.labels[c] == "ROCKET"
                if c != one and (rocket and (one == who.craft or not inside) or not rocket and one != who.craft
                                 and c in capsules):
                    self._add(ctx, one, "vehicle", entity(c), span, sure[one], modality)
            for c in sites[:1]:
                self._add(ctx, one, "site", entity(c), span, sure[one], modality)
        days = list(tok.subtree) if timed_from(tok) else words  # "a year after her launch": the sentence's date
        if tok.dep_ == "advcl" and any(c.lower_ == "when" for c in tok.children) and not dates(ctx, tok, days):
            days = [*days, *clause(ctx, tok.head)]  # "it began on 28 November 1983, when X carried him to orbit"
        if days is words or ctx.dates_in(days):  # is the other event's, only the launch's own ("after a launch on
            self._dated(ctx, tok, span, launched, days, who.confidence, modality)  # Nov. 10") is its
            span_end(ctx, tok, span, launched, days, who.confidence, modality)  # "from April 26 to May 6, 1993"
            if joined:  # to the day only: a coarser date told of companions may stand beside their own exact one
                self._dated(ctx, tok, span, joined, days, sure[joined[0]], modality, precise=True)
        flown = entities(ctx, words, "MISSION", preps=("on", "aboard")) if people and craft is None \
            and not landed else []
        if len(flown) == 1 and ctx.dates_in(days):  # "A blasted off on STS-142 in January 1992": the mission's
            self._dated(ctx, tok, span, flown, days, who.confidence - 0.1, modality)  # launch, told of its crew
            for c in sites[:1]:
                self._add(ctx, flown[0], "site", entity(c), span, who.confidence - 0.1, modality)
        carried = [m for m in _crews_carried(ctx, tok, told) if m not in launched and (people or craft is not None)]
        if carried and not landed and ctx.dates_in(days):  # "Discovery launched February 3, 1994, with A and
            self._dated(ctx, tok, span, carried, days, who.confidence - 0.1, modality)  # the crew of STS-60"
            for c in sites[:1]:
                self._add(ctx, carried[0], "site", entity(c), span, who.confidence - 0.1, modality)
        capsule = next((c for c in vessels if (ctx.labels[c] == "SPACECRAFT" or _called_craft(ctx, told, c))
                        and c not in launched), None)
        if capsule is not None and people and not landed:  # the craft they rode rode the rocket
            for r in [c for c in vessels if ctx.labels[c] == "ROCKET"]:
                self._add(ctx, capsule, "vehicle", entity(r), span, who.confidence - 0.1, modality)
        missions = [*vessels, *entities(ctx, carrying(tok), *MISSIONS)]  # "carrying the crew of X: A, B"
        for m in [c for c in dict.fromkeys(missions) if ctx.labels[c] in MISSIONS]:
            for one in [*people, *companions(ctx, tok, words)]:
                self._add(ctx, m, "target", entity(one), span, who.confidence - 0.1, modality)
        self._together(ctx, tok, people, words, span, who.confidence, modality)

    def _flight(self, ctx: Context, tok: Token, span: Span, who: About, modality: str, words: list[Token]) -> None:
        """"flew Gemini 7", "flew aboard the shuttle in 1992": a spaceflight only when the clause
        names a craft, a mission, a station, space or orbit ("flies the F-22" is not one)."""
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        sure = who.confidence - 0.15
        if not people:  # "Six people will fly on NS-26: A, B and C"
            people, sure = _listed_subject(ctx, tok), LISTED - 0.15
        flown = entities(ctx, words, *CRAFT, "STATION")
        if not people or not flown and not any(t.lower_ in ("space", "orbit") for t in words) \
                and not recent_mentions(ctx, tok, *CRAFT):  # "... launched aboard X. She flew with Y"
            return
        if _flown_home(tok):  # "will fly home on the Soyuz MS-39 with A": who with, but no launch craft or day
            self._together(ctx, tok, people, words, span, who.confidence, modality)
            return
        for one in people:
            for c in flown:
                role = "target" if ctx.labels[c] in MISSIONS else "vehicle" if ctx.labels[c] != "STATION" else ""
                subject, obj = (c, one) if role == "target" else (one, c)
                if role:
                    self._add(ctx, subject, role, entity(obj), span, sure, modality)
        self._dated(ctx, tok, span, people, words, sure, modality, precise=True, months=True)
        span_end(ctx, tok, span, people, words, sure, modality)  # "flew on STS-55 from 26 April to 6 May 1993"
        self._flew_along(ctx, tok, span, people, flown, words, sure, modality)
        self._together(ctx, tok, people, words, span, who.confidence, modality)

    def _orbit(self, ctx: Context, tok: Token, span: Span, who: About, modality: str, words: list[Token]) -> None:
        """"circled the Earth three times in the Aurora 7 spacecraft": the craft flown (see
        :mod:`extract.frames.orbits`)."""
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        for c in orbited_in(ctx, tok, words) if people and modality == "reported" else ():
            for one in people:
                self._add(ctx, one, "vehicle", entity(c), span, who.confidence - 0.1, modality)

    def _flew_along(self, ctx: Context, tok: Token, span: Span, people: list[int], flown: list[int],
                    words: list[Token], sure: float, modality: str) -> None:
        """Those a flight's with-phrase names as flying too ("flew on VSS Unity on Sunday, July
        11, alongside Karl Brenner"): the same craft on the same day, told less surely than its
        subjects (as for a launch's companions, :func:`~extract.frames.companions.launched_with`)."""
        joined = [c for c in launched_with(ctx, words) if c not in people and ctx.labels[c] == "PERSON"]
        if not joined or modality not in ("reported", "planned"):
            return
        less = min(sure, CONTEXT) - 0.05
        for one in joined:
            for c in flown:
                if ctx.labels[c] not in (*MISSIONS, "STATION"):
                    self._add(ctx, one, "vehicle", entity(c), span, less, modality)
        self._dated(ctx, tok, span, joined, words, less, modality, precise=True)

    def _stay(self, ctx: Context, tok: Token, span: Span, who: About, modality: str, words: list[Token]) -> None:
        """"served on Expedition 59", "lived aboard the station", "took part in the Shenzhou 6
        mission": a seat on the mission, a stay on the station."""
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        if not people or grounded_crew(words):
            return  # "served on the support crew of Apollo 9": not aboard
        if tok.lemma_ in ("work", "spend", "remain", "live", "stay") and not any(
                t.lower_ in ("aboard", "on", "in") for t in words):
            return
        missions = entities(ctx, words, *MISSIONS, preps=("on", "aboard", "in", "as"))
        stations = entities(ctx, words, "STATION", preps=("on", "aboard", "in", "at"))
        for one in people:
            for m in missions:
                if not seated(ctx, m, one):
                    self._add(ctx, m, "target", entity(one), span, who.confidence - 0.1, modality)
            for c in stations[:1]:
                self._add(ctx, one, "destination", entity(c), span, who.confidence - 0.1, modality)
        self._aboard_with(ctx, tok, span, who, modality, words)

    def _aboard_with(self, ctx: Context, tok: Token, span: Span, who: About, modality: str,
                     words: list[Token]) -> None:
        """"served on board Discovery with X", "lived aboard Soyuz T-40 with X": a stay on a
        craft (not a station, whose crews come and go) with someone is a flight together."""
        crafts = entities(ctx, words, "SPACECRAFT", preps=("on", "aboard", "in", "board", "onboard"))
        if not crafts or tok.lemma_ not in ("serve", "live", "stay", "spend"):
            return
        for one in [p for p in who.people if ctx.labels[p] == "PERSON"]:
            self._add(ctx, one, "craft", entity(crafts[0]), span, who.confidence - 0.1, modality)
            self._together(ctx, tok, [one], words, span, who.confidence, modality)


def _crews_carried(ctx: Context, verb: Token, words: list[Token]) -> list[int]:
    """The missions a launch carried the crew of ("with A and the crew of STS-60", "carrying the
    crew of STS-60"): they went up with it. Not a crew told in a clause of its own ("a year after
    the crew of X had landed"), nor an expedition, which begins aboard the station, not at the pad."""
    return list(dict.fromkeys(
        m for t in words if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_ == "crew"
        and _borne(t.head.head, verb) and (m := ctx.cluster(t)) is not None and ctx.labels[m] == "MISSION"))


#: the links from a crew's noun up to the launch that bore it: an object, a with-phrase, a list, "carrying"
_BORNE = {"dobj", "pobj", "prep", "conj", "appos", "acl", "advcl"}


def _borne(crew: Token, verb: Token) -> bool:
    """Whether a crew's noun is what a launch verb bore, its object or in its with-phrase,
    through no subject or clause of its own (a participle of carrying excepted)."""
    tok = crew
    while tok.i != verb.i:
        if tok.dep_ not in _BORNE or tok.dep_ in ("acl", "advcl") and tok.lemma_ not in CARRY \
                or tok.dep_ == "prep" and tok.lower_ != "with" or tok.head.i == tok.i:  # not "veterans of the crew"
            return False
        tok = tok.head
    return True


def _listed_subject(ctx: Context, verb: Token) -> list[int]:
    """The people a verb's plural subject announces in a list after a colon: "Six people will
    fly on NS-26: A, B and C"."""
    if not verbal(verb):
        return []
    return [p for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for p in listed(ctx, c)]


def _flown_home(verb: Token) -> bool:
    """Whether "fly" tells a flight home ("will fly home on the Soyuz MS-39", "flew back to
    Earth aboard X"), whose craft is not the one of a launch."""
    return any(c.dep_ in ("advmod", "prt", "npadvmod") and c.lower_ in ("home", "back") for c in verb.children)


def _called_craft(ctx: Context, words: list[Token], mission: int) -> bool:
    """Whether the clause ("the spaceship" for it) or the article ("the Shenzhou-19
    spaceship") calls a mission a craft: then it is what its people rode, and the rocket is
    the craft's."""
    return called_craft(ctx, mission) or any(t.lower_ in CRAFT_WORDS and (ctx.cluster(t) == mission or any(
        ctx.cluster(c) == mission for c in t.children)) for t in words) or _ridden_in(ctx, words, mission)


def _ridden_in(ctx: Context, words: list[Token], mission: int) -> bool:
    """Whether a launch's words put people inside a mission by its name ("took off in the
    Shenzhou-40", "lifted off aboard Shenzhou-40"): a craft they rode."""
    return ctx.labels[mission] in MISSIONS and any(
        ctx.cluster(t) == mission and t.dep_ == "pobj" and t.head.lower_ in ("in", "aboard", "inside")
        and t.head.head.pos_ == "VERB" for t in words)


def _kind_of_named(ctx: Context, craft: int) -> bool:
    """Whether a craft is a kind of craft ("the Dragon spacecraft") whose own capsule the
    article names ("Endeavour"): the people rode that capsule, not the kind."""
    kind = ctx.clusters[craft]["name"]
    return kind in CRAFT_TYPES and any(CAPSULES.get(c["name"]) == kind for c in ctx.clusters)


def _in_unnamed_capsule(ctx: Context, words: list[Token]) -> bool:
    """Whether a launch's sentence puts its people in a capsule it does not name ("carrying A
    and B in a Crew Dragon built for four", "strapped inside the capsule"; the whole sentence,
    for the parse often breaks such lists): the rocket then carried the capsule, not them."""
    for t in words:
        if t.dep_ != "pobj" or t.head.lower_ not in ("in", "inside", "aboard"):
            continue
        if t.lower_ in CRAFT_WORDS or (c := ctx.cluster(t)) is not None and ctx.clusters[c]["name"] in CRAFT_TYPES:
            return True
    return False
