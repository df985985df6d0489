"""The flight a person's length of time is told of, so that "How long was X's Soyuz 41
flight?" is answered with that flight's days and never with another flight's.

Reporters name the flight in the figure's own phrase ("her 12-day STS-141 mission", "during the
12-day STS-141 mission"), in its clause ("spent 186 days in space on Soyuz 41", "as commander of
Soyuz 52 she made a flight of six days", "returned after 141 days in orbit on Crew-14"), as the
noun a relative clause describes ("Soyuz 41, which lasted 8 days", "the Sigma 7 flight, which
lasted 9 hours", "aboard Soyuz 41, a flight that lasted 8 days"), as the name set beside a
flight's noun ("her flight, Soyuz 41, lasted 8 days"), in the clause the figure's clause is
joined to ("commanded Soyuz 41 and spent 186 days in space"), as the flight of the crew that is
its subject ("The crew spent 192 days in orbit"), or as the subject of the sentence before,
which the figure's opens with "they" for its crew ("Soyuz 41 was launched on 2 June. They
returned after a flight lasting 8 days"). Only a flight named once: a clause that names two ties
to neither, and a sentence that tells of several flights or a career ("197 days over two
missions") ties nothing. A flight in a clause of its own ("after flying on Soyuz 30, ..."), in a
description of someone ("Mara, a veteran of Soyuz 30,") or in a phrase of time or comparison
("before Soyuz 44 launched", "longer than the Soyuz 40 crew", "twice the 92 days of the Soyuz 40
crew") is not the figure's, nor is a craft or flight named as what carried someone up or home
("launched on Soyuz 41 and spent 186 days", "returned aboard Soyuz 42 after 186 days"): one leg
of a stay that may have gone up on one craft and come home on another. A stay aboard a station
is never tied to a craft named beside it ("186 days aboard the station on Soyuz 42"), for the
same reason, nor to an expedition ("joins Expedition 66 for a six-month stay"): a station's
crew, not a flight.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.components.context import Context
from extract.rules.common import once_flown
from extract.rules.crew_sizes import COUNTED, GROUP_NOUNS, flight_of

#: words of a sentence that tells of several flights or a career's time: no figure in it is tied to one
_SEVERAL = {"flights", "missions", "spaceflights", "trips", "expeditions", "total", "cumulative", "career",
            "lifetime", "altogether", "overall", "combined"}
#: prepositions whose phrase bounds or compares a figure, naming a flight that is not its own
_BESIDE = {"before", "after", "since", "until", "following", "than", "like", "unlike", "behind", "ahead", "beyond",
           "past", "including", "besides"}
#: words of another figure or a comparison beside a figure ("twice the 92 days of the Soyuz 40 crew")
_COMPARED = {"days", "day", "hours", "hour", "minutes", "minute", "months", "month", "weeks", "week", "years", "twice",
             "thrice", "times", "than", "record", "longest", "shortest", "longer", "shorter", "same"}
#: the links of a clause of its own inside another, or of a description set off beside a name
_CLAUSES = {"advcl", "ccomp", "relcl", "acl", "parataxis", "xcomp", "csubj", "dep", "appos"}
#: verbs of going up or coming home, whose craft is one leg of a stay
_RIDES = {"launch", "return", "land", "lift", "blast", "come", "ride", "splash", "touch", "arrive", "dock", "leave",
          "depart", "board", "undock"}
#: prepositions of what carried someone
_ABOARD = {"on", "aboard", "in", "inside", "onboard", "via", "with"}
#: nouns for a flight's people ("The crew spent 192 days in orbit")
_CREWS = {"crew", *GROUP_NOUNS, *COUNTED}
#: nouns of a flight, whose apposition names it ("her second flight, Soyuz 44, lasted 12 days")
_TRIPS = {"mission", "flight", "spaceflight", "trip", "journey", "voyage"}
#: pronouns that open a sentence about the crew of a flight the sentence before named
_CREW_PRONOUNS = {"they"}


def flight_of_length(ctx: Context, unit: Token, noun: Token | None, *, station: bool) -> int | None:
    """The one flight a person's figure of time is told of (see the module); ``noun`` is what
    the figure measures ("mission" of "a 12-day mission"), ``station`` whether its phrase puts
    it aboard a station."""
    if any(t.lower_ in _SEVERAL for t in unit.sent):
        return None  # "197 days over two missions", "a total of 500 days": no one flight's
    found = _named_in(ctx, noun, unit) if noun is not None else set()
    verb = next((a for a in unit.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if not found and verb is not None:
        found = _named_in(ctx, verb, unit)
        if not found and verb.dep_ in ("relcl", "acl"):  # "Soyuz 41, which lasted 8 days"
            described = verb.head
            one = _flight(ctx, described) or _flight_called(ctx, described)
            found = {one} if one is not None else _named_in(ctx, described, unit) if described.pos_ == "NOUN" \
                else set()
        elif not found and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            found = _named_in(ctx, verb.head, unit)  # "commanded Soyuz 41 and spent 186 days in space"
    if not found and verb is not None:  # "The crew spent 192 days in orbit": the crew's flight
        crew = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in _CREWS and any(
            d.lower_ == "the" for d in c.children)), None)
        one = flight_of(ctx, crew) if crew is not None else None
        found = {one} if one is not None else set()
    if not found and not any(_flight(ctx, t) is not None for t in unit.sent):
        found = _flight_before(ctx, unit)
    if len(found) != 1:
        return None
    flight = found.pop()
    if ctx.labels[flight] == "SPACECRAFT" and (station or verb is not None and _aboard_station(ctx, verb)):
        return None
    return flight


def _flight(ctx: Context, tok: Token) -> int | None:
    """The one flight a word names: a mission or a numbered craft, never an expedition (a stay
    aboard a station, whose crew came and went on flights of their own)."""
    one = once_flown(ctx, ctx.cluster(tok))
    return one if one is not None and ctx.labels[one] != "EXPEDITION" else None


def _flight_called(ctx: Context, noun: Token) -> int | None:
    """The flight a flight's noun is set beside as what it is ("flew aboard Soyuz 41, a flight
    that lasted 8 days"): the name it describes."""
    return _flight(ctx, noun.head) if noun.dep_ == "appos" and noun.lower_ in _TRIPS else None


