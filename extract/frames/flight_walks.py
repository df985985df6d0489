"""How many spacewalks a flight had, told of its crew or of the flight itself: "the crew
completed four spacewalks during their mission", "the Shenzhou-30 crew carried out three
spacewalks", "the mission included five spacewalks", "A and B completed the fourth and final
spacewalk of the mission". The count is the flight's (``spacewalkCount`` of the mission), never
a person's: not every member went outside. Never of some of the crew ("two astronauts", "they",
"the pair"), of part of a flight ("during their first two months", "the first three spacewalks"),
nor a bound ("more than"); the walks planned for a flight ("the three spacewalks planned for
the mission") are its planned count. And the walks a member made, told before their career's total ("five
spacewalks, which gave him a total of 10"), were on the one flight the story names then."""

from __future__ import annotations

from spacy.tokens import Token

from extract.components.context import Context
from extract.components.quantities import count, ordinal
from extract.frames.bounds import bounded
from extract.frames.crews import flight_crew
from extract.rules.common import MISSIONS
from extract.rules.crew_sizes import flight_before, flight_of

#: subject words that stand for a whole flight's crew, or for the flight
_WHOLE = {"crew", "astronauts", "cosmonauts", "taikonauts", "trio", "quartet", "crewmates", "mission", "flight"}
#: prepositions of "during four spacewalks" whose verb's subject made them
_OVER = {"during", "in", "over", "across", "on"}
#: verbs whose subject is a flight that had the walks as a part ("the mission included five spacewalks")
_HAVING = {"include", "feature", "see", "involve", "have"}
#: time nouns that, with "first", "last" and the like, cut a flight to a part
_PERIODS = {"day", "days", "week", "weeks", "month", "months"}
_PART = {"first", "last", "past", "final", "initial", "next", "early", "later"}
#: words on a count of walks that make them some of the flight's
_SOME = {"more", "other", "additional", "remaining", "further", "planned", "scheduled", "first", "last", "next"}
#: words that close a flight's walks ("the fourth and final spacewalk of the mission")
_LAST = {"final", "last"}


def flight_count(ctx: Context, walks: Token, people: tuple[int, ...]) -> tuple[int, int] | None:
    """(flight, count) for a counted plural walk noun ("four spacewalks") whose verb's subject is
    the whole crew (``people``, when the reference component named them) or the flight, or None."""
    number = next((c for c in walks.children if c.dep_ == "nummod"), None)
    if number is None or bounded(walks) or any(c.dep_ in ("quantmod", "amod") for c in number.children) \
            or any(c.lower_ in _SOME or ordinal(c) is not None for c in (*walks.children, *number.children)):
        return None  # "three more", "the first three of four", "two of its remaining": some of the walks
    n = count(number)
    verb = walks.head
    if walks.dep_ == "pobj" and verb.lower_ in _OVER:
        verb = verb.head
    elif walks.dep_ == "nsubjpass" and verb.lemma_ in _DONE:
        flight = _flight_done_on(ctx, verb) if n is not None and 0 < n < 50 and not _in_part(walks) else None
        return (flight, n) if flight is not None and n is not None else None
    elif walks.dep_ != "dobj":
        return None
    if n is None or not 0 < n < 50 or verb.pos_ not in ("VERB", "AUX") or _in_part(walks):
        return None
    flight = _flight_of_subject(ctx, verb, people)
    return (flight, n) if flight is not None else None


#: verbs whose passive tells walks done ("five spacewalks were performed on STS-61")
_DONE = {"perform", "conduct", "complete", "make", "carry", "stage", "do", "accomplish"}


def _flight_done_on(ctx: Context, verb: Token) -> int | None:
    """The one flight a passive's on- or during-phrase names ("Five spacewalks were performed on
    the first servicing mission, STS-61", "Four spacewalks were conducted during STS-99"), or
    "the mission" of the story; never a station ("on the station") nor one of two flights."""
    phrases = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "during")
               for o in p.children if o.dep_ == "pobj"]
    named = [t for o in phrases for t in (
        [c for c in o.children if c.dep_ == "appos" and ctx.is_a(c, *MISSIONS)] or [o, *o.conjuncts])
             if ctx.is_a(t, *MISSIONS)]  # "on the first servicing mission, STS-61": the name, whatever "mission" is
    flights = {c for t in named if (c := ctx.cluster(t)) is not None}
    if len(flights) == 1:
        return flights.pop()
    own = [o for o in phrases if o.lower_ in ("mission", "flight") and any(c.lower_ == "the" for c in o.children)
           and not any(c.dep_ == "amod" for c in o.children)]
    return flight_of(ctx, own[0]) if not flights and len(own) == 1 else None


