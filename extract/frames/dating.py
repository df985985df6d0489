"""The day of an event: the dates of its clause, surest first, else of the clause above, else of the
sentence before when it tells of the same event.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.components.context import Context
from extract.components.found import DateMention
from extract.frames.crafts import CRAFT
from extract.frames.event_dates import not_its_day, own_line
from extract.frames.lexicon import Frame
from extract.frames.reading import CONTEXT, DIRECT, LISTED
from extract.frames.reference_points import timed_from


def dates(ctx: Context, tok: Token, words: list[Token]) -> list[tuple[int, float]]:
    """Date expressions of an event, each with how sure: attached to the trigger itself or
    inside its clause."""
    out: list[tuple[int, float]] = []
    for d in ctx.dates_in(words):
        first = ctx.doc.char_span(ctx.dates[d].start, ctx.dates[d].end, alignment_mode="expand")
        if first is not None and tok.lower_ not in _BORN and _of_birth(first):
            continue  # "Born on August 29, 1959, she flew jets": the date of the birth
        if first is not None and not_its_day(first, tok):
            continue  # "since 2019", "postponed from Tuesday", "after arriving on March 3"
        direct = first is not None and (first.root.head.i == tok.i or first.root.head.head.i == tok.i)
        out.append((d, DIRECT if direct else LISTED))
    lines = {d for d, _ in out if (s := _date_span(ctx, d)) is not None and own_line(s)}
    if len(lines) < len(out):
        out = [(d, how) for d, how in out if d not in lines]  # a page's date line beside the event's own day
    out.sort(key=lambda found: (_bracketed(ctx.text, ctx.dates[found[0]]), -found[1],
                                _counted_back(ctx.dates[found[0]]), _year_only(ctx.dates[found[0]])))
    # a date in brackets restates another ("11:14 p.m. EST Sunday (10:14 a.m. Kazakhstan time, Monday)": the
    # day in another time zone, not the story's)
    # the date the trigger's own phrase gives before one nearer the verb; of two as near, a stated day before
    # one counted back from the story's ("21 years ago today, on February 1, 2003"), a day before a bare year
    # ("nine years later, on April 12, 1981")
    if not out and not timed_from(tok) and not (tok.pos_ == "VERB" and tok.dep_ in ("pcomp", "pobj")
                                                 and tok.head.lower_ in _APART):
        # "in May 2001, as she lifted off", "It was on May 2 that she lifted off": the date of the clause the
        # event's clause hangs from (not "after the landing, A flew to Houston on June 4", what came after it)
        above: list[Token] = []
        t = tok
        while (t.dep_ in _ABOVE or _cleft(t)) and t.head.i != t.i and len(above) < 6 and not _timed_apart(t):
            t = t.head
            above.append(t)
        if _misread_participle(tok):  # "On May 27, A and two other crewmates launched from X to join Y"
            above.append(tok.sent.root)
        inside = {x.i for x in tok.subtree}
        near = [x for x in ctx.region(above[-1]) if x.i not in inside] if above else []
        out = [(d, CONTEXT) for d in ctx.dates_in(sorted(near, key=lambda x: x.i))
               if (s := _date_span(ctx, d)) is None or not not_its_day(s, tok)]
    return out


#: the links a clause without a day of its own takes the day of the clause above through ("was finally able
#: to launch": "acomp")
_ABOVE = {"advcl", "relcl", "acl", "appos", "pobj", "prep", "xcomp", "attr", "dobj", "acomp"}

#: the tags of a finite verb, which a sentence the parser read right has one of
_FINITE = {"VBD", "VBZ", "VBP", "MD"}


def _misread_participle(verb: Token) -> bool:
    """Whether a past verb was read as a participle describing a noun in a sentence that has
    no finite verb ("On May 27, A and two other crewmates launched from X to join Y", parsed as
    "crewmates [who were] launched"): it is the sentence's own verb, dated by its opening."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(t.tag_ in _FINITE for t in verb.sent)


def _cleft(clause: Token) -> bool:
    """Whether a clause is the event of a cleft sentence that puts its time first ("It was 4:54
    a.m. on 16 September 1996 that Atlantis lifted off"), not what someone said ("NASA said on
    Tuesday that she lifted off", "It was clear on Tuesday that she would fly")."""
    return clause.dep_ == "ccomp" and clause.head.lemma_ == "be" and any(
        c.dep_ == "nsubj" and c.lower_ == "it" for c in clause.head.children) and not any(
        c.dep_ == "acomp" for c in clause.head.children)  # "It was clear on May 2 that ...": no cleft


#: words that put a clause at another time than the one it hangs from: "six months after B flew up"
_APART = {"after", "before", "since", "until", "till"}


