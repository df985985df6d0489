"""The landing, arrival and departure frames: who came down or arrived, when, where and in
what; a return to the ground of a place or to an employer is no landing.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.components.context import Context, date, entity
from extract.frames import dating
from extract.frames.base import CRAFT_TYPES, RIDING, FrameBase, seated
from extract.frames.clauses import clause
from extract.frames.companions import accompanied, companions, launched_with
from extract.frames.crafts import CRAFT, CRAFT_NOUNS, called_craft
from extract.frames.crews import GROUPS
from extract.frames.elsewhere import MOON, back_aboard, on_another_world
from extract.frames.entities import entities
from extract.frames.flight_landings import landed_flight, the_one_flight, unnamed_craft
from extract.frames.reading import CONTEXT, About, verbal
from extract.rules.common import COUNTRIES, MISSIONS
from extract.rules.places import described_place, field_dateline, innermost, land_in_water, pointed

#: words after "return" that make it something other than a landing ("returned to space")
_NOT_HOME = {"space", "orbit", "flight", "flying", "work", "duty", "school", "service", "active"}

#: what a landing is told at: a place, or a spaceport's runway ("landed at the Kennedy Space Center")
_LANDING_PLACES = ("PLACE", "LAUNCH_SITE")
_LANDING_PREPS = ("near", "off", "in", "at", "on", "into", "outside", "to", "northeast", "southeast", "southwest",
                  "northwest", "east", "west", "north", "south")


class LandingFrames(FrameBase):
    """The landing, arrival and departure frames (read by :class:`~extract.frames.engine.Reader`)."""

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
        riding = [t for c in tok.children if c.dep_ in ("advcl", "xcomp", "conj") and c.lower_ in RIDING
                  and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children) for t in ctx.region(c)]
        words = sorted({*words, *riding}, key=lambda t: t.i)  # "splashed down ..., riding the capsule X with B"
        if modality == "reported" and riding:  # who rode with them came down with them
            people += [c for c in companions(ctx, tok, riding) if c not in people and ctx.labels[c] == "PERSON"]
        people += [c for c in accompanied(ctx, tok, words) if c not in people and ctx.labels[c] == "PERSON"]
        crafts = [c for c in entities(ctx, words, "SPACECRAFT", preps=("aboard", "on", "in", "inside"))]
        crafts += [c for c in entities(ctx, [t for t in riding if t.dep_ in ("dobj", "appos") or t.head.dep_ in (
            "dobj", "appos")], "SPACECRAFT") if c not in crafts]  # "riding the SpaceX capsule Freedom"
        if who.craft is not None and (ctx.labels[who.craft] == "SPACECRAFT" or called_craft(ctx, who.craft)) \
                and who.craft not in crafts \
                and ctx.clusters[who.craft]["name"] not in CRAFT_TYPES \
                and (not crafts or any(ctx.cluster(t) == who.craft for t in tok.doc[tok.sent.start:tok.i])):
            crafts.insert(0, who.craft)  # "the Soyuz MS-20 capsule, carrying A and B, landed"; not the craft the
            # crew went up in, when the sentence names the one they came down in ("returned in the Soyuz 36")
        near = [t for t in words if (ctx.is_a(t, "PLACE") or ctx.is_a(t, "LAUNCH_SITE") and not pointed(ctx, t, tok))
                and not described_place(ctx, t)]  # not "Kazakh" city of X; a spaceport landed at, not "east of" it
        places = _precise(ctx, tok, [t for t in near if pointed(ctx, t, tok) or ctx.cluster(t) in entities(
            ctx, [t], *_LANDING_PLACES, preps=_LANDING_PREPS)]) if tok.lemma_ not in ("return", "come") or any(
                t.lower_ in ("landed", "near", "off", "splashed") for t in words) or any(
                "landing" in ctx.clusters[c]["name"].lower() for t in near if (c := ctx.cluster(t)) is not None) \
            else []  # "returned to the Dongfeng landing site"; not "returned to Houston"
        field = field_dateline(ctx, tok) if modality == "reported" else None
        if field is not None and (near_town := ctx.cluster(field)) is not None:  # "NEAR ARKALYK, Kazakhstan -"
            places = [near_town, *(c for c in places if c != near_town)]
        dates = dating.dates(ctx, tok, words)
        if not dates:
            self._minutes_after_launch(ctx, tok, span, people, who.confidence, modality)
        flown = [c for c in entities(ctx, words, *MISSIONS, preps=("aboard", "on", "in"))
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
            if who.craft is not None and ctx.labels[who.craft] in MISSIONS and not seated(ctx, who.craft, one):
                self._add(ctx, who.craft, "target", entity(one), span, who.confidence - 0.1, modality)  # its crew
            for m in flown[:1]:  # the flight ridden down, which may not be the one ridden up
                if not seated(ctx, m, one):
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
        companions, :func:`~extract.frames.companions.launched_with`)."""
        joined = [c for c in launched_with(ctx, words) if c not in people and ctx.labels[c] == "PERSON"]
        if not joined or modality not in ("reported", "planned"):
            return
        less = min(sure, CONTEXT) - 0.05
        for one in joined:
            for c in crafts[:1]:
                self._add(ctx, one, "craft", entity(c), span, less, modality)
        self._dated(ctx, tok, span, joined, words, less, modality, precise=True, story=people)

    def _moon_landing(self, ctx: Context, tok: Token, span: Span, who: About, modality: str,
                      words: list[Token]) -> None:
        """The day people or their flight landed on the Moon ("Apollo 30, which landed on the
        Moon on Dec. 11"; "A and B touched down on the lunar surface on July 30"): the flight's
        alone when the flight landed, as one of its crew stayed in orbit."""
        subjects = [who.craft] if who.craft is not None and ctx.labels[who.craft] in MISSIONS else [
            p for p in who.people if ctx.labels[p] == "PERSON"]
        for d, how in dating.dates(ctx, tok, words)[:1]:
            for one in subjects:
                self._add(ctx, one, "moon", date(d), span, min(who.confidence, how), modality)

    def _arrival(self, ctx: Context, tok: Token, span: Span, who: About, modality: str, words: list[Token]) -> None:
        if not verbal(tok) and tok.lower_ not in ("arrival", "docking"):
            return
        stations = entities(ctx, words, "STATION", preps=("at", "on", "to", "with", "aboard"))
        if tok.lemma_ in ("reach", "board"):
            stations = entities(ctx, [c for c in tok.children if c.dep_ == "dobj"], "STATION")
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        crafts = entities(ctx, words, "SPACECRAFT", *MISSIONS, preps=("aboard", "on", "in", "inside", "via"))
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
        stations = entities(ctx, [t for c in tok.children if c.dep_ == "dobj" or c.lower_ == "from"
                                        for t in c.subtree], "STATION")
        for one in people:
            for c in stations[:1]:
                self._add(ctx, one, "destination", entity(c), span, who.confidence - 0.1, modality)