def final_rank(ctx: Context, walk: Token) -> tuple[int, int] | None:
    """(flight, count) for "the fourth and final spacewalk of the mission": the last walk's rank
    is how many the flight had."""
    mods = [c for c in walk.children if c.dep_ == "amod"]
    last = any(m.lower_ in _LAST or any(c.lower_ in _LAST for c in m.children if c.dep_ == "conj") for m in mods)
    rank = next((r for m in mods if (r := ordinal(m)) is not None), None)
    of = next((o for p in walk.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
               if o.dep_ == "pobj"), None)
    if not last or rank is None or rank < 2 or of is None or _in_part(walk):
        return None
    if ctx.is_a(of, *MISSIONS):
        return ctx.cluster(of), rank  # type: ignore[return-value]
    if of.lower_ in ("mission", "flight") and any(c.lower_ == "the" for c in of.children):
        flight = flight_of(ctx, of)
        return (flight, rank) if flight is not None else None
    return None


#: words of a plan on a flight's walks: "the three spacewalks planned for the mission"
_PLANNED = {"plan", "schedule", "slate"}


def planned_count(ctx: Context, walks: Token) -> tuple[int, int] | None:
    """(flight, count) for the walks a flight is planned to have: "the three spacewalks planned
    for the mission", "two of the three spacewalks scheduled during STS-900", "the four planned
    spacewalks of the flight", "three spacewalks are planned for STS-900"; not "the first two
    spacewalks planned", nor a bound, nor "four spacewalks were scheduled" (a plan perhaps changed)."""
    number = next((c for c in walks.children if c.dep_ == "nummod"), None)
    if number is None or bounded(walks) or any(c.dep_ in ("quantmod", "amod") for c in number.children) \
            or any(ordinal(c) is not None or c.lower_ in _PART for c in (*walks.children, *number.children)):
        return None
    n = count(number)
    plan = [c for c in walks.children if c.lemma_ in _PLANNED and (
        c.dep_ == "acl" and c.tag_ == "VBN" or c.dep_ == "amod")]
    verb = walks.head
    if walks.dep_ == "nsubjpass" and verb.lemma_ in _PLANNED and any(
            c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children):
        plan.append(verb)  # "three spacewalks are planned for the mission": a plan of now, not one since changed
    if n is None or not 0 < n < 50 or not plan:
        return None
    heads = [walks] + [c for c in plan if c.dep_ != "amod"]
    of = next((o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("for", "of", "during", "on")
               for o in p.children if o.dep_ == "pobj"), None)
    if of is None:
        return None
    if ctx.is_a(of, *MISSIONS):
        return ctx.cluster(of), n  # type: ignore[return-value]
    if of.lower_ in ("mission", "flight") and any(c.lower_ in ("the", "this") for c in of.children):
        flight = flight_of(ctx, of)
        return (flight, n) if flight is not None else None
    return None


def flight_told(ctx: Context, tok: Token) -> int | None:
    """The one flight or expedition ``tok``'s sentence names, else the one the sentence before
    names ("The Expedition 90 mission ... . A completed five spacewalks, which gave him a total
    of 10": those five were on Expedition 90)."""
    sent = tok.sent
    for words in (sent, tok.doc[sent.start - 1].sent if sent.start > 0 else None):
        named = {c for _, c in ctx.in_sentence(words, *MISSIONS)} if words is not None else set()
        if named:
            return named.pop() if len(named) == 1 else None
    return None


def _flight_of_subject(ctx: Context, verb: Token, people: tuple[int, ...]) -> int | None:
    """The flight whose crew, or which, is the subject of ``verb`` (that of the verb it is
    joined to when it has none: "landed and completed four spacewalks"): the one the crew word
    names or the story's (:func:`flight_of`), else the one flight whose crew the people it
    stands for are (a spacewalk's sentence often names the station: "on the station's hull")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if ctx.is_a(subject, *MISSIONS):
        return ctx.cluster(subject) if verb.lemma_ in _HAVING else None
    if subject.lower_ == "they":  # "Expedition 3 left Earth ... They completed four spacewalks": its crew
        return flight_before(ctx, subject)
    if subject.lower_ not in _WHOLE or any(c.dep_ == "nummod" or c.lower_ == "of" for c in subject.children):
        return None  # "two astronauts", "two of the crew": some of them
    if subject.lower_ in ("mission", "flight") and verb.lemma_ not in _HAVING:
        return None
    own = flight_of(ctx, subject)
    if own is not None or len(people) < 2:
        return own
    crewed = [c for c, label in enumerate(ctx.labels) if label == "MISSION" and set(people) <= set(flight_crew(ctx, c))]
    return crewed[0] if len(crewed) == 1 else None


def _in_part(walks: Token) -> bool:
    """Whether the sentence cuts the flight to a part ("during their first two months")."""
    return any(t.lower_ in _PERIODS and any(c.lower_ in _PART for c in t.children) for t in walks.sent)