def _timed_apart(clause: Token) -> bool:
    """Whether a clause is told as before or after the one it hangs from ("launched on Friday,
    six months after B flew up on X"): that clause's date is not its own."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _APART for c in clause.children)


def _counted_back(found: DateMention) -> bool:
    """A date told by its distance from the day of writing ("21 years ago today"), less sure
    than one stated with its year."""
    return bool(found.relative) and not found.year


def _bracketed(text: str, found: DateMention) -> bool:
    """Whether a date stands inside brackets of its line, where a report restates a time in
    another zone or adds an aside."""
    line = text.rfind("\n", 0, found.start) + 1
    if text.rfind("(", line, found.start) <= text.rfind(")", line, found.start):
        return False
    end = text.find("\n", found.end)
    end = len(text) if end < 0 else end
    close = text.find(")", found.end, end)
    opened = text.find("(", found.end, end)
    return close >= 0 and (opened < 0 or close < opened)


def _date_span(ctx: Context, d: int) -> Span | None:
    return ctx.doc.char_span(ctx.dates[d].start, ctx.dates[d].end, alignment_mode="expand")


def _year_only(found: DateMention) -> bool:
    """Whether a date gives a year and nothing finer ("in 1981", "nine years later")."""
    return not (found.month or found.day or found.weekday or found.relative)


def date_before(ctx: Context, tok: Token, about: list[int], frame: Frame) -> int | None:
    """The day of an event whose clause gives none, told in the sentence just before when that
    sentence tells of the same event (one of its words, or one of the people it is about with
    their flight: "Liu Yang was headed back to space on Sunday ... The rocket carrying the three
    blasted off at 10:44 a.m."). That sentence must give one date only (a dateline's aside),
    a day of the story's time (a weekday, "today", a day of a month without a year), not a
    flight of the past; or a full day when it tells the flight's start or end in other words
    (:func:`_bounds_flight`)."""
    start = tok.sent.start
    if start == 0 or any((d := ctx.dates[i]).day or d.month or d.year or d.weekday for i in ctx.dates_in(tok.sent)):
        return None  # "The next day on Nov. 23, A was able to begin the mission": a day told in the event's own
        # sentence, which its clause did not take, makes the one before no likelier its
    before = ctx.doc[start - 1].sent
    dash = next((t.i for t in before[:12] if t.text in ("--", "—", "–")), before.start)  # "JIUQUAN, June 5 (Xinhua)
    found = ctx.dates_in(ctx.doc[dash:before.end])  # --": a dateline's date is the wire's, not the event's
    if len(found) != 1:
        return None
    d = ctx.dates[found[0]]
    if not (d.weekday or d.relative or d.day and d.month):
        return None
    if _others_day(ctx, before, [*about, *(c for t in tok.sent if (c := ctx.person(t)) is not None)]):
        return None
    if d.year:
        return found[0] if _bounds_flight(before, frame.name) else None
    singles = {w for w in (*frame.verbs, *frame.nouns) if " " not in w}
    pairs = {tuple(w.split()) for w in frame.verbs if len(w.split()) == 2}  # "came down in the Atlantic"
    told = any(t.lemma_ in singles or t.lower_ in singles for t in before) or any(
        (t.lemma_, t.nbor().lower_) in pairs for t in before[:-1])
    flight = any(t.lower_ in ("space", "orbit") or ctx.is_a(t, *CRAFT) for t in before) \
        and not _other_event(ctx, before, found[0], singles)
    return found[0] if told or flight and any(ctx.cluster(t) in about for t in before) else None


#: verbs that tell a flight's start or end without the frame's words: "the flight ended on Feb. 8, 1974"
_BOUNDING = {"launch": {"begin", "start"}, "landing": {"end", "conclude", "finish"}}
#: nouns of a whole flight, whose start or end is its launch or landing
_TRIPS = {"flight", "spaceflight", "mission", "journey", "trip", "voyage", "odyssey", "expedition", "stay"}


def _bounds_flight(before: Span, frame: str) -> bool:
    """Whether a sentence tells the start or end of a flight in words of its own, so that its
    day, year and all, is the launch or landing the next sentence tells without one ("The
    flight ended on Feb. 8, 1974. The crew splashed down in the Pacific"; "On March 25, 1992,
    Earth called him home. He landed near X"): a verb of its start or end beside a noun of a
    whole flight, or for a landing a verb sending someone home. A day given to anything else
    ("She was selected on May 2, 2009. She launched ...") is no such day."""
    bounding = _BOUNDING.get(frame, set())
    if any(t.lemma_ in bounding and t.pos_ == "VERB" and any(
            a.lemma_ in _TRIPS for a in (*t.ancestors, *(c for c in t.children if c.dep_ in ("nsubj", "nsubjpass"))))
           for t in before):
        return True  # the flight's own start or end, not that of its training ("training for the mission began")
    return frame == "landing" and any(t.lower_ == "home" and t.head.pos_ == "VERB" for t in before)


#: verbs of the events of a flight, each with its own day ("arrived at the station on April 24")
_EVENT_VERBS = {"launch", "arrive", "dock", "reach", "land", "return", "splash", "touch", "undock", "depart",
                "blast", "lift"}


def _other_event(ctx: Context, before: Span, day: int, words: set[str]) -> bool:
    """Whether the sentence before gives its day to another event of the flight, the verb the
    date hangs on ("A arrived at the station on April 24 aboard X. ... the trip that began with
    a launch", "on 14 March, when they launch again"): that day is the other event's, not the
    one the next sentence tells without a day ("was headed back to space on Sunday" gives its
    day on)."""
    at = next((t for t in before if day in ctx.dates_in([t])), None)
    return at is not None and any(a.pos_ == "VERB" and a.lemma_ in _EVENT_VERBS and a.lemma_ not in words
                                  for a in (*at.ancestors, *at.subtree))  # "on 14 March, when they launch"


def _others_day(ctx: Context, before: Span, about: list[int]) -> bool:
    """Whether the sentence before tells its day of other people: it names people (not by a
    pronoun) and none of the people the event's sentence is about ("A returned to Earth on Tuesday. B landed
    after 187 days": Tuesday is A's)."""
    named = {c for t in before if t.pos_ != "PRON" and (c := ctx.person(t)) is not None}
    return bool(about) and bool(named) and not named & set(about)


_BORN = {"born", "bear"}


def _of_birth(span: Span) -> bool:
    """Whether a date belongs to a birth: the last verb before it in its sentence is "born"."""
    verbs = [t for t in span.doc[span.sent.start:span.start] if t.pos_ in ("VERB", "AUX")]
    return bool(verbs) and verbs[-1].lower_ in _BORN