def _aboard_station(ctx: Context, verb: Token) -> bool:
    """Does the clause put its figure aboard a station ("spent 186 days aboard the station on
    Soyuz 42")? A stay there, which a Soyuz beside it need not have flown whole."""
    return any(t.lower_ in ("station", "outpost") or ctx.is_a(t, "STATION")
               for p in verb.children if p.dep_ == "prep" for t in p.subtree)


def _named_in(ctx: Context, top: Token, unit: Token) -> set[int]:
    """The single flights named in the phrase or clause of ``top``, less the clauses of their
    own and the phrases of time or comparison inside it that do not hold the figure."""
    found: set[int] = set()
    stack = [top]
    while stack:
        tok = stack.pop()
        one = _flight(ctx, tok)
        if one is not None:
            found.add(one)
        for child in tok.children:
            if child.left_edge.i <= unit.i <= child.right_edge.i or not _aside(tok, child) and not _ridden(tok, child):
                stack.append(child)
    return found


def _aside(head: Token, child: Token) -> bool:
    """Is a phrase that does not hold the figure told beside it: a clause of its own, a
    description of someone ("Mara Quill, a veteran of Soyuz 30,"), a phrase of time or
    comparison, or another figure? A flight noun's apposition is its name ("her flight, Soyuz 41,")."""
    if child.dep_ == "appos":
        return head.lower_ not in _TRIPS
    if child.dep_ == "conj":  # "... and later flew Soyuz 44", "and her 15 days on Soyuz 40", not "Soyuz 41 and 44"
        return child.pos_ in ("VERB", "AUX") or _compared(child)
    return child.dep_ in _CLAUSES or child.dep_ == "prep" and child.lower_ in _BESIDE or _compared(child)


def _ridden(verb: Token, child: Token) -> bool:
    """Is the phrase the craft or flight someone rode up or home ("launched on Soyuz 41",
    "returned aboard Crew-9")? One leg of a stay, which may have gone up on one craft and come
    home on another: not the figure's whole flight."""
    return verb.lemma_ in _RIDES and (child.dep_ == "dobj" or child.dep_ == "prep" and child.lower_ in _ABOARD)


def _compared(phrase: Token) -> bool:
    """Does the phrase head another figure the figure is set beside ("almost twice the 92 days
    of the Soyuz 40 crew", "a record for Soyuz 40")? Its flight is the other figure's."""
    return phrase.lower_ in _COMPARED or any(c.lower_ in _COMPARED and c.dep_ in ("advmod", "amod", "quantmod")
                                             for c in phrase.children)


def _flight_before(ctx: Context, unit: Token) -> set[int]:
    """The flight the sentence before has as its subject, when the figure's sentence opens with
    "they" for its crew ("Soyuz 41 was launched ... They returned after 8 days"); a "she" may
    be of another flight of hers."""
    sent = unit.sent
    first = sent[0]
    if sent.start == 0 or first.lower_ not in _CREW_PRONOUNS or first.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    path = []
    for up in unit.ancestors:
        path.append(up)
        if up.i == first.head.i:
            break
    else:
        return set()  # "they" is the subject of another clause than the figure's
    if any(t.dep_ in ("ccomp", "relcl", "parataxis") for t in path[:-1]):
        return set()  # "They said Mara spent 186 days ...": the figure is told in a clause of its own
    before = ctx.doc[sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    one = _flight(ctx, subject) if subject is not None else None
    return {one} if one is not None else set()