#: words that put a landing on another world: "the Apollo 15 moon landing" is no return to Earth
_OTHER_WORLDS = {"moon", "lunar", "mars", "martian", "moonwalk"}


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
                                    or subject.lower_ in CRAFT_NOUNS or ctx.is_a(subject, *CRAFT)
                                    or subject.lower_ in GROUPS):
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


def _minutes_later(ctx: Context, verb: Token) -> bool:
    """Whether a verb's clause puts it minutes or hours after what came before ("landed about
    11 minutes later"), on the same day as a short flight's launch."""
    return any(t.lower_ == "later" and t.i > 0 and t.doc[t.i - 1].lower_ in ("minutes", "minute", "hours", "hour")
               for t in clause(ctx, verb))


def _home(verb: Token) -> bool:
    """Whether a landing verb says a flight's end in its own words: "landed", "splashed down",
    "returned to Earth", "came back home"; not "returned to Houston"."""
    if verb.lemma_ in ("land", "splash", "touch"):
        return True
    return any(c.lower_ in ("home", "back") or c.dep_ == "prep" and c.lower_ == "to" and any(
        o.lower_ in ("earth", "ground") for o in c.children) for c in verb.children)


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


def _precise(ctx: Context, verb: Token, places: list[Token]) -> list[int]:
    """Where a landing was, most precise first: the point it was near or off ("near X", "off
    the coast of X") before the region or sea around it ("the Kazakh steppe", "the Gulf of
    Mexico"), as the ontology's landingSite asks (the most specific place the article names). A
    state or a country a splashdown was off is the shore of the sea the sentence names, which
    comes first ("in the Pacific Ocean off the coast of Southern California": the ocean)."""
    found = innermost(ctx, places)
    verbs = [verb, *(c for c in verb.children if c.dep_ in ("advcl", "conj", "ccomp", "parataxis"))]  # its craft's
    named = [c for c in dict.fromkeys(ctx.cluster(t) for t in places) if c is not None]
    shores = {c for c in found if any(land_in_water(ctx, c, w) for w in named)}
    found += [w for w in named if w not in found and any(land_in_water(ctx, c, w) for c in shores)]  # "off the
    # coast of Florida in the Gulf of Mexico": the gulf, which holds no state, is no container of it
    points = {ctx.cluster(t) for t in places if any(pointed(ctx, t, v) for v in verbs)} - shores
    return [c for c in found if c in points] + [c for c in found if c not in points | shores] + \
        [c for c in found if c in shores]


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
