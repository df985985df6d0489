"""From one trigger word to the facts of its event: who it is about (:func:`~extract.frames.about.about`),
whether it is stated (:func:`mood.mood`), and each role the frame takes, read by the shared
readers and written as the property the lexicon gives.

This module is the frame engine's core: :class:`Reader` takes a trigger to the word that tells
the event, leaves out what tells no event of the story, finds whom it is about and hands it to
the reading of its frame. The readings are the families of frames, one module each:
:mod:`~extract.frames.launches` (launch, flight, orbit, stay), :mod:`~extract.frames.landings`
(landing, arrival, departure), :mod:`~extract.frames.corps` (membership, assignment,
selection, retirement), :mod:`~extract.frames.commands` (command, handover),
:mod:`~extract.frames.spacewalks` (spacewalk, moonwalk), :mod:`~extract.frames.lives` (birth,
death, upbringing) and :mod:`~extract.frames.crewmates`, on what they share
(:mod:`~extract.frames.base`). Firsts and records have readers of their own."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from spacy.tokens import Span, Token

from extract.components.context import Context, value
from extract.frames.about import about, another_flight
from extract.frames.clauses import clause, craft_clauses
from extract.frames.commands import CommandFrames
from extract.frames.companions import riders
from extract.frames.corps import CorpsFrames
from extract.frames.crewmates import CrewmateFrames
from extract.frames.crews import group_back, group_size, named_next, named_together, same_crew, the_crew, unnamed_group
from extract.frames.ended_flights import ended_by
from extract.frames.firsts import FirstReader
from extract.frames.flight_landings import moved_to_a_landing
from extract.frames.flight_walks import planned_count
from extract.frames.landings import LandingFrames, left_before
from extract.frames.launches import LaunchFrames
from extract.frames.lexicon import Frame
from extract.frames.lives import LifeFrames
from extract.frames.mood import mood
from extract.frames.nouns import WHEN
from extract.frames.outside import told_in_space
from extract.frames.reading import DIRECT, LISTED, NEAREST, NOBODY, About, verbal
from extract.frames.records import RecordReader
from extract.frames.rockets import (
    BEARING,
    RISING,
    bore_up,
    flight_began,
    left_the_pad,
    may_rise_to_space,
    rocket_alone,
    rocket_sends,
)
from extract.frames.spacewalks import SpacewalkFrames


class Reader(LaunchFrames, LandingFrames, CorpsFrames, CommandFrames, SpacewalkFrames, LifeFrames, CrewmateFrames):
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
                or not verbal(tok) and tok.lower_ not in self.frame.nouns \
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
        if another_flight(ctx, tok):
            return  # "the first shuttle mission, which was launched in 1981": no flight of the story's
        who = about(ctx, tok, self.frame)
        if self.frame.name == "spacewalk" and modality == "reported" and told_in_space(ctx, tok, span):
            self._flights_walks(ctx, tok, span, who.people)
        elif self.frame.name == "spacewalk" and tok.tag_ == "NNS" and (plan := planned_count(ctx, tok)) is not None:
            # "the three spacewalks planned for the mission": a plan, whatever the clause around it tells
            self._add(ctx, plan[0], "count", value(str(plan[1]), "integer"), span, DIRECT - 0.1, "planned")
        if self.frame.name == "landing" and not who.people and (ended := ended_by(ctx, tok)):
            who = About(tuple(ended), who.craft, LISTED)  # "A's flight ended in a landing of X"
        if self.frame.name in ("launch", "landing") and not who.people and not verbal(tok) \
                and (seated := riders(ctx, clause(ctx, tok))):
            who = About(tuple(seated), who.craft, LISTED)  # "the launch came on X, with A and B aboard"
        if self.frame.name in ("launch", "landing", "arrival"):
            if who.people and group_back(tok):  # "the trio", "they": the whole crew?
                ctx.later.append((partial(self.again, craft=who.craft, told=who), tok, span))
                return
            station = who.craft is not None and ctx.labels[who.craft] == "STATION"  # up and down with no one
            if not who.people and not station and (who.craft is not None or unnamed_group(ctx, tok)
                                   or _bare_event(ctx, tok, self.frame)
                                   or tok.lemma_ in _BEGINNING  # "a 12-day trip that began at Baikonur": the story's
                                   or self.frame.name == "launch" and verbal(tok) and rocket_alone(ctx, tok)):
                ctx.later.append((partial(self.again, craft=who.craft), tok, span))  # "four rose": named later
        if self.frame.name == "spacewalk" and not who.people and modality == "reported" and tok.tag_ == "NNS" \
                and told_in_space(ctx, tok, span) and self._walks(ctx, tok, span, []):
            return  # "they made two spacewalks -- A and B on May 2, A and C on June 9"
        if self.frame.name == "spacewalk" and not who.people and unnamed_group(ctx, tok, crafts=False):
            ctx.later.append((self.walkers, tok, span))  # "two astronauts stepped outside": named elsewhere
            return
        self.read(ctx, tok, span, who, modality, self._words(ctx, tok))

    def _after_leaving(self, ctx: Context, tok: Token, span: Span, left: Token) -> None:
        """A landing told after the departure it ends ("will undock early Thursday in Soyuz
        MS-13 with A and B and land southeast of Zhezkazgan"): the departure's people, mood
        and day (when the landing gives none), and the landing's place and craft,
        read from the departure's clause and the words after the landing's verb (the parser
        often hangs "and land" on a noun)."""
        who = about(ctx, left)
        modality = mood(ctx, left)
        if not who.people or modality is None:
            return
        after = [t for t in tok.doc[tok.i:tok.sent.end] if not t.is_punct or t.text == ","]
        day = [t for t in clause(ctx, left) if t.i in ctx.date_at]  # the departure's day, not its craft (the
        words = sorted({*day, *after}, key=lambda t: t.i)  # one they came up in) nor its companions (its own facts)
        self.read(ctx, tok, span, who, modality, words)

    def walkers(self, ctx: Context, tok: Token, span: Span) -> None:
        """A spacewalk told of a group ("two private astronauts stepped out on Thursday"), once
        the article is read: those it names as going out together, when they are as many as
        the group counts (or two, uncounted), and there is one such pair or team."""
        teams = {frozenset((f.subject, f.entity)) for f in ctx.facts if f.predicate == "spacewalkPartner"
                 and f.modality == "reported" and f.entity is not None}
        people = sorted({p for team in teams for p in team})
        size = group_size(tok)
        modality = mood(ctx, tok)
        if modality is not None and people and len(people) == (size or 2) and len(teams) <= (size or 2) * (
                (size or 2) - 1) // 2:
            self.read(ctx, tok, span, About(tuple(people), None, NEAREST), modality, self._words(ctx, tok))

    def _words(self, ctx: Context, tok: Token) -> list[Token]:
        """The words an event's roles are read from: its clause, and for a launch or a landing
        the clauses that tell the same of the craft that carried the people."""
        words = clause(ctx, tok)
        if self.frame.name in ("launch", "landing") and verbal(tok):
            words = sorted({*words, *craft_clauses(ctx, tok)}, key=lambda t: t.i)
        return words

    def again(self, ctx: Context, tok: Token, span: Span, craft: int | None = None, told: About | None = None) -> None:
        """Read an event whose people the sentence does not name or names by a group word, once
        the document's crews are known: the story's crew when the group is that crew (all of
        it, or as many as "the trio" counts), else whom the reference component named."""
        crew = the_crew(ctx, tok, craft)
        if not crew.people and told is None and craft is None:
            crew = named_next(ctx, tok)  # "The trio landed on Sunday. A, B and C spent 180 days aboard"
        if told is not None and not same_crew(ctx, tok, told.people, crew.people) \
                and not _counted_crew(tok, told, crew):
            crew = told if crew.people or named_together(ctx, tok, told.people) else NOBODY
        modality = mood(ctx, tok)
        if crew.people and modality is not None:
            self.read(ctx, tok, span, crew, modality, self._words(ctx, tok))


def _counted_crew(tok: Token, told: About, crew: About) -> bool:
    """Whether the story's crew is the one a counted group word means, rather than whom the
    reference component read it as: the crew has as many people as the group counts and
    shares some with them ("The three men crowded into the lunar module ... and splashed
    down": the flight's three, not a partner of one of them on an earlier flight)."""
    verb, size = tok, None
    for _ in range(3):  # the subject of the verbs a coordinated one shares it with
        size = group_size(verb)
        if size is not None or verb.dep_ not in ("conj", "advcl", "xcomp") or verb.head.i == verb.i:
            break
        verb = verb.head
    return size is not None and len(crew.people) == size and not set(told.people).isdisjoint(crew.people)


def _bare_event(ctx: Context, tok: Token, frame: Frame) -> bool:
    """Whether an event noun stands alone, the crew it is of left to the story ("the
    splashdown closed out the mission", "with a launch from X on Nov. 10"): not a modifier
    ("launch pad"), not part of a name, not a count ("the first launch of the year"), not
    someone's ("their landing", whom the reference component did not resolve), not the time of
    something else ("before launch"), not the event a verb of the frame above it tells ("is
    returning on April 17 ... for a landing on the steppe": read from the verb, with its day),
    not in a sentence about someone it names."""
    if tok.dep_ == "pobj" and tok.head.lower_ in WHEN:
        return False  # "before launch", "after the landing": the time of something else
    if tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].lower_ in WHEN:
        return False  # the same, however the parser hangs it ("details of before, during and after the launch")
    if any(a.pos_ == "VERB" and a.lemma_ in frame.verbs for a in tok.ancestors):
        return False
    if any(ctx.person(c) is not None for c in tok.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")):
        return False  # "A is returning ... for a landing in X": the trip of the one the sentence tells of
    return not verbal(tok) and tok.dep_ not in ("compound", "amod", "nmod") and ctx.cluster(tok) is None \
        and not any(c.dep_ in ("amod", "nummod") and c.lower_ not in ("successful", "safe", "smooth")
                    or c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


#: verbs of the launch frame that tell a flight's beginning ("the trip began at Baikonur")
_BEGINNING = ("begin", "start")


def readers(frames: tuple[Frame, ...]) -> dict[str, Reader | FirstReader | RecordReader]:
    """One reader per frame; firsts and records have modules of their own (their words are no
    event's verb or noun)."""
    return {f.name: FirstReader(f) if f.name == "first" else RecordReader(f) if f.name == "record" else Reader(f)
            for f in frames}


__all__ = ["DIRECT", "Reader", "readers"]
