"""From one trigger word to the facts of its event: who it is about (:func:`roles.about`),
whether it is stated (:func:`mood.mood`), and each role the frame takes, read by the shared
readers and written as the property the lexicon gives."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from extract.components.context import Context, date, entity, value
from extract.components.found import Obj
from extract.components.quantities import count, minutes, ordinal
from extract.frames import roles
from extract.frames.lexicon import Frame
from extract.frames.mood import mood
from extract.frames.roles import CRAFT, DIRECT, LISTED, NEAREST, About
from extract.rules.common import COUNTRIES, MISSIONS, recent_mentions, window
from extract.rules.places import described_place, innermost

VERSION = "frames/1"

#: words after "return" that make it something other than a landing ("returned to space")
_NOT_HOME = {"space", "orbit", "flight", "flying", "work", "duty", "school", "service", "active"}
#: the places a landing is told at
_LANDING_PREPS = ("near", "off", "in", "at", "on", "into", "outside", "northeast", "southeast", "southwest",
                  "northwest", "east", "west", "north", "south")


class Reader:
    """Reads one frame wherever its words occur (a rule of the relation component)."""

    def __init__(self, frame: Frame) -> None:
        self.frame = frame
        self.__name__ = f"frame_{frame.name}"
        self.read: Callable[[Context, Token, Span, About, str, list[Token]], None] = getattr(
            self, f"_{frame.name}")

    def __call__(self, ctx: Context, tok: Token, span: Span) -> None:
        if len(span) > 1 and " ".join(t.lower_ for t in span) in self.frame.nouns:
            tok = span[-1]  # "extravehicular activity", "space walk": the noun that heads the phrase
        if tok.pos_ in ("ADP", "DET", "PRON", "ADJ") or not roles.verbal(tok) and tok.lower_ not in self.frame.nouns \
                and " ".join(t.lower_ for t in span) not in self.frame.nouns:
            return  # a verb's word used as another noun ("the land", "a good return")
        modality = mood(ctx, tok)
        if modality is None:
            return
        who = roles.about(ctx, tok, self.frame)
        if not who.people and self.frame.name in ("launch", "landing", "arrival") and roles.unnamed_group(ctx, tok):
            ctx.later.append((self.again, tok, span))  # "a crew of four rose from the pad": the crew named later
        self.read(ctx, tok, span, who, modality, roles.clause(ctx, tok))

    def again(self, ctx: Context, tok: Token, span: Span) -> None:
        """Read an event whose people the sentence does not name, once the document's crews
        are known."""
        crew = roles.the_crew(ctx, tok)
        modality = mood(ctx, tok)
        if crew.people and modality is not None:
            self.read(ctx, tok, span, crew, modality, roles.clause(ctx, tok))

    def _add(self, ctx: Context, subject: int, role: str, obj: Obj, span: Span, confidence: float,
             modality: str, qualifiers: tuple[tuple[str, Obj], ...] = ()) -> None:
        prop = self.frame.prop(role)
        if prop is not None:
            ctx.add(subject, prop, obj, span, rule=f"{VERSION}:{self.frame.name}", confidence=round(confidence, 2),
                    modality=modality, qualifiers=qualifiers)

    def _dated(self, ctx: Context, tok: Token, span: Span, subjects: list[int], words: list[Token], sure: float,
               modality: str, *, precise: bool = False) -> None:
        for d, how in roles.dates(ctx, tok, words)[:1]:
            found = ctx.dates[d]
            if precise and not (found.day or found.weekday or found.relative):
                continue
            for one in subjects:
                self._add(ctx, one, "date", date(d), span, min(sure, how), modality)

    def _together(self, ctx: Context, tok: Token, people: list[int], words: list[Token], span: Span, sure: float,
                  modality: str) -> None:
        """Those who did it together: each subject with each companion ("with X", "joined by
        X"), and each pair of its subjects when it is done."""
        crew = [p for p in dict.fromkeys(people) if ctx.labels[p] == "PERSON"]
        pairs = [(a, b) for i, a in enumerate(crew) for b in crew[i + 1:]] if modality == "reported" else []
        pairs += [(a, b) for a in crew for b in roles.companions(ctx, tok, words) if b not in crew]
        for one, other in pairs:
            self._add(ctx, one, "together", entity(other), span, min(sure, LISTED) - 0.1, modality)

    # ------------------------------------------------------------------ frames

    def _launch(self, ctx: Context, tok: Token, span: Span, who: About, modality: str, words: list[Token]) -> None:
        if tok.lemma_ == "take" and not any(t.lower_ in ("space", "orbit") or ctx.is_a(t, "LAUNCH_SITE")
                                            for t in words):
            return  # "took off" is a launch only when it says from where or to where
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        vessels = [c for c in roles.entities(ctx, words, *CRAFT) if c not in people]
        sites = roles.entities(ctx, words, "LAUNCH_SITE") or roles.entities(ctx, words, "PLACE", preps=("from",))
        if tok.lemma_ == "ride" and not vessels:
            return  # "rode a Soyuz to orbit" is a launch; "rode a bike" is not
        if tok.lemma_ == "lift" and not any(c.dep_ in ("prt", "prep") and c.lower_ == "off" for c in tok.children):
            return  # "lifted the capsule off the pad" is a launch; "lifted the hatch" is not
        if who.craft is not None and who.craft not in vessels:
            vessels.insert(0, who.craft)
        launched = [*people, *([who.craft] if who.craft is not None else [])]
        for one in launched:
            capsules = [c for c in vessels if ctx.labels[c] == "SPACECRAFT" and c != one]
            for c in vessels:  # a person rode the craft, the craft the rocket; a person the rocket if no craft is named
                rocket = ctx.labels[c] == "ROCKET"
                if c != one and (rocket and (one == who.craft or not capsules) or not rocket and one != who.craft
                                 and ctx.labels[c] == "SPACECRAFT"):
                    self._add(ctx, one, "vehicle", entity(c), span, who.confidence, modality)
            for c in sites[:1]:
                self._add(ctx, one, "site", entity(c), span, who.confidence, modality)
        self._dated(ctx, tok, span, launched, words, who.confidence, modality)
        capsule = next((c for c in vessels if ctx.labels[c] == "SPACECRAFT" and c not in launched), None)
        if capsule is not None and people:  # the craft they rode rode the rocket
            for r in [c for c in vessels if ctx.labels[c] == "ROCKET"]:
                self._add(ctx, capsule, "vehicle", entity(r), span, who.confidence - 0.1, modality)
        for m in [c for c in vessels if ctx.labels[c] in MISSIONS]:
            for one in [*people, *roles.companions(ctx, tok, words)]:
                self._add(ctx, m, "target", entity(one), span, who.confidence - 0.1, modality)
        self._together(ctx, tok, people, words, span, who.confidence, modality)

    def _flight(self, ctx: Context, tok: Token, span: Span, who: About, modality: str, words: list[Token]) -> None:
        """"flew Gemini 7", "flew aboard the shuttle in 1992": a spaceflight only when the clause
        names a craft, a mission, a station, space or orbit ("flies the F-22" is not one)."""
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        flown = roles.entities(ctx, words, *CRAFT, "STATION")
        if not people or not flown and not any(t.lower_ in ("space", "orbit") for t in words) \
                and not recent_mentions(ctx, tok, *CRAFT):  # "... launched aboard X. She flew with Y"
            return
        sure = who.confidence - 0.15
        for one in people:
            for c in flown:
                role = "target" if ctx.labels[c] in MISSIONS else "vehicle" if ctx.labels[c] != "STATION" else ""
                subject, obj = (c, one) if role == "target" else (one, c)
                if role:
                    self._add(ctx, subject, role, entity(obj), span, sure, modality)
        self._dated(ctx, tok, span, people, words, sure, modality, precise=True)
        self._together(ctx, tok, people, words, span, who.confidence, modality)

    def _stay(self, ctx: Context, tok: Token, span: Span, who: About, modality: str, words: list[Token]) -> None:
        """"served on Expedition 59", "lived aboard the station", "took part in the Shenzhou 6
        mission": a seat on the mission, a stay on the station."""
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        if not people:
            return
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

    def _membership(self, ctx: Context, tok: Token, span: Span, who: About, modality: str,
                    words: list[Token]) -> None:
        """"a member of the Apollo 11 crew", "was part of the mission Shenzhou 10", "took part
        in the Shenzhou 6 mission", "participated in X": a seat on the mission."""
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        phrase = list(tok.subtree) if not roles.verbal(tok) else words
        missions = roles.entities(ctx, phrase, *MISSIONS)
        if not roles.verbal(tok) and not any(c.lower_ == "of" for c in tok.children):
            return  # "part" and "member" say a seat only with what they are part of
        if tok.lower_ == "crew" and not roles.verbal(tok) and not (tok.dep_ == "pobj" and tok.head.lower_ in (
                "on", "in", "to")):
            return  # "was on the crew of X", "named to the crew of X"; not "the crew of X landed"
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
        """"was assigned to Crew-5", "was named to the Artemis II crew", "joins the crew of X":
        a seat on a mission, planned unless it has flown."""
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        if tok.lemma_ != "join" and tok.tag_ != "VBN" or not people:
            return  # "NASA named X": the person is the object, read by the passive only
        missions = roles.entities(ctx, words, *MISSIONS, preps=("to", "for", "on", "of"))
        if tok.lemma_ == "join":
            missions = [m for m in roles.entities(ctx, words, *MISSIONS) if any(
                t.lower_ in ("crew", "mission") for t in words)]
        for m in missions[:1]:
            for one in people:
                self._add(ctx, m, "target", entity(one), span, who.confidence - 0.1, modality)

    def _landing(self, ctx: Context, tok: Token, span: Span, who: About, modality: str, words: list[Token]) -> None:
        if tok.lemma_ in ("return", "come") and any(
                c.lower_ in ("to", "into") and any(t.lower_ in _NOT_HOME for t in c.children) for c in tok.children):
            return  # "returned to space": a new flight, not a landing
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        if not people:
            return
        crafts = [c for c in roles.entities(ctx, words, "SPACECRAFT", preps=("aboard", "on", "in", "inside"))]
        near = [t for t in words if ctx.is_a(t, "PLACE")]
        places = innermost(ctx, [t for t in near if ctx.cluster(t) in roles.entities(
            ctx, [t], "PLACE", preps=_LANDING_PREPS)]) if tok.lemma_ not in ("return", "come") or any(
                t.lower_ in ("landed", "near", "off", "splashed") for t in words) else []
        dates = roles.dates(ctx, tok, words)
        if not dates and not crafts and not places:
            return
        for one in people:
            for c in crafts[:1]:
                self._add(ctx, one, "craft", entity(c), span, who.confidence - 0.05, modality)
            for c in places[:1]:
                self._add(ctx, one, "place", entity(c), span, who.confidence - 0.05, modality)
        self._dated(ctx, tok, span, people, words, who.confidence, modality)
        self._together(ctx, tok, people, words, span, who.confidence, modality)

    def _arrival(self, ctx: Context, tok: Token, span: Span, who: About, modality: str, words: list[Token]) -> None:
        if not roles.verbal(tok) and tok.lower_ not in ("arrival", "docking"):
            return
        stations = roles.entities(ctx, words, "STATION", preps=("at", "on", "to", "with", "aboard"))
        if tok.lemma_ in ("reach", "board"):
            stations = roles.entities(ctx, [c for c in tok.children if c.dep_ == "dobj"], "STATION")
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        if not stations or not people:
            return
        crafts = roles.entities(ctx, words, "SPACECRAFT", *MISSIONS, preps=("aboard", "on", "in", "inside", "via"))
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
        people = [p for p in who.people if ctx.labels[p] == "PERSON"][:1]
        if tok.lemma_ == "kill" and tok.tag_ != "VBN" or not people or modality != "reported":
            return  # "killed" only in the passive: the one who died is its subject
        words = [t for t in words if not ctx.person(t)]
        near = [t for t in [*words, *_when_clauses(ctx, words)] if ctx.is_a(t, "PLACE") and t.i > span.start - 8
                and not described_place(ctx, t)]
        for c in [c for c in innermost(ctx, near) if ctx.clusters[c]["name"] not in COUNTRIES][:1]:
            self._add(ctx, people[0], "place", entity(c), span, who.confidence, modality)
        for d, how in roles.dates(ctx, tok, words):
            found = ctx.dates[d]
            if found.year or found.weekday or found.relative or found.month:
                self._add(ctx, people[0], "date", date(d, recent=True), span, min(who.confidence, how), modality)
                break

    def _command(self, ctx: Context, tok: Token, span: Span, who: About, modality: str, words: list[Token]) -> None:
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        if tok.lemma_ == "lead" and not any(ctx.is_a(t, *MISSIONS, "STATION") for t in tok.subtree):
            return  # "led the team": a job, not a flight
        targets: list[int] = []
        for child in tok.children:
            if child.dep_ in ("dobj", "attr", "nsubjpass") or child.dep_ == "prep" and child.lower_ == "of":
                named = [t for t in child.subtree if not _indefinite(t)]  # "to command a Crew Dragon": no craft
                targets += roles.entities(ctx, named, *MISSIONS, "STATION", "SPACECRAFT")[:1]
        if not targets and tok.lower_ == "command":  # "took command of the station"
            targets = roles.entities(ctx, [t for t in words if t.i > tok.i], *MISSIONS, "STATION")[:2]
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
        words = window(tok)  # the parse often hangs "command of X to Y" loosely
        to = [t for t in words if ctx.person(t) is not None and t.head.lower_ == "to"
              or ctx.person(t) is not None and t.head.head.lower_ == "to"]
        targets = roles.entities(ctx, words, *MISSIONS, "STATION")
        if not to or not targets:
            return
        recipient = ctx.person(to[0])
        for c in targets[:2]:
            if recipient is not None:
                self._add(ctx, c, "target", entity(recipient), span, DIRECT - 0.05, modality)

    def _spacewalk(self, ctx: Context, tok: Token, span: Span, who: About, modality: str, words: list[Token]) -> None:
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        if not people and [c.lower_ for c in tok.children] == ["the"]:  # "The spacewalk lasted six hours"
            people, who = _last_spacewalkers(ctx, tok), About((), None, NEAREST + 0.05)
        if not people:
            return
        number = next((c for c in tok.children if c.dep_ == "nummod"), None)
        more = any(c.lower_ in ("more", "additional", "other", "further") for c in tok.children)
        if number is not None and tok.tag_ == "NNS" and not more and len(people) == 1 \
                and not roles.unnamed_group(ctx, tok):  # "her seven spacewalks"; not "they made two", "two more"
            n = count(number)
            if n is not None and modality == "reported":
                self._add(ctx, people[0], "count", value(str(n), "integer"), span, who.confidence, modality)
        rank = _career_rank(ctx, tok)
        if rank is not None and len(people) == 1 and modality == "reported":  # "her seventh spacewalk"
            self._add(ctx, people[0], "count", value(str(rank), "integer"), span, who.confidence - 0.1, modality)
        if tok.tag_ != "NNS":  # one spacewalk: who went out with them went out that day, for that long
            people += [c for c in roles.companions(ctx, tok, words) if c not in people and ctx.labels[c] == "PERSON"]
            # "in July", "in 2008", "on Thursday": a spacewalk is one day, told to the month or year
            self._dated(ctx, tok, span, people, words, who.confidence, modality)
        lasted = [t for t in (words if tok.tag_ == "NNS" else tok.sent) if t.lower_ in ("minutes", "minute", "hours",
                                                                                     "hour")]
        for unit in lasted[-1:]:
            if unit.dep_ in ("amod", "compound", "nmod") and unit.head.pos_ == "NOUN" \
                    and unit.head.lower_ not in self.frame.nouns:
                continue  # "after the ten-minute flight": the length of something else
            total = minutes(unit)
            if total:
                for one in people:
                    self._add(ctx, one, "duration", value(str(total), "integer"), span, who.confidence - 0.05,
                              modality, (("unit", value("minute")),))
        if tok.tag_ != "NNS":
            self._together(ctx, tok, people, words, span, who.confidence, modality)


    def _upbringing(self, ctx: Context, tok: Token, span: Span, who: About, modality: str,
                    words: list[Token]) -> None:
        """"grew up in X", "was raised in X", "her hometown of X", "X, his hometown", "a native
        of X": the most specific town named, not a country."""
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        if tok.lemma_ == "raise" and tok.tag_ != "VBN" or not people:
            return
        near = [t for t in words if ctx.is_a(t, "PLACE")]
        if not roles.verbal(tok):  # "her hometown, X": the place beside the noun
            near += [t for t in (tok.head, *tok.children) if t.dep_ == "appos" or tok.dep_ == "appos"
                     if ctx.is_a(t, "PLACE")]
        places = [c for c in innermost(ctx, near) if ctx.clusters[c]["name"] not in COUNTRIES]
        for c in places[:1]:
            for one in people:
                self._add(ctx, one, "place", entity(c), span, who.confidence - 0.05, modality)


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
    fourth spacewalk of his career", "the only spacewalk of her career"; not "the first
    spacewalk of the mission" nor "the first spacewalk by private astronauts" (a rank in
    something else)."""
    rank = next((n for c in noun.children if c.dep_ == "amod" and (n := 1 if c.lower_ == "only" else ordinal(c))
                 is not None), None)  # "the only spacewalk of his career": one
    if rank is None:
        return None
    owned = any(c.dep_ == "poss" and (ctx.person(c) is not None or c.lower_ in ("his", "her", "their"))
                for c in noun.children)
    career = any(c.dep_ == "prep" and c.lower_ == "of" and any(t.lemma_ == "career" for t in c.children)
                 for c in noun.children)
    return rank if owned or career else None


def _when_clauses(ctx: Context, words: list[Token]) -> list[Token]:
    """The words of when-clauses hanging from a clause: "died when his jet crashed near X"."""
    return [t for head in words for c in head.children if c.dep_ in ("advcl", "relcl")
            and any(m.lower_ == "when" for m in c.children) for t in ctx.region(c)]


def _seated(ctx: Context, mission: int, person: int) -> bool:
    """Whether the document already gives a person another seat on a mission (commander,
    backup): then they are not also one of its crew members."""
    return any(f.subject == mission and f.entity == person and f.predicate in ("commander", "backupPilot")
               for f in ctx.facts)


def readers(frames: tuple[Frame, ...]) -> dict[str, Reader]:
    return {f.name: Reader(f) for f in frames}


__all__ = ["DIRECT", "Reader", "readers"]


def _indefinite(tok: Token) -> bool:
    """Whether a name stands in an indefinite phrase ("a Crew Dragon", "a Soyuz"): a kind of
    thing, not the one the story tells of."""
    noun = tok
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
