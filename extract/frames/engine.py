"""From one trigger word to the facts of its event: who it is about (:func:`roles.about`),
whether it is stated (:func:`mood.mood`), and each role the frame takes, read by the shared
readers and written as the property the lexicon gives."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from spacy.tokens import Span, Token

from extract.components.context import CLAUSE_DEPS, Context, date, entity, span_of, value
from extract.components.found import Found, Obj, TermRef
from extract.components.quantities import count, minutes, ordinal
from extract.frames import roles
from extract.frames.bounds import bounded
from extract.frames.elsewhere import MOON, back_aboard, on_another_world
from extract.frames.ended_flights import ended_by
from extract.frames.fields import field_owner, field_value
from extract.frames.firsts import FirstReader
from extract.frames.flight_landings import landed_flight, moved_to_a_landing, the_one_flight, unnamed_craft
from extract.frames.flight_walks import final_rank, flight_count, flight_told, planned_count
from extract.frames.lexicon import Frame
from extract.frames.mood import mood
from extract.frames.natives import native_before_name, place_before_native
from extract.frames.orbits import orbited_in
from extract.frames.outside import told_in_space
from extract.frames.records import RecordReader
from extract.frames.reference_points import timed_from
from extract.frames.rockets import (
    BEARING,
    RISING,
    bore_up,
    called_rocket,
    craft_subject,
    flight_began,
    launched_something,
    left_the_pad,
    may_rise_to_space,
    put_in_orbit,
    rocket_alone,
    rocket_sends,
    rose_to_space,
    sender,
    uncrewed,
)
from extract.frames.roles import CONTEXT, CRAFT, CRAFT_WORDS, DIRECT, LISTED, NEAREST, About
from extract.frames.spans import span_end
from extract.frames.walk_lists import shares, walk_list
from extract.frames.walk_ranks import count_now, one_of_several, ranks_for, total_after
from extract.frames.walk_records import most_walks
from extract.patterns import read_jsonl
from extract.rules.common import COUNTRIES, MISSIONS, listed, recent_mentions, window
from extract.rules.places import described_place, field_dateline, innermost, pointed

VERSION = "frames/1"

#: words after "return" that make it something other than a landing ("returned to space")
_NOT_HOME = {"space", "orbit", "flight", "flying", "work", "duty", "school", "service", "active"}
#: kinds of craft ("Crew Dragon"), which name no one craft a crew came home in
_CRAFT_TYPES = {r["type"] for r in read_jsonl("capsules")}
#: capsule name -> its kind of craft ("Endeavour" -> "Crew Dragon")
_CAPSULE_TYPE = {r["name"]: r["type"] for r in read_jsonl("capsules")}
#: the prepositions of a craft one rides: "strapped into the Crew Dragon Endurance on top of a Falcon 9"
_ABOARD = ("into", "in", "inside", "aboard", "on", "atop", "of")
#: verbs of coming down whose "riding X" tells the craft they came down in
_COME_DOWN = {"land", "splash", "touch", "return", "come", "parachute", "descend"}
#: forms of "ride" (the model may lemmatize "riding" as "rid")
_RIDING = {"ride", "rides", "riding", "rode", "ridden"}
#: what a landing is told at: a place, or a spaceport's runway ("landed at the Kennedy Space Center")
_LANDING_PLACES = ("PLACE", "LAUNCH_SITE")
_LANDING_PREPS = ("near", "off", "in", "at", "on", "into", "outside", "to", "northeast", "southeast", "southwest",
                  "northwest", "east", "west", "north", "south")


class Reader:
    """Reads one frame wherever its words occur (a rule of the relation component)."""

    def __init__(self, frame: Frame) -> None:
        self.frame = frame
        self.__name__ = f"frame_{frame.name}"
        self.read: Callable[[Context, Token, Span, About, str, list[Token]], None] = getattr(
            self, f"_{frame.name}")

    def __call__(self, ctx: Context, tok: Token, span: Span) -> None:
        if self.frame.name == "landing" and (left := left_before(tok)) is not None:
            self._after_leaving(ctx, tok, span, left)  # "will undock on Friday and land in Kazakhstan"
            return
        if self.frame.name == "landing" and (moved := moved_to_a_landing(tok)) is not None:
            tok = moved  # "Atlantis glided to a landing at Kennedy on Friday": the verb tells who landed
        if len(span) > 1 and "-" in span.text and span.text.lower() in self.frame.nouns:
            tok = span.root  # "lift-off", split at its hyphen: its head, the verb ("will lift-off") or the noun
        elif len(span) > 1 and span[-1].pos_ == "NOUN" and tok.pos_ != "ADV" \
                and " ".join(t.lower_ for t in span) in self.frame.nouns:
            tok = span[-1]  # "extravehicular activity", "space walk": the noun that heads the phrase
        elif tok.pos_ in ("ADV", "ADJ") and len(span) > 1 and tok.head.pos_ in ("AUX", "VERB"):
            tok = tok.head  # "they were back on Earth", "are due back": the verb the phrase tells the event with
        elif tok.pos_ in ("ADP", "DET", "PRON", "ADV") or tok.pos_ == "ADJ" and tok.lower_ not in self.frame.nouns \
                or not roles.verbal(tok) and tok.lower_ not in self.frame.nouns \
                and " ".join(t.lower_ for t in span) not in self.frame.nouns:
            return  # a verb's word used as another noun ("the land", "a good return")
        if self.frame.name == "launch" and tok.lemma_ in RISING and not may_rise_to_space(ctx, tok):
            return  # "prices rose": no launch site, orbit or space in the sentence (cheap, before the roles)
        if self.frame.name == "launch" and tok.lemma_ in ("leave", "depart") and not left_the_pad(ctx, tok):
            return  # "the Soyuz left the station": only a craft leaving a launch site is a launch
        if self.frame.name == "launch" and tok.lemma_ in _BEGINNING and not flight_began(ctx, tok):
            return  # "training began in May": only a flight that began at a launch site, or one's own
            # flight begun, is a launch
        if self.frame.name == "launch" and tok.lemma_ in BEARING and not bore_up(tok):
            return  # "carried A back to Earth": only bearing someone into orbit or space is a launch
        if self.frame.name == "launch" and tok.lemma_ == "send" and not rocket_sends(ctx, tok):
            return  # "sent them to Houston": only a rocket sends a launch, or "sent into space"
        modality = mood(ctx, tok)
        if modality is None:
            return
        if roles.another_flight(ctx, tok):
            return  # "the first shuttle mission, which was launched in 1981": no flight of the story's
        who = roles.about(ctx, tok, self.frame)
        if self.frame.name == "spacewalk" and modality == "reported" and told_in_space(ctx, tok, span):
            self._flights_walks(ctx, tok, span, who.people)
        elif self.frame.name == "spacewalk" and tok.tag_ == "NNS" and (plan := planned_count(ctx, tok)) is not None:
            # "the three spacewalks planned for the mission": a plan, whatever the clause around it tells
            self._add(ctx, plan[0], "count", value(str(plan[1]), "integer"), span, DIRECT - 0.1, "planned")
        if self.frame.name == "landing" and not who.people and (ended := ended_by(ctx, tok)):
            who = roles.About(tuple(ended), who.craft, roles.LISTED)  # "A's flight ended in a landing of X"
        if self.frame.name in ("launch", "landing") and not who.people and not roles.verbal(tok) \
                and (seated := roles.riders(ctx, roles.clause(ctx, tok))):
            who = roles.About(tuple(seated), who.craft, roles.LISTED)  # "the launch came on X, with A and B aboard"
        if self.frame.name in ("launch", "landing", "arrival"):
            if who.people and roles.group_back(tok):  # "the trio", "they": the whole crew?
                ctx.later.append((partial(self.again, craft=who.craft, told=who), tok, span))
                return
            if not who.people and (who.craft is not None or roles.unnamed_group(ctx, tok)
                                   or _bare_event(ctx, tok, self.frame)
                                   or tok.lemma_ in _BEGINNING  # "a 12-day trip that began at Baikonur": the story's
                                   or self.frame.name == "launch" and roles.verbal(tok) and rocket_alone(ctx, tok)):
                ctx.later.append((partial(self.again, craft=who.craft), tok, span))  # "four rose": named later
        if self.frame.name == "spacewalk" and not who.people and modality == "reported" and tok.tag_ == "NNS" \
                and told_in_space(ctx, tok, span) and self._walks(ctx, tok, span, []):
            return  # "they made two spacewalks -- A and B on May 2, A and C on June 9"
        if self.frame.name == "spacewalk" and not who.people and roles.unnamed_group(ctx, tok, crafts=False):
            ctx.later.append((self.walkers, tok, span))  # "two astronauts stepped outside": named elsewhere
            return
        self.read(ctx, tok, span, who, modality, self._words(ctx, tok))

    def _flights_walks(self, ctx: Context, tok: Token, span: Span, people: tuple[int, ...]) -> None:
        """ "the crew completed four spacewalks", "the fourth and final spacewalk of the mission":
        how many walks the flight had (see :mod:`extract.frames.flight_walks`)."""
        found = flight_count(ctx, tok, people) if tok.tag_ == "NNS" else final_rank(ctx, tok)
        if found is not None:
            self._add(ctx, found[0], "count", value(str(found[1]), "integer"), span, DIRECT - 0.1, "reported")

    def _moon_landing(self, ctx: Context, tok: Token, span: Span, who: About, modality: str,
                      words: list[Token]) -> None:
        """The day people or their flight landed on the Moon ("Apollo 30, which landed on the
        Moon on Dec. 11"; "A and B touched down on the lunar surface on July 30"): the flight's
        alone when the flight landed, as one of its crew stayed in orbit."""
        subjects = [who.craft] if who.craft is not None and ctx.labels[who.craft] in MISSIONS else [
            p for p in who.people if ctx.labels[p] == "PERSON"]
        for d, how in roles.dates(ctx, tok, words)[:1]:
            for one in subjects:
                self._add(ctx, one, "moon", date(d), span, min(who.confidence, how), modality)

    def _after_leaving(self, ctx: Context, tok: Token, span: Span, left: Token) -> None:
        """A landing told after the departure it ends ("will undock early Thursday in Soyuz
        MS-13 with A and B and land southeast of Zhezkazgan"): the departure's people, mood
        and day (when the landing gives none), and the landing's place and craft,
        read from the departure's clause and the words after the landing's verb (the parser
        often hangs "and land" on a noun)."""
        who = roles.about(ctx, left)
        modality = mood(ctx, left)
        if not who.people or modality is None:
            return
        after = [t for t in tok.doc[tok.i:tok.sent.end] if not t.is_punct or t.text == ","]
        day = [t for t in roles.clause(ctx, left) if t.i in ctx.date_at]  # the departure's day, not its craft (the
        words = sorted({*day, *after}, key=lambda t: t.i)  # one they came up in) nor its companions (its own facts)
        self.read(ctx, tok, span, who, modality, words)

    def walkers(self, ctx: Context, tok: Token, span: Span) -> None:
        """A spacewalk told of a group ("two private astronauts stepped out on Thursday"), once
        the article is read: those it names as going out together, when they are as many as
        the group counts (or two, uncounted), and there is one such pair or team."""
        teams = {frozenset((f.subject, f.entity)) for f in ctx.facts if f.predicate == "spacewalkPartner"
                 and f.modality == "reported" and f.entity is not None}
        people = sorted({p for team in teams for p in team})
        size = roles.group_size(tok)
        modality = mood(ctx, tok)
        if modality is not None and people and len(people) == (size or 2) and len(teams) <= (size or 2) * (
                (size or 2) - 1) // 2:
            self.read(ctx, tok, span, About(tuple(people), None, NEAREST), modality, self._words(ctx, tok))

    def _words(self, ctx: Context, tok: Token) -> list[Token]:
        """The words an event's roles are read from: its clause, and for a launch or a landing
        the clauses that tell the same of the craft that carried the people."""
        words = roles.clause(ctx, tok)
        if self.frame.name in ("launch", "landing") and roles.verbal(tok):
            words = sorted({*words, *roles.craft_clauses(ctx, tok)}, key=lambda t: t.i)
        return words

    def again(self, ctx: Context, tok: Token, span: Span, craft: int | None = None, told: About | None = None) -> None:
        """Read an event whose people the sentence does not name or names by a group word, once
        the document's crews are known: the story's crew when the group is that crew (all of
        it, or as many as "the trio" counts), else whom the reference component named."""
        crew = roles.the_crew(ctx, tok, craft)
        if not crew.people and told is None and craft is None:
            crew = roles.named_next(ctx, tok)  # "The trio landed on Sunday. A, B and C spent 180 days aboard"
        if told is not None and not roles.same_crew(ctx, tok, told.people, crew.people) \
                and not _counted_crew(tok, told, crew):
            crew = told if crew.people or roles.named_together(ctx, tok, told.people) else roles.NOBODY
        modality = mood(ctx, tok)
        if crew.people and modality is not None:
            self.read(ctx, tok, span, crew, modality, self._words(ctx, tok))

    def _add(self, ctx: Context, subject: int, role: str, obj: Obj, span: Span, confidence: float,
             modality: str, qualifiers: tuple[tuple[str, Obj], ...] = ()) -> None:
        prop = self.frame.prop(role)
        if prop is not None:
            ctx.add(subject, prop, obj, span, rule=f"{VERSION}:{self.frame.name}", confidence=round(confidence, 2),
                    modality=modality, qualifiers=qualifiers)

    def _dated(self, ctx: Context, tok: Token, span: Span, subjects: list[int], words: list[Token], sure: float,
               modality: str, *, precise: bool = False, months: bool = False, story: list[int] | None = None) -> None:
        """Date the event for its subjects: the day its words give, else the day of the story
        just before (of ``story``, those it is about, when the subjects only rode along: "A
        landed on Monday. She came home with her crewmates: B and C")."""
        told = roles.dates(ctx, tok, words)[:1]
        if not told and self.frame.name in ("launch", "landing"):  # "... on Sunday. The rocket blasted off at 10:44"
            subjects = [p for p in subjects if ctx.labels[p] == "PERSON"]  # the people's day, read from their story
            before = roles.date_before(ctx, tok, subjects if story is None else story, self.frame)
            told = [(before, CONTEXT)] if before is not None else []
        for d, how in told:
            found = ctx.dates[d]
            if precise and not (found.day or found.weekday or found.relative or months and found.month
                                and not found.year):
                continue  # with ``months``, a month of the story's time ("flew to the station in June"), not of
                # a past flight's year ("flew on Shenzhou-9 in June 2012", told of the story's flight often)
            for one in subjects:
                self._add(ctx, one, "date", date(d), span, min(sure, how), modality)

    def _together(self, ctx: Context, tok: Token, people: list[int], words: list[Token], span: Span, sure: float,
                  modality: str) -> None:
        """Those who did it together: each subject with each companion ("with X", "joined by
        X"), and, when it is done, each pair of its subjects and each pair of its companions ("A
        came home with B and C": B and C came home together too)."""
        crew = [p for p in dict.fromkeys(people) if ctx.labels[p] == "PERSON"]
        mates = [m for m in roles.companions(ctx, tok, words) if m not in crew] if crew else []
        pairs = [(a, b) for i, a in enumerate(crew) for b in crew[i + 1:]] if modality == "reported" else []
        pairs += [(a, b) for i, a in enumerate(mates) for b in mates[i + 1:]] if modality == "reported" else []
        pairs += [(a, b) for a in crew for b in mates]
        role = "along" if unmarked_trip(self.frame.name, tok) else "together"
        for one, other in pairs:
            self._add(ctx, one, role, entity(other), span, min(sure, LISTED) - 0.1, modality)

    # ------------------------------------------------------------------ frames

    def _launch(self, ctx: Context, tok: Token, span: Span, who: About, modality: str, words: list[Token]) -> None:
        if uncrewed(tok) or launched_something(ctx, tok):
            return  # "a cargo ship due to launch from X", "she launched a satellite": no one's launch
        if tok.lemma_ in RISING and not rose_to_space(ctx, tok, words):
            return  # "the rocket rose from the pad" is a launch; "prices rose" is not
        if tok.lemma_ == "take" and not any(t.lower_ in ("space", "orbit") or ctx.is_a(t, "LAUNCH_SITE")
                                            for t in words) and not craft_subject(ctx, tok) \
                and not roles.entities(ctx, words, "SPACECRAFT", *MISSIONS, preps=("in", "aboard", "inside")):
            return  # "took off" is a launch only when it says from where or to where, or in what craft
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        people += [c for c in roles.accompanied(ctx, tok, words) if c not in people and ctx.labels[c] == "PERSON"]
        vessels = [c for c in roles.entities(ctx, words, *CRAFT) if c not in people and not _kind_of_named(ctx, c)]
        heads = [tok, *(c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass"))]  # "A, strapped into X, rose"
        aside = [t for h in heads for c in h.children if c.dep_ in ("advcl", "xcomp", "acl") and c.tag_ in (
            "VBN", "VBG") and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children) for t in ctx.region(c)]
        vessels += [c for c in roles.entities(ctx, aside, *CRAFT, preps=_ABOARD) if c not in vessels + people]
        borne = aside + [t for h in words for c in h.children if c.dep_ == "acl" and c.tag_ == "VBN"
                         for t in ctx.region(c)]
        vessels += [c for c in roles.entities(ctx, borne, "ROCKET", preps=("by", "atop")) if c not in vessels]  # "the
        # spaceship, carried by a Long March-2F rocket"
        vessels += [c for c in put_in_orbit(ctx, tok) if c not in vessels + people]  # "... and put X into orbit"
        if tok.lemma_ == "send" and (rocket := sender(ctx, tok)) is not None and rocket not in vessels:
            vessels.append(rocket)  # "A Falcon 9 lit up the sky, sending the Crew Dragon Freedom ..."
        sites = roles.entities(ctx, words, "LAUNCH_SITE") or roles.entities(ctx, words, "PLACE", preps=("from",))
        if tok.lemma_ == "ride" and not vessels:
            return  # "rode a Soyuz to orbit" is a launch; "rode a bike" is not
        # "splashed down ..., riding the capsule Freedom with A": the landing craft, no launch (crewmates all the same)
        landed = tok.lower_ in _RIDING and tok.dep_ in ("advcl", "conj", "xcomp") and tok.head.lemma_ in _COME_DOWN
        if tok.lemma_ == "lift" and not any(c.dep_ in ("prt", "prep") and c.lower_ == "off" for c in tok.children):
            return  # "lifted the capsule off the pad" is a launch; "lifted the hatch" is not
        kind = who.craft is not None and _kind_of_named(ctx, who.craft)  # "boosted the Dragon spacecraft"
        if who.craft is not None and who.craft not in vessels and not kind:
            vessels.insert(0, who.craft)
        craft = who.craft if who.craft is not None and ctx.labels[who.craft] != "ROCKET" and not kind \
            and not called_rocket(ctx, who.craft, words) else None
        launched = [*people, *([craft] if craft is not None else [])] if not landed else []  # a rocket is no flight
        joined = [c for c in roles.launched_with(ctx, words) if c not in launched and ctx.labels[c] == "PERSON"] \
            if people and not landed else []  # "A launched with B and C": they went up too, told less surely
        sure = {**{one: who.confidence for one in launched},
                **{one: min(who.confidence, CONTEXT) - 0.05 for one in joined}}  # below a crew read directly
        told = [*words, *roles.carrying(*heads)]  # "a rocket carrying the Shenzhou-19 spaceship"
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
        if tok.dep_ == "advcl" and any(c.lower_ == "when" for c in tok.children) and not roles.dates(ctx, tok, days):
            days = [*days, *roles.clause(ctx, tok.head)]  # "it began on 28 November 1983, when X carried him to orbit"
        if days is words or ctx.dates_in(days):  # is the other event's, only the launch's own ("after a launch on
            self._dated(ctx, tok, span, launched, days, who.confidence, modality)  # Nov. 10") is its
            span_end(ctx, tok, span, launched, days, who.confidence, modality)  # "from April 26 to May 6, 1993"
            if joined:  # to the day only: a coarser date told of companions may stand beside their own exact one
                self._dated(ctx, tok, span, joined, days, sure[joined[0]], modality, precise=True)
        flown = roles.entities(ctx, words, "MISSION", preps=("on", "aboard")) if people and craft is None \
            and not landed else []
        if len(flown) == 1 and ctx.dates_in(days):  # "A blasted off on STS-142 in January 1992": the mission's
            self._dated(ctx, tok, span, flown, days, who.confidence - 0.1, modality)  # launch, told of its crew
            for c in sites[:1]:
                self._add(ctx, flown[0], "site", entity(c), span, who.confidence - 0.1, modality)
        capsule = next((c for c in vessels if (ctx.labels[c] == "SPACECRAFT" or _called_craft(ctx, told, c))
                        and c not in launched), None)
        if capsule is not None and people and not landed:  # the craft they rode rode the rocket
            for r in [c for c in vessels if ctx.labels[c] == "ROCKET"]:
                self._add(ctx, capsule, "vehicle", entity(r), span, who.confidence - 0.1, modality)
        missions = [*vessels, *roles.entities(ctx, roles.carrying(tok), *MISSIONS)]  # "carrying the crew of X: A, B"
        for m in [c for c in dict.fromkeys(missions) if ctx.labels[c] in MISSIONS]:
            for one in [*people, *roles.companions(ctx, tok, words)]:
                self._add(ctx, m, "target", entity(one), span, who.confidence - 0.1, modality)
        self._together(ctx, tok, people, words, span, who.confidence, modality)

    def _flight(self, ctx: Context, tok: Token, span: Span, who: About, modality: str, words: list[Token]) -> None:
        """"flew Gemini 7", "flew aboard the shuttle in 1992": a spaceflight only when the clause
        names a craft, a mission, a station, space or orbit ("flies the F-22" is not one)."""
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        sure = who.confidence - 0.15
        if not people:  # "Six people will fly on NS-26: A, B and C"
            people, sure = _listed_subject(ctx, tok), LISTED - 0.15
        flown = roles.entities(ctx, words, *CRAFT, "STATION")
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
        subjects (as for a launch's companions, :func:`roles.launched_with`)."""
        joined = [c for c in roles.launched_with(ctx, words) if c not in people and ctx.labels[c] == "PERSON"]
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
        if not people or _grounded_crew(words):
            return  # "served on the support crew of Apollo 9": not aboard
        if tok.lemma_ in ("work", "spend", "remain", "live", "stay") and not any(
                t.lower_ in ("aboard", "on", "in") for t in words):
            return
        missions = roles.entities(ctx, words, *MISSIONS, preps=("on", "aboard", "in", "as"))
        stations = roles.entities(ctx, words, "STATION", preps=("on", "aboard", "in", "at"))
        for one in people:
            for m in missions:
                if not _seated(ctx, m, one):
                    self._add(ctx, m, "target", entity(one), span, who.confidence - 0.1, modality)
            for c in stations[:1]:
                self._add(ctx, one, "destination", entity(c), span, who.confidence - 0.1, modality)
        self._aboard_with(ctx, tok, span, who, modality, words)

    def _aboard_with(self, ctx: Context, tok: Token, span: Span, who: About, modality: str,
                     words: list[Token]) -> None:
        """"served on board Discovery with X", "lived aboard Soyuz T-40 with X": a stay on a
        craft (not a station, whose crews come and go) with someone is a flight together."""
        crafts = roles.entities(ctx, words, "SPACECRAFT", preps=("on", "aboard", "in", "board", "onboard"))
        if not crafts or tok.lemma_ not in ("serve", "live", "stay", "spend"):
            return
        for one in [p for p in who.people if ctx.labels[p] == "PERSON"]:
            self._add(ctx, one, "craft", entity(crafts[0]), span, who.confidence - 0.1, modality)
            self._together(ctx, tok, [one], words, span, who.confidence, modality)

    def _membership(self, ctx: Context, tok: Token, span: Span, who: About, modality: str,
                    words: list[Token]) -> None:
        """"a member of the Apollo 11 crew", "was part of the mission Shenzhou 10", "took part
        in the Shenzhou 6 mission", "participated in X": a seat on the mission."""
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        if tok.lemma_ in ("carry", "undertake", "embark") and who.confidence < LISTED:
            return  # "will carry out the mission" said of the people the clause names, not of "the agency"
        phrase = _without_clauses(tok) if not roles.verbal(tok) else words
        missions = roles.entities(ctx, phrase, *MISSIONS) or roles.entities(ctx, _names_given(phrase), *MISSIONS)
        if not roles.verbal(tok) and not any(c.lower_ == "of" for c in tok.children):
            return  # "part" and "member" say a seat only with what they are part of
        if _grounded_crew(phrase):
            return  # "a member of the support crew for Apollo 9": on the ground, not aboard
        if tok.lower_ == "crew" and not roles.verbal(tok) and not (tok.dep_ == "pobj" and tok.head.lower_ in (
                "on", "in", "to") or tok.dep_ == "attr" and tok.head.lemma_ == "be"):
            return  # "was on the crew of X", "named to the crew of X", "A and B are the crew of X"; not "the crew
        # of X landed"
        sure = who.confidence - 0.1
        if not missions:  # "on the crew of the agency-run X": the parse broke the phrase; the mission next to it
            after = ctx.doc[tok.i + 1:min(tok.i + 7, tok.sent.end)]
            missions, sure = roles.entities(ctx, list(after), *MISSIONS)[:1], NEAREST
        for one in people:
            for m in missions[:2]:
                if not _seated(ctx, m, one):
                    self._add(ctx, m, "target", entity(one), span, sure, modality)

    def _assignment(self, ctx: Context, tok: Token, span: Span, who: About, modality: str,
                    words: list[Token]) -> None:
        """"was assigned to Crew-5", "was named to the Artemis II crew", "Nasa named A, B and C to
        the crew of X", "announced the crew of X: A, B and C", "joins the crew of X": a seat on
        a mission, planned unless the article tells the mission flew or dates the assignment
        in a past year."""
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        if tok.lemma_ != "join" and tok.tag_ != "VBN" and tok.lemma_ not in self.frame.by_object or not people:
            return  # "X named Y": only a verb that tells it of its object ("Nasa named Y to the crew")
        missions = roles.entities(ctx, words, *MISSIONS, preps=("to", "for", "on", "of"))
        if tok.lemma_ == "join":  # "joined the crew of the STS-76 mission": the mission named, before the one
            named = [t for t in words if ctx.named_at.get(t.i) is not None]  # "the crew" may stand for
            missions = [m for m in roles.entities(ctx, named, *MISSIONS) or roles.entities(ctx, words, *MISSIONS)
                        if any(t.lower_ in ("crew", "mission") for t in words)]
        if not missions or _grounded_crew(words):
            return  # "was named to the support crew of X": not aboard
        dated = tok.lemma_ == "join" or any(ctx.dates[d].year and not ctx.dates[d].relative
                                            for d in ctx.dates_in(words))  # a seat taken, or one of the past

        def seat(ctx: Context, tok: Token, span: Span) -> None:
            told = modality if dated or _flown(ctx, missions[0]) else "planned"
            for one in people:
                self._add(ctx, missions[0], "target", entity(one), span, who.confidence - 0.1, told)

        ctx.later.append((seat, tok, span))  # once the whole article has said whether the mission flew

    def _landing(self, ctx: Context, tok: Token, span: Span, who: About, modality: str, words: list[Token]) -> None:
        if tok.lemma_ in ("return", "come") and any(
                c.lower_ in ("to", "into") and any(t.lower_ in _NOT_HOME for t in c.children) for c in tok.children):
            return  # "returned to space": a new flight, not a landing
        if tok.lemma_ == "return" and _back_to_an_employer(ctx, tok):
            return  # "returned to NASA in 1993": a job taken up again
        if tok.lemma_ == "return" and _back_to_a_place(ctx, tok):
            return  # "will return to Star City on Friday": a trip on the ground, after the landing
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        if tok.lemma_ in ("land", "touch") and on_another_world(tok, MOON):  # not a return to Earth
            self._moon_landing(ctx, tok, span, who, modality, words)
            return
        if tok.lemma_ == "come" and not _came_down(ctx, tok) or _off_earth(tok) \
                or on_another_world(tok) or back_aboard(ctx, tok) \
                or tok.lemma_ == "make" and not _made_it_back(ctx, tok):
            return
        flight = landed_flight(ctx, tok, who.craft)
        if flight is None and unnamed_craft(tok):
            flight = the_one_flight(ctx, tok)  # "Because Soyuz 21 was returning early ... It made a hard landing"
        if not people and flight is None:
            return
        riding = [t for c in tok.children if c.dep_ in ("advcl", "xcomp", "conj") and c.lower_ in _RIDING
                  and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children) for t in ctx.region(c)]
        words = sorted({*words, *riding}, key=lambda t: t.i)  # "splashed down ..., riding the capsule X with B"
        if modality == "reported" and riding:  # who rode with them came down with them
            people += [c for c in roles.companions(ctx, tok, riding) if c not in people and ctx.labels[c] == "PERSON"]
        people += [c for c in roles.accompanied(ctx, tok, words) if c not in people and ctx.labels[c] == "PERSON"]
        crafts = [c for c in roles.entities(ctx, words, "SPACECRAFT", preps=("aboard", "on", "in", "inside"))]
        crafts += [c for c in roles.entities(ctx, [t for t in riding if t.dep_ in ("dobj", "appos") or t.head.dep_ in (
            "dobj", "appos")], "SPACECRAFT") if c not in crafts]  # "riding the SpaceX capsule Freedom"
        if who.craft is not None and (ctx.labels[who.craft] == "SPACECRAFT" or roles.called_craft(ctx, who.craft)) \
                and who.craft not in crafts \
                and ctx.clusters[who.craft]["name"] not in _CRAFT_TYPES \
                and (not crafts or any(ctx.cluster(t) == who.craft for t in tok.doc[tok.sent.start:tok.i])):
            crafts.insert(0, who.craft)  # "the Soyuz MS-20 capsule, carrying A and B, landed"; not the craft the
            # crew went up in, when the sentence names the one they came down in ("returned in the Soyuz 36")
        near = [t for t in words if (ctx.is_a(t, "PLACE") or ctx.is_a(t, "LAUNCH_SITE") and not pointed(ctx, t, tok))
                and not described_place(ctx, t)]  # not "Kazakh" city of X; a spaceport landed at, not "east of" it
        places = _precise(ctx, tok, [t for t in near if pointed(ctx, t, tok) or ctx.cluster(t) in roles.entities(
            ctx, [t], *_LANDING_PLACES, preps=_LANDING_PREPS)]) if tok.lemma_ not in ("return", "come") or any(
                t.lower_ in ("landed", "near", "off", "splashed") for t in words) or any(
                "landing" in ctx.clusters[c]["name"].lower() for t in near if (c := ctx.cluster(t)) is not None) \
            else []  # "returned to the Dongfeng landing site"; not "returned to Houston"
        field = field_dateline(ctx, tok) if modality == "reported" else None
        if field is not None and (near_town := ctx.cluster(field)) is not None:  # "NEAR ARKALYK, Kazakhstan -"
            places = [near_town, *(c for c in places if c != near_town)]
        dates = roles.dates(ctx, tok, words)
        if not dates:
            self._minutes_after_launch(ctx, tok, span, people, who.confidence, modality)
        flown = [c for c in roles.entities(ctx, words, *MISSIONS, preps=("aboard", "on", "in"))
                 if c != who.craft]  # "returned home on STS-124", "came back aboard the Crew-7 mission"
        if not dates and not crafts and not places and not flown:
            if _home(tok):  # "returned to Earth with A and B": nothing else told, but who came back together
                self._together(ctx, tok, people, words, span, who.confidence, modality)
            return
        for one in people:
            for c in crafts[:1]:
                self._add(ctx, one, "craft", entity(c), span, who.confidence - 0.05, modality)
            for c in places[:1]:
                self._add(ctx, one, "place", entity(c), span, who.confidence - 0.05, modality)
            if who.craft is not None and ctx.labels[who.craft] in MISSIONS and not _seated(ctx, who.craft, one):
                self._add(ctx, who.craft, "target", entity(one), span, who.confidence - 0.1, modality)  # its crew
            for m in flown[:1]:  # the flight ridden down, which may not be the one ridden up
                if not _seated(ctx, m, one):
                    self._add(ctx, m, "target", entity(one), span, who.confidence - 0.1, modality)
        self._dated(ctx, tok, span, people, words, who.confidence, modality)
        if flight is not None:  # "Endeavour landed at Kennedy on Dec. 13": the flight's own landing
            for c in [c for c in places if ctx.clusters[c]["name"] not in COUNTRIES][:1]:  # a country is no site
                self._add(ctx, flight, "place", entity(c), span, who.confidence - 0.1, modality)
            self._dated(ctx, tok, span, [flight], words, who.confidence - 0.1, modality)
        self._came_down_with(ctx, tok, span, people, words, crafts, who.confidence, modality)
        self._together(ctx, tok, people, words, span, who.confidence, modality)

    def _minutes_after_launch(self, ctx: Context, tok: Token, span: Span, people: list[int], sure: float,
                              modality: str) -> None:
        """A landing told as minutes or hours after the launch ("lifted off from Launch Site One
        and landed under parachutes about 11 minutes later"): on the day of its people's launch,
        when the article gives each of them the same one."""
        if not _minutes_later(ctx, tok):
            return
        days = [[f.object for f in ctx.facts if f.subject == one and f.predicate == "launchDate"
                 and f.modality == modality] for one in people]
        if days and all(len(d) == 1 and d[0] == days[0][0] for d in days) and days[0][0] is not None:
            for one in people:
                self._add(ctx, one, "date", days[0][0], span, sure - 0.05, modality)

    def _came_down_with(self, ctx: Context, tok: Token, span: Span, people: list[int], words: list[Token],
                        crafts: list[int], sure: float, modality: str) -> None:
        """Those a landing's with-phrase names as riding along ("landed in Kazakhstan on
        Thursday aboard Soyuz MS-12 with A and B", "return with A on April 6"): they came down
        in the same craft on the same day, told less surely than its subjects (as for a launch's
        companions, :func:`roles.launched_with`)."""
        joined = [c for c in roles.launched_with(ctx, words) if c not in people and ctx.labels[c] == "PERSON"]
        if not joined or modality not in ("reported", "planned"):
            return
        less = min(sure, CONTEXT) - 0.05
        for one in joined:
            for c in crafts[:1]:
                self._add(ctx, one, "craft", entity(c), span, less, modality)
        self._dated(ctx, tok, span, joined, words, less, modality, precise=True, story=people)

    def _arrival(self, ctx: Context, tok: Token, span: Span, who: About, modality: str, words: list[Token]) -> None:
        if not roles.verbal(tok) and tok.lower_ not in ("arrival", "docking"):
            return
        stations = roles.entities(ctx, words, "STATION", preps=("at", "on", "to", "with", "aboard"))
        if tok.lemma_ in ("reach", "board"):
            stations = roles.entities(ctx, [c for c in tok.children if c.dep_ == "dobj"], "STATION")
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        crafts = roles.entities(ctx, words, "SPACECRAFT", *MISSIONS, preps=("aboard", "on", "in", "inside", "via"))
        named = any(c.dep_ in ("nsubj", "advmod", "npadvmod", "dep") and c.i < tok.i and ctx.named_at.get(c.i)
                    is not None for c in tok.children)  # a name, not a pronoun the references may have misread
        if not stations and tok.lemma_ == "arrive" and named:  # "X arrived on April 24 aboard the Crew Dragon
            crafts = [c for c in crafts if ctx.labels[c] == "SPACECRAFT"]  # Endeavour": the craft that carried X
            for one in people if crafts and modality == "reported" else []:
                self._add(ctx, one, "craft", entity(crafts[0]), span, who.confidence - 0.1, modality)
        if not stations or not people:
            return
        for one in people:
            for c in crafts[:1]:
                self._add(ctx, one, "craft", entity(c), span, who.confidence - 0.1, modality)
            self._add(ctx, one, "destination", entity(stations[0]), span, who.confidence - 0.1, modality)

    def _departure(self, ctx: Context, tok: Token, span: Span, who: About, modality: str,
                   words: list[Token]) -> None:
        """"left the outpost", "undocked from the station": they had been aboard."""
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        stations = roles.entities(ctx, [t for c in tok.children if c.dep_ == "dobj" or c.lower_ == "from"
                                        for t in c.subtree], "STATION")
        for one in people:
            for c in stations[:1]:
                self._add(ctx, one, "destination", entity(c), span, who.confidence - 0.1, modality)

    def _death(self, ctx: Context, tok: Token, span: Span, who: About, modality: str, words: list[Token]) -> None:
        """"X died on Monday in Houston", "the agency said he died on May 3", "died when his jet
        crashed near X", "announced his death on Friday", "the death of X in 1967", "was killed"."""
        people = [p for p in who.people if ctx.labels[p] == "PERSON" and p != _teller(ctx, tok)][:1]
        if tok.lemma_ == "kill" and tok.tag_ != "VBN" or not people or modality != "reported":
            return  # "killed" only in the passive: the one who died is its subject; no one tells of their own
        if tok.lower_ == "deceased":  # "X, now deceased", "the deceased astronaut X"
            self._add(ctx, people[0], "status", value("Deceased"), span, who.confidence, modality)
            return
        words = [t for t in words if not ctx.person(t)]
        teller = {x.i for t in words if t.dep_ == "agent" for x in t.subtree}  # "announced by a museum in X"
        near = [t for t in [*words, *_when_clauses(ctx, words)] if ctx.is_a(t, "PLACE") and t.i > span.start - 8
                and not described_place(ctx, t) and t.i not in teller and not _told_there(t, tok)]
        for c in [c for c in innermost(ctx, near) if ctx.clusters[c]["name"] not in COUNTRIES][:1]:
            self._add(ctx, people[0], "place", entity(c), span, who.confidence, modality)
        died: Obj | None = None
        for d, how in roles.dates(ctx, tok, words):
            found = ctx.dates[d]
            if how > CONTEXT and (found.year or found.weekday or found.relative or found.month):
                died = date(d, recent=True)  # its own clause's date: not that of "two years after X died"
                self._add(ctx, people[0], "date", died, span, min(who.confidence, how), modality)
                break
        years = _age_at(tok) if roles.verbal(tok) else None
        if years is not None:  # "died at 79", "died aged 79", "died at the age of 79"
            prop = self.frame.prop("age")
            if prop is not None:
                ctx.add(people[0], prop, value(str(years), "integer"), span, rule=f"{VERSION}:{self.frame.name}",
                        confidence=round(who.confidence, 2), modality=modality,
                        qualifiers=(("unit", value("year")),), as_of=died)

    def _command(self, ctx: Context, tok: Token, span: Span, who: About, modality: str, words: list[Token]) -> None:
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        if tok.lemma_ == "lead" and not any(ctx.is_a(t, *MISSIONS, "STATION") for t in tok.subtree):
            return  # "led the team": a job, not a flight
        targets: list[int] = []
        for child in tok.children:
            if child.dep_ in ("dobj", "attr", "nsubjpass") or child.dep_ == "prep" and child.lower_ == "of":
                named = [t for t in child.subtree if not _indefinite(t)  # "to command a Crew Dragon": no craft
                         and not _hung_on_a_person(ctx, t, child)]
                targets += roles.entities(ctx, named, *MISSIONS, "STATION", "SPACECRAFT")[:1]
        targets += [e for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "during")
                    for o in c.children if o.dep_ == "pobj"  # "commanded it on Expedition 51", not "on the way to"
                    for e in roles.entities(ctx, [o, *(t for t in o.children if t.dep_ in ("compound", "nummod"))],
                                            "EXPEDITION")[:1]]
        if not targets and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children):
            targets = [c for t, c in ctx.in_sentence(tok.sent, "STATION") if t.i < tok.i][-1:]  # "to lead the
            # station, after X, who commanded it in 2009": the station the sentence named
        if not targets and tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN":
            told = tok.head.head if tok.head.dep_ == "appos" else tok.head  # "the Expedition 69 crew, commanded
            named = [t for t in told.subtree if t.i < tok.i and not _hung_on_a_person(ctx, t, told)]  # by X",
            targets = roles.entities(ctx, named, *MISSIONS, "STATION", "SPACECRAFT")[-1:]  # "Soyuz 40, a
            # mission commanded by X", "Soyuz TM-12, which was commanded by X"
        if not targets and tok.lower_ == "command":  # "took command of the station"
            targets = roles.entities(ctx, [t for t in words if t.i > tok.i and not _hung_on_a_person(ctx, t, tok)],
                                     *MISSIONS, "STATION")[:2]
        if tok.lemma_ in ("take", "assume") and len(people) == 1:  # "B took command (of the station) from A"
            for giver in _people_after(ctx, window(tok), "from")[:1]:
                if giver != people[0]:
                    self._add(ctx, giver, "next", entity(people[0]), span, who.confidence, modality)
        if not people or not targets:
            people, targets = _side_by_side(ctx, tok)  # "X commanded mission STS-7", however it was parsed
            who = About(tuple(people), who.craft, DIRECT) if people else who
        if not people or not targets:
            return
        commander = people[0] if len(people) == 1 or who.confidence < DIRECT else None
        if commander is None:
            return
        crew = roles.companions(ctx, tok, words)
        for c in dict.fromkeys(targets):
            self._add(ctx, c, "target", entity(commander), span, who.confidence, modality)
            if ctx.labels[c] in MISSIONS:
                self._add(ctx, commander, "seat", value("commander"), span, who.confidence, modality,
                          (("mission", entity(c)),))
            for member in crew:
                if member != commander:
                    self._add(ctx, c, "crew", entity(member), span, LISTED - 0.05, modality)

    def _handover(self, ctx: Context, tok: Token, span: Span, who: About, modality: str, words: list[Token]) -> None:
        words = [*(t for c in tok.children if c.dep_ == "nsubjpass" for t in c.subtree),  # "command ... was passed"
                 *window(tok)]  # the parse often hangs "command of X to Y" loosely
        recipient = next(iter(_people_after(ctx, words, "to")), None)
        if recipient is None:
            return
        targets = roles.entities(ctx, words, *MISSIONS, "STATION") or _begun(ctx, tok)
        for c in targets[:2]:
            self._add(ctx, c, "target", entity(recipient), span, DIRECT - 0.05, modality)
        if not targets and not any(t.lower_ in ("command", "helm") for t in words):
            return  # "handed the checklist to B": no handover of command
        givers = _people_after(ctx, words, "from")  # "command was passed from A to B", "the change of command from A"
        if not givers and roles.verbal(tok) and len(who.people) == 1:
            givers = [p for p in who.people if ctx.labels[p] == "PERSON"]  # "A handed command to B"
        for giver in givers[:1]:
            if giver != recipient:
                self._add(ctx, giver, "next", entity(recipient), span,
                          DIRECT - 0.05 if givers != list(who.people) else who.confidence, modality)

    def _spacewalk(self, ctx: Context, tok: Token, span: Span, who: About, modality: str, words: list[Token]) -> None:
        if not told_in_space(ctx, tok, span):
            return  # "climbed out of the capsule" after the landing
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        for one, nth in ranks_for(ctx, tok) if tok.tag_ != "NNS" and modality == "reported" else ():
            self._add(ctx, one, "least", value(str(nth), "integer"), span, LISTED, modality)  # "the fourth for A"
        held = most_walks(ctx, tok) if modality == "reported" else None
        if held is not None:  # "holds NASA's record for most spacewalks (10)": the holder's count
            self._add(ctx, held[0], "count", value(str(held[1]), "integer"), span, DIRECT - 0.1, modality)
        if not people and _the_walk(ctx, tok):  # "The spacewalk, the second for the pair, lasted ..."
            people, who = _last_spacewalkers(ctx, tok), About((), None, NEAREST + 0.05)
        if not people:
            return
        if tok.tag_ == "NNS" and modality == "reported":
            self._walks(ctx, tok, span, people)
            for mate, walks in shares(ctx, tok) if len(people) == 1 else ():  # "five spacewalks: four with A and
                self._add(ctx, mate, "least", value(str(walks), "integer"), span, LISTED, modality)  # one with B"
                self._together(ctx, tok, [people[0], mate], [], span, LISTED, modality)
        if one_of_several(tok):  # "the pair went on the first of three walks Aug. 7": that walk's day and team
            self._dated(ctx, tok, span, people, words, who.confidence, modality)
            self._together(ctx, tok, people, words, span, who.confidence, modality)
        number = next((c for c in tok.children if c.dep_ == "nummod"), None)
        more = any(c.lower_ in ("more", "additional", "other", "further") for n in (tok, *(
            c for c in tok.children if c.dep_ == "nummod")) for c in n.children)  # "three more": on the number
        if number is not None and any(c.dep_ == "quantmod" and c.lower_ == "of" for c in number.children):
            number = None  # "led the first three of four spacewalks": a share of the walks, not a career's count
        if more and tok.tag_ == "NNS" and len(people) == 1 and modality == "reported":
            total, spent = count_now(tok)  # "made two more spacewalks and now has nine, adding up to 62 hours"
            for n, role, per in ((total, "count", None), (spent, "duration", "minute")):
                if n is not None:
                    self._add(ctx, people[0], role, value(str(n), "integer"), span, who.confidence - 0.1, modality,
                              (("unit", value(per)),) if per else ())
        if number is not None and tok.tag_ == "NNS" and not more and len(people) == 1 \
                and not roles.unnamed_group(ctx, tok) and not (tok.dep_ == "dobj" and roles.unnamed_group(
                    ctx, tok.head)):  # "her seven spacewalks"; not "they made two", "two more", "the crew
            # carried out four spacewalks" (the crew's, however many of its members the story names)
            total = total_after(tok)  # "five spacewalks, which gave him a total of 10": a career's 10
            n = total or (count(number) if not _told_before(tok) else None)
            if n is not None and modality == "reported":
                self._add(ctx, people[0], "count", value(str(n), "integer"), span, who.confidence, modality,
                          (("scope", TermRef("Cumulative")),) if total else ())
            flight = flight_told(ctx, tok) if total and number is not None and modality == "reported" else None
            if flight is not None and (own := count(number)) is not None:  # the five were the flight's
                self._add(ctx, people[0], "count", value(str(own), "integer"), span, who.confidence - 0.1, modality,
                          (("mission", entity(flight)),))
        rank = _career_rank(ctx, tok)
        if rank is not None and len(people) == 1 and modality == "reported":  # "her seventh spacewalk": at least 7
            self._add(ctx, people[0], "count" if _only_one(tok) else "least", value(str(rank), "integer"), span,
                      who.confidence - 0.1, modality)
        if roles.verbal(tok) and len(people) == 1:  # "ventured outside his Voskhod 2 spacecraft": the craft they
            for c in roles.entities(ctx, words, "SPACECRAFT", preps=("outside", "out", "of", "from"))[:1]:  # were in
                self._add(ctx, people[0], "craft", entity(c), span, who.confidence - 0.1, modality)
        if tok.tag_ != "NNS":  # one spacewalk: who went out with them went out that day, for that long
            people += [c for c in roles.companions(ctx, tok, words) if c not in people and ctx.labels[c] == "PERSON"]
            # "in July", "in 2008", "on Thursday": a spacewalk is one day, told to the month or year
            self._dated(ctx, tok, span, people, words, who.confidence, modality)
        lasted = [t for t in (words if tok.tag_ == "NNS" else _part_of(tok)) if t.lower_ in ("minutes", "minute",
                                                                                          "hours", "hour")]
        if not lasted and tok.tag_ != "NNS":
            lasted = _it_lasted(tok)  # "They went out on Monday. It lasted 6 hours and 10 minutes."
        for unit in lasted[-1:]:
            if unit.dep_ in ("amod", "compound", "nmod") and unit.head.pos_ == "NOUN" \
                    and unit.head.lower_ not in self.frame.nouns:
                continue  # "after the ten-minute flight": the length of something else
            total = minutes(unit) if not bounded(unit) else None  # "a more than seven hour walk": no length
            if total and not _a_record(unit):  # "recorded a new record of 22 hours": the record frame's figure
                scope = (("scope", TermRef("Cumulative")),) if _told_as_total(unit) or _over_several(tok, unit) \
                    else (("scope", TermRef("SingleSpacewalk")),) if tok.tag_ != "NNS" else ()  # a career's or
                # several walks'; else one walk's, when the noun is one ("the spacewalk went into the books at 31 min")
                for one in people:
                    self._add(ctx, one, "duration", value(str(total), "integer"), span, who.confidence - 0.05,
                              modality, (("unit", value("minute")), *scope))
        if tok.tag_ != "NNS":
            self._together(ctx, tok, people, words, span, who.confidence, modality)


    def _moonwalk(self, ctx: Context, tok: Token, span: Span, who: About, modality: str,
                  words: list[Token]) -> None:
        """Who walked on the Moon together ("A and B walked on the Moon", "A walked on the lunar
        surface with B", "A was joined on the surface of the Moon by B"): partners outside, as on a
        spacewalk. Only the partners are read: a moonwalk is no spacewalk to count or time, and
        "the sixth man to walk on the Moon" names no partner."""
        if modality != "reported":
            return
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        joined = [t for c in tok.children if c.dep_ == "agent" for t in c.subtree] if tok.lemma_ == "join" else []
        people += [p for t in joined if (p := ctx.person(t)) is not None and p not in people
                   and ctx.labels[p] == "PERSON"]
        self._together(ctx, tok, people, words, span, who.confidence, modality)

    def _walks(self, ctx: Context, tok: Token, span: Span, people: list[int]) -> bool:
        """Each walk of a list after "two spacewalks --": its walkers (with the one person the
        sentence is about) walked that day, together. Whether there was such a list."""
        items = walk_list(ctx, tok)
        subject = people[:1] if len(people) == 1 else []
        if not items or any(not walkers and not subject for walkers, _ in items):
            return False
        for walkers, day in items:
            team = list(dict.fromkeys([*subject, *walkers]))
            for one in team:
                self._add(ctx, one, "date", date(day), span, LISTED, "reported")
            self._together(ctx, tok, team, [], span, LISTED + 0.1, "reported")
        return True

    def _crewmates(self, ctx: Context, tok: Token, span: Span, who: About, modality: str,
                   words: list[Token]) -> None:
        """"Her crewmates are A, B and C": they flew with her and sit on the mission she
        commands (read now, so that the story's crew is known to the events read later), and
        share the launch told of her (read once the article is read). A flight the phrase
        names ("her Crew-9 crewmates") may not be the launch told of her: then they share only
        that flight. Crewmates told beside a plan ("will be with crewmates A and B as they lift
        off") are of the flight to come, unless the phrase names a flight ("is due to leave with
        her Crew-1 crewmates": a crew that may have flown already; left unread)."""
        owners, mates = roles.crewmates(ctx, tok, span)
        if not owners or not mates or modality not in ("reported", "planned"):
            return
        named = roles.entities(ctx, [t for c in tok.children if c.dep_ in ("compound", "nmod", "nummod", "prep")
                                     for t in c.subtree], *MISSIONS)
        if named and modality == "planned":
            return
        crew = [*owners, *mates]
        for i, one in enumerate(crew):
            for other in crew[i + 1:]:
                self._add(ctx, one, "together", entity(other), span, LISTED - 0.1, modality)
        missions = named or [f.subject for f in ctx.facts if f.entity in owners and f.predicate == "commander"
                             and f.confidence >= LISTED and ctx.labels[f.subject] in MISSIONS
                             and _of_series(ctx, tok, f.subject)]
        for one in crew if named else mates:
            for m in dict.fromkeys(missions):
                if not _seated(ctx, m, one):
                    self._add(ctx, m, "target", entity(one), span, CONTEXT, modality)
        if not named:
            ctx.later.append((partial(self._share, owner=owners[0], mates=tuple(mates)), tok, span))

    def _share(self, ctx: Context, tok: Token, span: Span, owner: int, mates: tuple[int, ...]) -> None:
        """The owner's launch, told last before the crewmates (else first after), for each of them."""
        launch = [f for f in ctx.facts if f.subject == owner and f.rule.endswith(":launch") and f.object is not None
                  and f.predicate in ("launchDate", "launchSite", "launchVehicle") and f.confidence >= NEAREST]
        told: dict[str, Found] = {}
        for f in sorted(launch, key=lambda f: (f.start >= span.start_char, abs(f.start - span.start_char))):
            told.setdefault(f.predicate, f)
        for one in mates:
            for f in told.values():
                ctx.add(one, f.predicate, f.object, span, rule=f"{VERSION}:crewmates", confidence=CONTEXT,
                        modality=f.modality, qualifiers=f.qualifiers)

    def _upbringing(self, ctx: Context, tok: Token, span: Span, who: About, modality: str,
                    words: list[Token]) -> None:
        """"grew up in X", "was raised in X", "her hometown of X", "X, his hometown", "a native
        of X": the most specific town named, not a country."""
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        described_one = ctx.person(tok.head) if tok.dep_ == "appos" and tok.tag_ == "NN" else None
        if described_one is not None:  # "She and X, another Ohio native,": the one name the noun describes
            people = [described_one]
        elif tok.lower_ == "native" and (one := ctx.person(tok)) is not None:  # "the Ohio native said": the
            people, who = [one], About((one,), None, CONTEXT)  # one the references take it for (aliases.py)
        fronted, told = native_before_name(ctx, tok)
        if fronted is not None:  # "The Iowa native X", "A native of Turin, X flew"
            people, words, who = [fronted], told, About((fronted,), None, DIRECT)
            modality = "reported" if modality == "planned" else modality  # "Biloxi native X will be honored"
        if tok.lemma_ == "raise" and tok.tag_ != "VBN" or not people:
            return
        near = place_before_native(ctx, tok) or [t for t in words if ctx.is_a(t, "PLACE")]
        if not roles.verbal(tok):  # "her hometown, X": the place beside the noun
            near += [t for t in (tok.head, *tok.children) if t.dep_ == "appos" or tok.dep_ == "appos"
                     if ctx.is_a(t, "PLACE")]
        places = [c for c in innermost(ctx, near) if ctx.clusters[c]["name"] not in COUNTRIES]
        for c in places[:1]:
            for one in people:
                self._add(ctx, one, "place", entity(c), span, who.confidence - 0.05, modality)


    def _selection(self, ctx: Context, tok: Token, span: Span, who: About, modality: str,
                   words: list[Token]) -> None:
        """"was selected by Nasa in 2009", "Nasa picked her in 1996", "joined Nasa's astronaut
        corps in 2004", "her selection by JAXA in 2009", "was chosen as one of the Mercury
        Seven": the agency that chose someone and the year; not a seat on a flight ("selected
        for Crew-5", "chosen to command X": the assignment frame's)."""
        if tok.lower_ in _CLASSES:  # "the first of Nasa's 2021 astronaut class", "a member of the class of 1996"
            self._class(ctx, tok, span, modality)
            return
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        if not people and roles.verbal(tok):  # "Five astronauts were chosen: A, B, ..."
            people = [p for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") for p in listed(ctx, c)]
        agencies = _choosers(ctx, tok, words)
        years = [d for d, how in roles.dates(ctx, tok, words) if how > CONTEXT and ctx.dates[d].year
                 and not ctx.dates[d].day]
        seat = roles.entities(ctx, words, *MISSIONS, preps=("for", "to", "on"))
        for_a_flight = _for_a_flight(tok)
        become = _to_become_a_flyer(ctx, tok)
        if not people or any(c.dep_ == "xcomp" for c in tok.children) and become is None \
                or (seat or for_a_flight) and not agencies:
            return  # "picked for Crew-5", "chosen to command X": a seat; "picked by Nasa for X" is Nasa's pick
        if become is not None:  # "selected to be an astronaut in 2004": the year told in the "to" clause
            years += [d for d in ctx.dates_in(list(become.subtree)) if ctx.dates[d].year and not ctx.dates[d].day]
            if modality == "planned" and not _planned_above(ctx, tok):
                modality = "reported"  # "selected to" is a plan of a seat, but one becomes an astronaut when chosen
        if for_a_flight:
            years = []  # "chosen for the flight by the commission in 2022": the agency's pick, in the flight's year
        if _into_the_forces(tok):
            return  # "recruited by the People's Liberation Army", "enlisted in the Navy": a military career
        joined = [c for c in tok.children if c.dep_ == "dobj"]
        if tok.lemma_ == "join" and not agencies and not any(_astronaut_class(c) for c in joined):
            return  # "joined the crew", "joined the Air Force"; not "joined the second group of astronauts"
        classmates = [p for t in words if t.lower_ in _CLASSES for c in t.children if c.dep_ == "prep"
                      and c.lower_ == "as" for x in c.subtree if (p := ctx.person(x)) is not None]
        hired = tok.lemma_ == "join" and (any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children)
                                          or _joined_agency(ctx, joined))
        for one in dict.fromkeys([*people, *classmates]):  # "in the same class as X": X was chosen with them
            sure = who.confidence if one in people else LISTED
            for a in agencies[:1]:
                self._add(ctx, one, "agency", entity(a), span, sure, modality)
                if hired and one in people:  # "joined the agency as an astronaut": a job there
                    self._add(ctx, one, "employer", entity(a), span, sure - 0.1, modality)
            for d in years[:1]:
                self._add(ctx, one, "year", value(str(ctx.dates[d].year), "gYear"), span_of(tok, *words), sure,
                          modality)
                self._chosen_in_month(ctx, one, d, span_of(tok, *words), sure, modality)

    def _chosen_in_month(self, ctx: Context, one: int, d: int, span: Span, sure: float, modality: str) -> None:
        """ "Chosen in May 1990": the selection's date as stated, beside its year (a year alone
        is the year's only)."""
        if ctx.dates[d].month:
            self._add(ctx, one, "date", date(d), span, sure, modality)

    def _class(self, ctx: Context, noun: Token, span: Span, modality: str) -> None:
        """An astronaut class named as what someone belongs to ("X, a member of Nasa's 2009
        astronaut class", "X is the first of the 2021 class", "graduated with Nasa's newest
        class of astronauts"): the agency and year of the class are their selection's. A class
        told with a selection verb ("selected in the third batch") is the verb's."""
        if not _astronaut_class(noun) or noun.dep_ != "pobj" or noun.head.lower_ not in ("of", "with"):
            return
        above = noun.head.head
        if above.lemma_ in self.frame.verbs:
            return
        who = roles.about(ctx, above, self.frame)
        if not who.people and _became_in(above):  # "A became a member of ...": the subject of "became"
            who = roles.about(ctx, above.head, self.frame)
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        phrase = list(noun.subtree)
        agencies = roles.entities(ctx, [c for c in noun.children if c.dep_ in ("poss", "compound", "nmod")], "AGENCY")
        years = [d for d in ctx.dates_in(phrase) or ctx.dates_in(_became_in(above))
                 if ctx.dates[d].year and not ctx.dates[d].month]
        for one in people:
            for a in agencies[:1]:
                self._add(ctx, one, "agency", entity(a), span, who.confidence - 0.1, modality)
            for d in years[:1]:
                self._add(ctx, one, "year", value(str(ctx.dates[d].year), "gYear"), span_of(noun, *phrase),
                          who.confidence - 0.1, modality)

    def _retirement(self, ctx: Context, tok: Token, span: Span, who: About, modality: str,
                    words: list[Token]) -> None:
        """"retired from Nasa in 2020", "left the agency in 1993", "stepped down in May", "her
        retirement in 2012": the date; "the retired astronaut X", "is now retired", "has
        retired", "retired this year": the status now; the organisation left ("left Nasa",
        "retired from the Navy", "resigned from JAXA"): an employer, a former one. Not a
        military rank's ("a retired Army colonel")."""
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        if not people or not tok.lower_.startswith("retir") and not _left_the_corps(ctx, tok):
            return  # "left the station": a departure
        if tok.dep_ == "amod" and (tok.head.lower_ in _RANKS or any(
                ctx.is_a(t, "ORG") and not ctx.is_a(t, "AGENCY") for t in tok.head.lefts)):
            return  # "a retired Army colonel", "retired Air Force Lt. Col. X": the service's
        if tok.dep_ == "amod":  # "a retired astronaut": a description, whatever the clause plans
            modality = "reported"
        dated = [d for d, how in roles.dates(ctx, tok, words) if how > CONTEXT and (
            ctx.dates[d].year or ctx.dates[d].relative or ctx.dates[d].weekday)]  # "in 2021", "this year"
        if not roles.verbal(tok):
            dated = [d for d in dated if d in ctx.dates_in(list(tok.subtree))]  # "her retirement in 2012"
        employers = _employers_left(ctx, tok) if modality == "reported" and tok.dep_ != "amod" else []
        for one in people:
            for d in dated[:1]:
                self._add(ctx, one, "date", date(d), span, who.confidence, modality)
            for org in employers:  # "left Nasa in 2014": Nasa was the employer, and is no longer
                self._add(ctx, one, "employer", entity(org), span, who.confidence - 0.1, "former")
            recent = not dated or ctx.dates[dated[0]].relative or ctx.dates[dated[0]].weekday
            if recent and tok.lower_ != "retirement" and tok.lower_.startswith("retir") and modality == "reported":
                self._add(ctx, one, "status", value("Retired"), span, who.confidence - 0.1, modality)  # retired now

    def _birth(self, ctx: Context, tok: Token, span: Span, who: About, modality: str, words: list[Token]) -> None:
        """"was born in X on D", "Born in X, she ...", "X, born D", "the birthplace of X is
        Y", "her date of birth": the most specific place (a country only when it is the one
        place named, never a place that describes someone else's phrase) and the date."""
        noun = span.root
        if noun.i != tok.i:  # "birth place", "date of birth": the phrase's own noun
            who, words = roles.about(ctx, noun, self.frame), roles.clause(ctx, noun)
        people = [p for p in who.people if ctx.labels[p] == "PERSON"][:1]
        if tok.lower_ == "born" and (tok.dep_ == "acl" and tok.head.lemma_.lower() in _OFFSPRING or any(
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):
            return  # "her son, born in May": the son's birth, not his mother's; "to be born": none yet
        if tok.lower_ == "born" and tok.dep_ == "acl" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
            modality = "reported"  # "X, born in 1993, will fly": a birth told beside a name is done, whatever comes
        if not people and (owner := field_owner(ctx, span)) is not None:
            people, words = [owner], field_value(span)  # "Born: August 8, 1940"
        if not people or modality != "reported":
            return
        if tok.lower_ != "born":  # "the birthplace of X is Y": the whole sentence but other clauses
            sent = tok.sent
            elsewhere = {x.i for t in sent if t.dep_ in CLAUSE_DEPS and t.pos_ in ("VERB", "AUX")
                         and noun not in t.subtree for x in t.subtree}
            words = [t for t in sent if t.i not in elsewhere]
        words = [t for t in words if not ctx.person(t)]
        if "date" not in {t.lower_ for t in span}:
            near = [t for t in words if ctx.is_a(t, "PLACE") and t.i > span.start - 8 and not described_place(ctx, t)]
            if not near and tok.lower_ == "born" and tok.dep_ == "advcl":  # "Born on D, in X, he flew": the
                near = [t for t in _before_subject(tok) if ctx.is_a(t, "PLACE") and not described_place(ctx, t)]
            places = innermost(ctx, near)
            towns = [c for c in places if ctx.clusters[c]["name"] not in COUNTRIES]
            if not towns and len(places) == 1:  # "born in Germany": the one place named ("a German": none)
                towns = [c for c in places if any(ctx.cluster(t) == c and t.dep_ == "pobj" and t.head.lower_ == "in"
                                                  for t in near)]
            for c in towns:
                self._add(ctx, people[0], "place", entity(c), span, who.confidence, modality)
        if not ctx.dates_in(words) and tok.lower_ == "born":  # "Born in X, on D, she flew": the parse
            words = [t for t in window(tok) if not ctx.person(t)]  # hangs the date on "flew"
        for d in ctx.dates_in(words):
            found = ctx.dates[d]
            if (found.year or found.weekday or found.relative) and not _renaming(ctx, d):
                self._add(ctx, people[0], "date", date(d), span, who.confidence, modality)
                break


#: nouns of people whose birth told beside them is theirs, not their kin's ("her son, born in May")
_OFFSPRING = {"son", "daughter", "child", "baby", "grandson", "granddaughter", "twin", "boy", "girl"}


def _people_after(ctx: Context, words: list[Token], prep: str) -> list[int]:
    """The people named in the words as the object of ``prep`` ("to B", "from cosmonaut A"),
    in order: who command passed to or from."""
    found = [ctx.person(t) for t in words if t.dep_ != "poss" and (t.head.lower_ == prep or t.head.head.lower_ == prep)]
    # not "his" of "to his colleague B": the giver
    return list(dict.fromkeys(p for p in found if p is not None))


def _side_by_side(ctx: Context, verb: Token) -> tuple[list[int], list[int]]:
    """The name right before a past "commanded" and the mission right after it, with at most
    "the", "mission" or "flight" between ("Robert Crippen commanded mission STS-7 in 1983"),
    for when the parse hangs the words elsewhere; nothing otherwise."""
    doc = verb.doc
    if verb.lower_ != "commanded" or verb.i == 0 or ctx.named_at.get(verb.i - 1) is None:
        return [], []
    person = ctx.person(doc[verb.i - 1])
    at = verb.i + 1
    while at < min(len(doc), verb.i + 3) and doc[at].lower_ in ("the", "mission", "flight"):
        at += 1
    mission = ctx.cluster(doc[at]) if at < len(doc) and ctx.is_a(doc[at], *MISSIONS) else None
    return ([person], [mission]) if person is not None and mission is not None else ([], [])


def _listed_subject(ctx: Context, verb: Token) -> list[int]:
    """The people a verb's plural subject announces in a list after a colon: "Six people will
    fly on NS-26: A, B and C"."""
    if not roles.verbal(verb):
        return []
    return [p for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for p in listed(ctx, c)]


def _renaming(ctx: Context, d: int) -> bool:
    """Whether a date is the "today" of a place's present name ("Frunze, today Bishkek")."""
    last = max(i for i, found in ctx.date_at.items() if found == d)
    return ctx.dates[d].relative == "today" and last + 1 < len(ctx.doc) and ctx.is_a(ctx.doc[last + 1], "PLACE")


def _before_subject(born: Token) -> list[Token]:
    """The words between a fronted "Born ..." and the subject of the verb it leads to, where
    the parser may hang the birthplace on that verb ("Born on D, in X, he graduated")."""
    subject = next((c for c in born.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > born.i), None)
    return list(born.doc[born.i + 1:subject.i]) if subject is not None else []


def _choosers(ctx: Context, verb: Token, words: list[Token]) -> list[int]:
    """The agency that chose someone: the passive's by-phrase, the active's subject ("Nasa
    selected her", "the agency, which picked her"), what they joined ("joined Nasa's astronaut
    corps"), the owner or by-phrase of "selection", the agency of the role they were chosen as
    ("selected as a JAXA astronaut")."""
    if verb.lemma_ == "join":
        joined = [c for c in verb.children if c.dep_ == "dobj"]
        renamed = any(_then_called(o) for o in joined)  # a former name the model may not know as an agency
        return roles.entities(ctx, _joined_words(joined), *(("AGENCY", "ORG") if renamed else ("AGENCY",)))
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ in ("agent", "poss") or child.dep_ == "prep" and child.lower_ == "by":
            found += list(child.subtree)
        elif child.dep_ == "nsubj":
            found += [verb.head] if child.lower_ in ("which", "that") and verb.dep_ == "relcl" else [child]
    return roles.entities(ctx, found, "AGENCY", "ORG") or roles.entities(ctx, words, "AGENCY", "ORG", preps=("by",)) \
        or roles.entities(ctx, words, "AGENCY", preps=("as",))


#: words that name an armed service ("the Air Force", "the People's Liberation Army")
_FORCES = {"army", "navy", "force", "forces", "marines", "military", "militia"}


def _became_in(member: Token) -> list[Token]:
    """The "in" phrase of the verb by which someone became a member of a class ("became a
    member of the second batch of astronauts in 2010": the year they were chosen); nothing for
    "is a member" (the year of the clause may be of anything)."""
    verb = member.head
    if member.dep_ != "attr" or verb.lemma_ != "become":
        return []
    return [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for t in c.subtree]


#: nouns of a flight or a seat on one: "selected for her first flight" is a crew assignment
_SEATS = {"flight", "spaceflight", "mission", "crew", "expedition", "trip", "voyage", "seat", "launch"}


def _without_clauses(noun: Token) -> list[Token]:
    """A noun's phrase without the clauses in it ("part of the Gemini 7 mission, in which the
    craft met Gemini 6": Gemini 7, not the flight it met)."""
    clauses = [c for t in noun.subtree for c in t.children if c.dep_ in ("relcl", "acl", "advcl")]
    inner = {t.i for c in clauses for t in c.subtree}
    return [t for t in noun.subtree if t.i not in inner]


#: verbs that give a thing its name ("a mission dubbed Fram2")
_NAMING = {"dub", "name", "call", "christen"}


def _names_given(phrase: list[Token]) -> list[Token]:
    """The names that naming clauses give the nouns of a phrase ("are undertaking a multi-day
    mission, dubbed Fram2"): the clause is cut from the verb's words, the name is the mission's."""
    return [t for n in phrase if n.pos_ == "NOUN" for c in n.children if c.dep_ == "acl" and c.lemma_ in _NAMING
            for t in c.subtree]


#: words that make a crew or team one that does not fly ("the support crew", "the backup crew")
_GROUNDED = {"support", "backup", "back-up", "ground", "recovery", "rescue", "reserve"}


#: nouns of a crew, which a word of _GROUNDED makes one on the ground
_CREWS = {"crew", "team", "crewmember", "member"}
#: nouns of a seat, which a word of _GROUNDED makes one on the ground when they are what the
#: clause gives ("selected as the backup pilot"), not a title before a name ("backup pilot A")
_GROUNDED_SEATS = {"specialist", "pilot", "commander", "engineer", "astronaut", "cosmonaut"}


def _grounded_crew(phrase: list[Token]) -> bool:
    """Whether a phrase names a crew or a seat that stays on the ground ("the astronaut support
    crew for X", "the backup crew of X", "the recovery team", "selected as the back-up payload
    specialist for X"): its members are no crew of the flight."""
    return any(_grounded_word(t) and (t.head.lemma_ in _CREWS or t.head.lemma_ in _GROUNDED_SEATS
                                      and t.head.dep_ not in ("compound", "nsubj", "nsubjpass")) for t in phrase)


def _grounded_word(t: Token) -> bool:
    """ "backup", "support", "reserve" ..., and "back-up" split in three."""
    return t.lower_ in _GROUNDED or t.lower_ == "back" and t.doc[t.i + 1:t.i + 3].text in ("-up", "- up")


def _for_a_flight(verb: Token) -> bool:
    """Whether a selection verb tells of a seat on a flight the words do not name ("was
    selected for her first flight in 1996", "picked for a mission to the Moon"), not of
    being chosen as an astronaut."""
    return any(c.dep_ == "prep" and c.lower_ in ("for", "to") and any(
        o.dep_ == "pobj" and o.lemma_ in _SEATS for o in c.children) for c in verb.children)


def _into_the_forces(verb: Token) -> bool:
    """Whether a selection verb tells who took someone into an armed service ("recruited by the
    People's Liberation Army in June 1983", "enlisted in the Navy"), not into a corps of
    astronauts ("selected as a cosmonaut by the Soviet Air Force" is one)."""
    told = [c for c in verb.children if c.dep_ in ("nsubj", "dobj")] + [
        o for c in verb.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in ("by", "in", "into")
        for o in c.children if o.dep_ == "pobj"]  # the nouns that name who took them: "the Air Force"
    return any(t.lower_ in _FORCES for t in told) and not any(
        t.lower_ in _FLYERS or t.lower_ in _CLASSES for t in verb.subtree)


def _to_become_a_flyer(ctx: Context, verb: Token) -> Token | None:
    """The "to" clause of a selection verb that makes someone an astronaut ("selected to be an
    astronaut", "chosen by Nasa to participate in its astronaut program", "picked to become a
    cosmonaut"); none for a seat ("chosen to fly on Crew-5", "selected to be the astronaut who
    will command X", "picked to serve on the next crew")."""
    for c in verb.children:
        if c.dep_ != "xcomp" or c.lemma_ not in _BECOMING:
            continue
        aside = {x.i for a in c.children if a.dep_ == "advcl" or a.lower_ in _ASIDES for x in a.subtree}
        told = [t for t in c.subtree if t.i not in aside]  # not "after working as a flight controller"
        if any(t.lower_ in _FLYERS and (t.dep_ != "compound" or t.head.lower_ in _CORPS) for t in told) \
                and not any(t.lemma_ in _SEATS or ctx.is_a(t, *MISSIONS) for t in told):
            return c  # not "to serve as the astronaut liaison": a job
    return None


def _planned_above(ctx: Context, verb: Token) -> bool:
    """Whether a selection verb is itself told as to come ("will be selected", "hopes to be
    selected", "was to be chosen"), beside its own "selected to"."""
    return verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "to") for c in verb.children) \
        or verb.head.i != verb.i and ctx.planned(verb.head)


#: verbs of a "to" clause that makes someone one of a corps: "to be", "to become", "to join"
_BECOMING = {"be", "become", "serve", "join", "participate", "train", "enter"}
#: what an astronaut word may name as a compound in such a clause: "its astronaut program"
_CORPS = {"class", "batch", "group", "corps", "program", "programme", "unit", "team", "detachment", "candidate"}
#: words that open an aside of a "to" clause: "to be an astronaut after working as X"
_ASIDES = {"after", "before", "since", "while", "following"}
#: nouns for a group of people an agency selected together
_CLASSES = {"class", "batch", "group", "corps"}
#: words that make such a group one of astronauts
_FLYERS = {"astronaut", "astronauts", "cosmonaut", "cosmonauts", "taikonaut", "taikonauts", "candidates"}


def _astronaut_class(noun: Token) -> bool:
    """Whether a noun names a class of astronauts: "Nasa's 2021 astronaut class", "the second
    group of astronauts", "the astronaut corps" (not "a class of students")."""
    return noun.lower_ in _CLASSES and any(t.lower_ in _FLYERS for t in noun.subtree)


def _joined_agency(ctx: Context, joined: list[Token]) -> bool:
    """Whether what someone joined is an agency or its corps: "joined Nasa", "joined JAXA's
    astronaut corps" (a job there); not "joined the crew of a Nasa mission"."""
    return any(ctx.is_a(t, "AGENCY") or _then_called(o) and ctx.is_a(t, "ORG") for o in joined
               for t in _joined_words([o]))


def _joined_words(joined: list[Token]) -> list[Token]:
    """The words that name what was joined: the object, its owner and the name before it, and
    for a corps or class, what it is of ("the astronaut corps of ESA"); not a phrase inside
    it ("the crew of a Nasa mission" is no agency's)."""
    out = []
    for o in joined:
        renamed = _then_called(o)
        if renamed:  # "joined Japan's space agency, then called NASDA": the name it had then
            out += renamed
            continue
        out += [t for c in o.children if c.dep_ in ("poss", "compound", "nmod") for t in c.subtree]
        out.append(o)
        if o.lower_ in _CLASSES:
            out += [t for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
    return sorted(out, key=lambda t: t.i)


def _then_called(joined: Token) -> list[Token]:
    """The name an organisation had when someone joined it, told beside it ("joined Japan's
    space agency, then called NASDA", "joined the agency, then known as X")."""
    verb = joined.head
    return [t for h in (joined, verb) for c in h.children if c.lemma_ in ("call", "know", "name") and c.i > joined.i
            and any(x.lower_ == "then" for x in c.children) for t in c.subtree if t.pos_ == "PROPN"]


#: words that put a landing on another world: "the Apollo 15 moon landing" is no return to Earth
_OTHER_WORLDS = {"moon", "lunar", "mars", "martian", "moonwalk"}


def _counted_crew(tok: Token, told: About, crew: About) -> bool:
    """Whether the story's crew is the one a counted group word means, rather than whom the
    reference component read it as: the crew has as many people as the group counts and
    shares some with them ("The three men crowded into the lunar module ... and splashed
    down": the flight's three, not a partner of one of them on an earlier flight)."""
    verb, size = tok, None
    for _ in range(3):  # the subject of the verbs a coordinated one shares it with
        size = roles.group_size(verb)
        if size is not None or verb.dep_ not in ("conj", "advcl", "xcomp") or verb.head.i == verb.i:
            break
        verb = verb.head
    return size is not None and len(crew.people) == size and not set(told.people).isdisjoint(crew.people)


def _off_earth(tok: Token) -> bool:
    """Whether a landing is on the Moon or another world ("the moon landing", "the lunar
    landing", "landed on the Moon")."""
    return any(c.lower_ in _OTHER_WORLDS or c.dep_ == "prep" and c.lower_ == "on" and any(
        t.lower_ in _OTHER_WORLDS for t in c.subtree) for c in tok.children)


def _came_down(ctx: Context, verb: Token) -> bool:
    """Whether "came down", "came back", "came home" tells a landing: said of people or their
    craft ("A and B came down near X", "their capsule came down"), not of anything else
    ("prices came down") nor with an illness ("came down with a cold"; "came home with a record" is one)."""
    head, subject = verb, None
    for _ in range(3):  # "she is scheduled to come back": the subject of the verb above
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or head.dep_ not in ("xcomp", "conj") or head.head.i == head.i:
            break
        head = head.head
    if subject is not None and not (ctx.person(subject) is not None or subject.pos_ == "PRON"
                                    or subject.lower_ in roles.CRAFT_NOUNS or ctx.is_a(subject, *CRAFT)
                                    or subject.lower_ in roles.GROUPS):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in ("hard", "heavily", "firmly", "strongly") for c in verb.children):
        return False  # "came down hard on the cuts"
    down = any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    return not down or not any(c.dep_ == "prep" and c.lower_ == "with" and not any(
        ctx.person(t) is not None or t.pos_ == "PRON" for t in c.subtree) for c in verb.children)


#: words that put "made it back" or "made it home" in a return from space
_FROM_SPACE = {"earth", "ground", "planet", "station", "orbit", "space", "capsule", "landing", "landed", "splashdown",
               "touchdown", "parachute", "parachutes", "steppe"}


def _made_it_back(ctx: Context, verb: Token) -> bool:
    """Whether "made it back" or "made it home" tells a landing: its sentence is about a
    return from space ("made it back to Earth", "made it home after 186 days on the station"),
    not about a hotel or a ranking."""
    return any(t.lower_ in _FROM_SPACE or ctx.is_a(t, *CRAFT, "STATION") for t in verb.sent)


def _flown_home(verb: Token) -> bool:
    """Whether "fly" tells a flight home ("will fly home on the Soyuz MS-39", "flew back to
    Earth aboard X"), whose craft is not the one of a launch."""
    return any(c.dep_ in ("advmod", "prt", "npadvmod") and c.lower_ in ("home", "back") for c in verb.children)


def _minutes_later(ctx: Context, verb: Token) -> bool:
    """Whether a verb's clause puts it minutes or hours after what came before ("landed about
    11 minutes later"), on the same day as a short flight's launch."""
    return any(t.lower_ == "later" and t.i > 0 and t.doc[t.i - 1].lower_ in ("minutes", "minute", "hours", "hour")
               for t in roles.clause(ctx, verb))


def _left_the_corps(ctx: Context, verb: Token) -> bool:
    """Whether "left", "departed", "quit", "resigned" or "stepped down" tells a retirement: what
    was left is an agency or its corps ("left Nasa", "departed the agency", "left the astronaut
    corps", "resigned from JAXA"), or nothing at all."""
    if verb.lemma_ == "step":
        return not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_ == "resign":
        objects += [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for t in c.children]
    return any(ctx.is_a(o, "AGENCY") or o.lower_ in ("corps", "agency") for o in objects)


def _employers_left(ctx: Context, verb: Token) -> list[int]:
    """The organisations a retirement leaves: the object of "left", "quit" ("left Nasa", "quit
    the agency"), or what someone retired, resigned or stepped down from ("retired from the
    Navy", "her retirement from JAXA", "retired from Nasa and the Navy"); an agency's corps is
    the agency's ("left Nasa's astronaut corps")."""
    heads = [c for c in verb.children if c.dep_ == "dobj" and verb.lemma_ in ("leave", "depart", "quit")]
    heads += [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
              for p in (c, *c.conjuncts) for t in p.children if t.dep_ == "pobj"]  # "from X and from Y"
    found: list[int] = []
    for head in (h for one in heads for h in (one, *one.conjuncts)):  # "retired from X and Y"
        named = [t for t in (head, *head.children) if ctx.is_a(t, "AGENCY", "ORG") and t.dep_ != "prep"]
        c = ctx.cluster(named[0]) if named else None
        if c is not None and c not in found:
            found.append(c)
    return found


#: military ranks: "a retired Marine colonel" left the service, not the astronaut corps
_RANKS = {"colonel", "general", "captain", "major", "admiral", "lieutenant", "commander", "officer", "sergeant",
          "col.", "gen.", "capt.", "maj.", "adm.", "lt.", "cmdr.", "sgt.", "brigadier"}


def _age_at(verb: Token) -> int | None:
    """The age a verb says someone had ("died at 79", "died aged 79", "died at the age of
    79"), not a time ("died at 9 pm") or a place."""
    for child in verb.children:
        if child.lower_ == "aged" or child.dep_ == "prep" and child.lower_ == "at":
            nums = [t for t in child.subtree if t.like_num and t.i > child.i]
            words = {t.lower_ for t in child.subtree}
            if nums and (child.lower_ == "aged" or "age" in words or nums[0].head.i == child.i) \
                    and not words & _CLOCK and nums[0].text.isdigit() and 16 <= int(nums[0].text) < 120:
                return int(nums[0].text)
    return None


#: words that make a number after "at" a time of day
_CLOCK = {"am", "pm", "a.m.", "p.m.", "o'clock", ":", "gmt", "utc", "hours", "minutes"}


def _called_craft(ctx: Context, words: list[Token], mission: int) -> bool:
    """Whether the clause ("the spaceship" for it) or the article ("the Shenzhou-19
    spaceship") calls a mission a craft: then it is what its people rode, and the rocket is
    the craft's."""
    return roles.called_craft(ctx, mission) or any(t.lower_ in CRAFT_WORDS and (ctx.cluster(t) == mission or any(
        ctx.cluster(c) == mission for c in t.children)) for t in words) or _ridden_in(ctx, words, mission)


def _ridden_in(ctx: Context, words: list[Token], mission: int) -> bool:
    """Whether a launch's words put people inside a mission by its name ("took off in the
    Shenzhou-40", "lifted off aboard Shenzhou-40"): a craft they rode."""
    return ctx.labels[mission] in MISSIONS and any(
        ctx.cluster(t) == mission and t.dep_ == "pobj" and t.head.lower_ in ("in", "aboard", "inside")
        and t.head.head.pos_ == "VERB" for t in words)


#: words that make a spacewalk time a career's total: "a total of 27 hours", "totaling 62 hours"
_TOTAL = {"total", "totaling", "totalling", "totals", "cumulative", "career", "altogether", "combined", "overall"}


def _told_as_total(unit: Token) -> bool:
    """Whether a spacewalk time is told as a total ("has spent a total of 27 hours and 48
    minutes of spacewalking", "seven spacewalks totaling 50 hours", "62 hours in all"), not
    the length of one walk."""
    sent = unit.sent
    near = unit.doc[max(sent.start, unit.i - 8):min(sent.end, unit.i + 4)]
    words = [t.lower_ for t in near]
    pairs = zip(words, words[1:], strict=False)
    return bool(set(words) & _TOTAL) or any(a == "in" and b in ("all", "total") for a, b in pairs)


def _a_record(unit: Token) -> bool:
    """Whether a spacewalk time is told as a record ("recorded a new record of 22 hours and 27
    minutes during her third spacewalk", "pushed her record to 22 hours"): a figure the record
    frame reads, not the length of the walk the sentence tells."""
    sent = unit.sent
    return any(t.lower_ in ("record", "records") for t in unit.doc[max(sent.start, unit.i - 8):unit.i])


def _over_several(walk: Token, unit: Token) -> bool:
    """Whether a time is told over several walks ("in three excursions ... he logged 20 hours",
    "over her four spacewalks"), not each one's ("six hours each")."""
    sent = unit.sent
    if any(t.lower_ in ("each", "apiece") for t in unit.doc[unit.i:sent.end][:4]):
        return False
    return walk.tag_ == "NNS" or any(t.tag_ == "NNS" and t.lemma_ in _WALK_NOUNS and any(
        c.dep_ == "nummod" for c in t.children) for t in _part_of(unit))  # "over her four spacewalks, she spent ...
    # outside"; not "the first of those, at 8 hours, was the longest; Wheelock had six spacewalks"


def _part_of(tok: Token) -> Span:
    """The part of a word's sentence between the semicolons around it: "The first, at 8 hours,
    was the longest; by the end B had six spacewalks" tells two things apart."""
    sent = tok.sent
    doc = tok.doc
    start = max((t.i + 1 for t in doc[sent.start:tok.i] if t.text == ";"), default=sent.start)
    end = min((t.i for t in doc[tok.i:sent.end] if t.text == ";"), default=sent.end)
    return doc[start:end]


#: nouns for spacewalks that a count before them makes several ("her four spacewalks")
_WALK_NOUNS = {"spacewalk", "walk", "excursion", "eva", "outing", "sortie"}


#: subjects of the next sentence's "lasted" that are the walk just told
_THE_WALK = {"it", "outing", "excursion", "walk", "work", "job", "task"}


def _it_lasted(walk: Token) -> list[Token]:
    """The time units of the sentence after a spacewalk's when it tells how long "it" (or "the
    outing") lasted: "It lasted 6 hours and 10 minutes", "The outing lasted seven hours"."""
    sent = walk.sent
    if sent.end >= len(walk.doc):
        return []
    after = walk.doc[sent.end].sent
    root = after.root
    if not (root.lemma_ == "last" and any(c.dep_ == "nsubj" and c.lower_ in _THE_WALK for c in root.children)
            or _told_length(root)):
        return []
    return [t for t in after if t.lower_ in ("minutes", "minute", "hours", "hour") and _verb_above(t) == root]


#: nouns of a length that "was" tells: "The duration of their stay outside the ISS was 7 hours 46 minutes"
_LENGTHS = {"duration", "length"}
#: words of the length's phrase that make it the walk's
_OF_THE_WALK = {"spacewalk", "excursion", "outing", "walk", "eva", "outside", "exit"}


def _told_length(root: Token) -> bool:
    """Whether a sentence tells the length of what was just told in other words than "it
    lasted": "It ran 6 hours", "The outing took 6 hours and 34 minutes" (not "took two hours to
    fix"), "The duration of their stay outside the ISS was 7 hours 46 minutes"."""
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if root.lemma_ in ("run", "take") and not any(c.dep_ in ("xcomp", "advcl", "ccomp") for c in root.children):
        return any(c.lower_ in _THE_WALK for c in subjects)
    return root.lemma_ == "be" and any(c.lower_ in _LENGTHS and any(
        t.lower_ in _OF_THE_WALK for t in c.subtree) for c in subjects)  # not "the duration of the briefing"


def _verb_above(tok: Token) -> Token:
    """The nearest verb a word hangs from (the root when there is none)."""
    while tok.head != tok and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    return tok


def _kind_of_named(ctx: Context, craft: int) -> bool:
    """Whether a craft is a kind of craft ("the Dragon spacecraft") whose own capsule the
    article names ("Endeavour"): the people rode that capsule, not the kind."""
    kind = ctx.clusters[craft]["name"]
    return kind in _CRAFT_TYPES and any(_CAPSULE_TYPE.get(c["name"]) == kind for c in ctx.clusters)


def _in_unnamed_capsule(ctx: Context, words: list[Token]) -> bool:
    """Whether a launch's sentence puts its people in a capsule it does not name ("carrying A
    and B in a Crew Dragon built for four", "strapped inside the capsule"; the whole sentence,
    for the parse often breaks such lists): the rocket then carried the capsule, not them."""
    for t in words:
        if t.dep_ != "pobj" or t.head.lower_ not in ("in", "inside", "aboard"):
            continue
        if t.lower_ in CRAFT_WORDS or (c := ctx.cluster(t)) is not None and ctx.clusters[c]["name"] in _CRAFT_TYPES:
            return True
    return False


def _home(verb: Token) -> bool:
    """Whether a landing verb says a flight's end in its own words: "landed", "splashed down",
    "returned to Earth", "came back home"; not "returned to Houston"."""
    if verb.lemma_ in ("land", "splash", "touch"):
        return True
    return any(c.lower_ in ("home", "back") or c.dep_ == "prep" and c.lower_ == "to" and any(
        o.lower_ in ("earth", "ground") for o in c.children) for c in verb.children)


def _bare_event(ctx: Context, tok: Token, frame: Frame) -> bool:
    """Whether an event noun stands alone, the crew it is of left to the story ("the
    splashdown closed out the mission", "with a launch from X on Nov. 10"): not a modifier
    ("launch pad"), not part of a name, not a count ("the first launch of the year"), not
    someone's ("their landing", whom the reference component did not resolve), not the time of
    something else ("before launch"), not the event a verb of the frame above it tells ("is
    returning on April 17 ... for a landing on the steppe": read from the verb, with its day),
    not in a sentence about someone it names."""
    if tok.dep_ == "pobj" and tok.head.lower_ in roles.WHEN:
        return False  # "before launch", "after the landing": the time of something else
    if tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].lower_ in roles.WHEN:
        return False  # the same, however the parser hangs it ("details of before, during and after the launch")
    if any(a.pos_ == "VERB" and a.lemma_ in frame.verbs for a in tok.ancestors):
        return False
    if any(ctx.person(c) is not None for c in tok.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")):
        return False  # "A is returning ... for a landing in X": the trip of the one the sentence tells of
    return not roles.verbal(tok) and tok.dep_ not in ("compound", "amod", "nmod") and ctx.cluster(tok) is None \
        and not any(c.dep_ in ("amod", "nummod") and c.lower_ not in ("successful", "safe", "smooth")
                    or c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _the_walk(ctx: Context, tok: Token) -> bool:
    """Whether a spacewalk noun points back to the walk just told: "the spacewalk" ("that outing"), also with
    an aside that names no one or a modifier, as the subject of a verb that tells its length
    ("The spacewalk, the second for the pair, lasted ...", "The planned spacewalk ended after
    6 hours"); not someone's nor another by its rank ("her spacewalk", "the first spacewalk of
    the year"), nor one only expected to take so long."""
    kids = [c for c in tok.children if c.dep_ != "punct"]
    if [c.lower_ for c in tok.children] in (["the"], ["that"], ["this"]):
        return True
    if tok.dep_ != "nsubj" or not any(v.lemma_ in _ENDED_AFTER for v in (
            tok.head, *(c for c in tok.head.children if c.dep_ == "conj"))):  # "began at 8:05 and lasted"
        return False  # "The entire spacewalk was expected to take around six hours": no length told
    return tok.tag_ != "NNS" and any(c.dep_ == "det" and c.lower_ in _THIS for c in kids) and all(
        c.dep_ in ("det", "compound", "nummod") or c.dep_ == "amod" and c.lower_ not in _ORDINALS
        or c.dep_ == "prep" and c.lower_ == "with"  # "That outing, also with B, lasted ...": a companion
        or c.dep_ in ("appos", "relcl") and not any(ctx.person(t) is not None and ctx.named_at.get(t.i) is not None
                                                     for t in c.subtree) for c in kids)  # "for the pair": theirs


#: determiners that point back to the walk just told: "the spacewalk", "that outing"
_THIS = {"the", "that", "this"}
#: verbs whose subject, "the spacewalk" with an aside, is told with its length ("lasted 6 hours")
_ENDED_AFTER = {"last", "end", "conclude", "wrap", "run"}
#: words that make "the spacewalk" another one than the walk just told
_ORDINALS = {"first", "second", "third", "fourth", "fifth", "next", "last", "previous", "final", "earlier", "later"}


def _last_spacewalkers(ctx: Context, tok: Token) -> list[int]:
    """Who made the spacewalk told of last before a word, within its sentence and the five
    before: "the spacewalk" there is theirs."""
    sent = tok.sent
    for _ in range(5):  # the sentence and the five before it
        sent = ctx.doc[sent.start - 1].sent if sent.start > 0 else sent
    before = [f for f in ctx.facts if sent.start_char <= f.start and f.end <= tok.idx
              and f.predicate in ("spacewalkDate", "spacewalkPartner")]
    if not before:
        return []
    last = max(f.start for f in before)
    told = [f for f in before if f.start == last]
    partners = [f.entity for f in told if f.predicate == "spacewalkPartner" and f.entity is not None]
    return list(dict.fromkeys([*(f.subject for f in told), *partners]))


def _career_rank(ctx: Context, noun: Token) -> int | None:
    """The rank an ordinal gives an event in someone's career: "her seventh spacewalk", "the
    fourth spacewalk of his career", "the only spacewalk of her career", "stepped outside for the
    third time"; not "the first
    spacewalk of the mission" nor "the first spacewalk by private astronauts" (a rank in
    something else)."""
    if roles.verbal(noun):  # "went outside for the second time": a place in the walker's career
        return next((n for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" for t in c.children
                     if t.dep_ == "pobj" and t.lower_ == "time" and not _time_since(t) for a in t.children
                     if a.dep_ == "amod" and (n := ordinal(a)) is not None), None)
    rank = next((n for c in noun.children if c.dep_ == "amod" and (n := 1 if c.lower_ == "only" else ordinal(c))
                 is not None), None)  # "the only spacewalk of his career": one
    if rank is None:
        return None
    owned = any(c.dep_ == "poss" and (ctx.person(c) is not None or c.lower_ in ("his", "her", "their"))
                for c in noun.children)
    career = any(c.dep_ == "prep" and c.lower_ == "of" and any(t.lemma_ == "career" for t in c.children)
                 for c in noun.children)
    return rank if owned or career else None


#: verbs of the launch frame that tell a flight's beginning ("the trip began at Baikonur")
_BEGINNING = ("begin", "start")
#: verbs of the launch frame that do not say which way the ride went ("riding the capsule home"),
#: with the forms of "ride" the small model lemmatises wrongly ("riding" -> "rid")
_EITHER_WAY = {"ride", "leave", "depart", "begin", "start", "send"}
_RIDDEN = {"ride", "rides", "riding", "rode", "ridden"}
#: where a return that is a landing goes
_BACK_TO = {"earth", "home", "ground", "planet"}


#: nouns of a workplace or a calling one goes back to ("returned to the agency", "to teaching")
_WORKPLACES = {"agency", "company", "firm", "navy", "army", "university", "college", "job", "teaching", "politics",
               "academia", "industry", "research", "office", "post", "career", "company's", "military"}


def _back_to_an_employer(ctx: Context, verb: Token) -> bool:
    """Whether "return" goes back to an organisation or a calling ("returned to NASA in 1993",
    "returned to the Navy", "returned to teaching"), not down from space."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            for t in prep.children:
                if ctx.is_a(t, "AGENCY", "ORG", "SCHOOL") or t.lower_ in _WORKPLACES:
                    return True
    return False


def _back_to_a_place(ctx: Context, verb: Token) -> bool:
    """Whether "return" goes to a place on the ground ("returned to Houston", "are to return
    to the training center in Star City", "returned to the Kennedy Space Center to train"),
    not down from space: not to Earth, nor to a landing site ("returned to the Dongfeng
    landing site")."""
    ends = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children
            if o.dep_ == "pobj" and o.lower_ not in _HOME_WORDS]  # not "to Earth in Kazakhstan"
    places = {c for o in ends for t in o.subtree if (c := ctx.cluster(t)) is not None
              and ctx.labels[c] in _LANDING_PLACES}  # "to the training center in Star City" too
    return any(ctx.clusters[c]["name"].lower() not in _HOME_WORDS and "landing" not in ctx.clusters[c]["name"].lower()
               for c in places)


#: what a return from space goes back to
_HOME_WORDS = {"earth", "the earth", "home", "ground", "planet"}


def unmarked_trip(frame: str, verb: Token) -> bool:
    """Whether those told with someone in a launch or landing rode it together only as a
    flight, not as that trip: "riding the capsule Freedom with their crewmates" may be the ride
    home, "returned to the station with X" is no landing."""
    if frame == "launch":
        return verb.lemma_ in _EITHER_WAY or verb.lower_ in _RIDDEN
    if frame == "landing" and verb.lemma_ == "return":
        return any(c.dep_ == "prep" and c.lower_ == "to" and not any(t.lower_ in _BACK_TO for t in c.children)
                   for c in verb.children)
    return False


def _told_before(walks: Token) -> bool:
    """Whether a count of walks points back to those the story told ("With the two outings, A
    has now spent 14 hours outside", "the three spacewalks"): the story's walks, not a career's."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "both") for c in walks.children)


def _time_since(time: Token) -> bool:
    """Whether "for the first time" is counted from a point ("for the first time since 2021",
    "in 20 years"): then it is no place in a career."""
    return time.i + 1 < len(time.doc) and time.doc[time.i + 1].lower_ in ("since", "in")


def _only_one(noun: Token) -> bool:
    """Whether a career rank is a count: "the only spacewalk of her career" says one in all,
    where "her third spacewalk" says only that there were at least three."""
    return any(c.dep_ == "amod" and c.lower_ == "only" for c in noun.children)


#: verbs of telling news: where they are done is where it was told, not where it happened
_TELLING = {"announce", "say", "tell", "report", "confirm", "write", "state", "post", "tweet", "speak", "reveal"}


def _told_there(place: Token, event: Token) -> bool:
    """Whether a place is where news of an event was told ("the death of X was announced in
    Warsaw by Y", "Y said in Warsaw"), its preposition hanging from a verb of telling."""
    prep = place.head
    while prep.dep_ in ("compound", "conj", "appos") and prep.head.i != prep.i:
        prep = prep.head
    verb = prep.head if prep.dep_ == "prep" else None
    return verb is not None and verb.i != event.i and verb.lemma_ in _TELLING


def _teller(ctx: Context, event: Token) -> int | None:
    """Who tells of an event in a clause of a verb of telling ("X, who told the press that he
    died in Warsaw", "X said he died"): someone the event's pronoun cannot be when it is a
    death."""
    verb = event.head if event.dep_ in ("ccomp", "xcomp") else None
    if verb is None or verb.lemma_ not in _TELLING:
        return None
    return ctx.subject_of(verb, limit=2)


def _when_clauses(ctx: Context, words: list[Token]) -> list[Token]:
    """The words of when-clauses hanging from a clause: "died when his jet crashed near X"."""
    return [t for head in words for c in head.children if c.dep_ in ("advcl", "relcl")
            and any(m.lower_ == "when" for m in c.children) for t in ctx.region(c)]


#: facts that say a mission has flown
_FLOWN = {"launchDate", "returnDate", "launchSite", "landingSite", "spacewalkDate"}


def _precise(ctx: Context, verb: Token, places: list[Token]) -> list[int]:
    """Where a landing was, most precise first: the point it was near or off ("near X", "off
    the coast of X") before the region or sea around it ("the Kazakh steppe", "the Gulf of
    Mexico"), as the ontology's landingSite asks (the most specific place the article names)."""
    found = innermost(ctx, places)
    verbs = [verb, *(c for c in verb.children if c.dep_ in ("advcl", "conj", "ccomp", "parataxis"))]  # its craft's
    points = {ctx.cluster(t) for t in places if any(pointed(ctx, t, v) for v in verbs)}
    return [c for c in found if c in points] + [c for c in found if c not in points]


def left_before(tok: Token) -> Token | None:
    """The departure a landing verb is joined to by "and" ("will undock on Friday and land in
    Kazakhstan"): the last verb of leaving before it in its sentence, with no other verb
    between that has a subject of its own; read from the words, since the parser often hangs
    "and land" on the noun before it."""
    if tok.i == 0 or tok.doc[tok.i - 1].lower_ != "and" or tok.pos_ not in ("VERB", "NOUN"):
        return None  # the small model may tag "and land" a noun
    for t in reversed(tok.doc[tok.sent.start:tok.i - 1]):
        if t.lemma_ in _LEAVING and t.pos_ in ("VERB", "NOUN"):  # the small model may tag "undock" a noun
            return t
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) \
                and t.lemma_ not in ("be", "have", "will"):
            return None
    return None


#: verbs of leaving a station that a landing may follow in one sentence
_LEAVING = {"undock", "leave", "depart", "unberth"}


def _flown(ctx: Context, mission: int) -> bool:
    """Whether the article tells a mission as flown: its launch or landing, its crew told by
    another event, or someone who rode it ("launched aboard X", "X lifted off on Monday"),
    reported, not planned. A seat on
    a mission that has not flown is a plan ("was named to the crew of X")."""
    return any(f.modality == "reported" and (f.subject == mission and (f.predicate in _FLOWN or f.predicate in (
        "crewMember", "commander") and not f.rule.endswith(":assignment")) or f.predicate in (
        "launchVehicle", "spacecraft") and f.entity == mission) for f in ctx.facts)


#: verbs and nouns of a handover that starts an expedition ("the transfer of command to X marks the start of Y")
_STARTING = {"be", "mark", "signal", "open", "begin", "launch", "kick"}
_STARTS = {"start", "beginning", "opening", "begin", "launch"}


def _begun(ctx: Context, tok: Token) -> list[int]:
    """The expedition a handover starts, named after its verb ("the transfer of command to X
    is the start of what is designated Expedition 35", "the handover marks the beginning of
    Expedition 35"): the recipient commands it."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":  # "the transfer of command": the transfer
        tok = tok.head.head
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_ not in _STARTING:
        return []
    said = [t for c in verb.children if c.dep_ in ("attr", "dobj") and c.lemma_ in _STARTS for t in c.subtree]
    return roles.entities(ctx, said, "EXPEDITION")[:1]


def _hung_on_a_person(ctx: Context, tok: Token, top: Token) -> bool:
    """Whether a word below ``top`` hangs from a person's name: "to command the Shuttle, the other
    being A (STS-120)": A's flight, not the one the commander commanded."""
    while tok.i != top.i and tok.head.i != tok.i:
        tok = tok.head
        if tok.i != top.i and ctx.person(tok) is not None:
            return True
    return False


def _of_series(ctx: Context, tok: Token, mission: int) -> bool:
    """Whether a mission is of the series a word before "crewmate" names, when one does ("His
    Gemini crewmate was B": a Gemini flight, not the Apollo one the owner commanded later)."""
    series = [c.lower_ for c in tok.children if c.dep_ in ("compound", "nmod", "amod") and c.is_title]
    name = str(ctx.clusters[mission]["name"]).lower()
    return not series or any(name.startswith(w) for w in series)


def _seated(ctx: Context, mission: int, person: int) -> bool:
    """Whether the document already gives a person another seat on a mission (commander,
    backup): then they are not also one of its crew members."""
    return any(f.subject == mission and f.entity == person and f.predicate in ("commander", "backupPilot")
               for f in ctx.facts)


def readers(frames: tuple[Frame, ...]) -> dict[str, Reader | FirstReader | RecordReader]:
    """One reader per frame; firsts and records have modules of their own (their words are no
    event's verb or noun)."""
    return {f.name: FirstReader(f) if f.name == "first" else RecordReader(f) if f.name == "record" else Reader(f)
            for f in frames}


__all__ = ["DIRECT", "Reader", "readers"]


def _indefinite(tok: Token) -> bool:
    """Whether a name stands in an indefinite phrase ("a Crew Dragon", "a Soyuz"): a kind of
    thing, not the one the story tells of."""
    noun = tok
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
