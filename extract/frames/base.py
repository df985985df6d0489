"""What the readings of every frame share: writing a role as the property its frame gives, dating
the event, pairing those who did it together, and the word tests several families ask (a seat
held on a flight, a crew on the ground, a trip told without its way).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.components.context import Context, date, entity
from extract.components.found import Obj
from extract.frames.companions import companions
from extract.frames.crafts import CAPSULES
from extract.frames.dating import date_before, dates
from extract.frames.lexicon import Frame
from extract.frames.reading import CONTEXT, LISTED

VERSION = "frames/1"

#: the kinds of the capsules named apart ("Crew Dragon"), which name no one craft a crew came home in
CRAFT_TYPES = set(CAPSULES.values())

#: forms of "ride" (the model may lemmatize "riding" as "rid")
RIDING = {"ride", "rides", "riding", "rode", "ridden"}


class FrameBase:
    """The shared part of :class:`~extract.frames.engine.Reader`: what every frame's reading writes with."""

    frame: Frame

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
        told = dates(ctx, tok, words)[:1]
        if not told and self.frame.name in ("launch", "landing"):  # "... on Sunday. The rocket blasted off at 10:44"
            subjects = [p for p in subjects if ctx.labels[p] == "PERSON"]  # the people's day, read from their story
            before = date_before(ctx, tok, subjects if story is None else story, self.frame)
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
        mates = [m for m in companions(ctx, tok, words) if m not in crew] if crew else []
        pairs = [(a, b) for i, a in enumerate(crew) for b in crew[i + 1:]] if modality == "reported" else []
        pairs += [(a, b) for i, a in enumerate(mates) for b in mates[i + 1:]] if modality == "reported" else []
        pairs += [(a, b) for a in crew for b in mates]
        role = "along" if unmarked_trip(self.frame.name, tok) else "together"
        for one, other in pairs:
            self._add(ctx, one, role, entity(other), span, min(sure, LISTED) - 0.1, modality)


#: words that make a crew or team one that does not fly ("the support crew", "the backup crew")
_GROUNDED = {"support", "backup", "back-up", "ground", "recovery", "rescue", "reserve"}

#: nouns of a crew, which a word of _GROUNDED makes one on the ground
_CREWS = {"crew", "team", "crewmember", "member"}
#: nouns of a seat, which a word of _GROUNDED makes one on the ground when they are what the
#: clause gives ("selected as the backup pilot"), not a title before a name ("backup pilot A")
_GROUNDED_SEATS = {"specialist", "pilot", "commander", "engineer", "astronaut", "cosmonaut"}


def grounded_crew(phrase: list[Token]) -> bool:
    """Whether a phrase names a crew or a seat that stays on the ground ("the astronaut support
    crew for X", "the backup crew of X", "the recovery team", "selected as the back-up payload
    specialist for X"): its members are no crew of the flight."""
    return any(_grounded_word(t) and (t.head.lemma_ in _CREWS or t.head.lemma_ in _GROUNDED_SEATS
                                      and t.head.dep_ not in ("compound", "nsubj", "nsubjpass")) for t in phrase)


def _grounded_word(t: Token) -> bool:
    """ "backup", "support", "reserve" ..., and "back-up" split in three."""
    return t.lower_ in _GROUNDED or t.lower_ == "back" and t.doc[t.i + 1:t.i + 3].text in ("-up", "- up")


#: verbs of the launch frame that do not say which way the ride went ("riding the capsule home"),
#: besides the forms of "ride" (:data:`RIDING`)
_EITHER_WAY = {"ride", "leave", "depart", "begin", "start", "send"}
#: where a return that is a landing goes
_BACK_TO = {"earth", "home", "ground", "planet"}


def unmarked_trip(frame: str, verb: Token) -> bool:
    """Whether those told with someone in a launch or landing rode it together only as a
    flight, not as that trip: "riding the capsule Freedom with their crewmates" may be the ride
    home, "returned to the station with X" is no landing."""
    if frame == "launch":
        return verb.lemma_ in _EITHER_WAY or verb.lower_ in RIDING
    if frame == "landing" and verb.lemma_ == "return":
        return any(c.dep_ == "prep" and c.lower_ == "to" and not any(t.lower_ in _BACK_TO for t in c.children)
                   for c in verb.children)
    return False


def seated(ctx: Context, mission: int, person: int) -> bool:
    """Whether the document already gives a person another seat on a mission (commander,
    backup): then they are not also one of its crew members."""
    return any(f.subject == mission and f.entity == person and f.predicate in ("commander", "backupPilot")
               for f in ctx.facts)
