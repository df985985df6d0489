"""Dates in an event's clause that are not its day: the start or end of a span ("trained
since 2019", "until May 5", "by June"), the day it was put off from ("postponed from
Tuesday"), the day of another event the clause hangs on it ("two days after arriving at the
station on March 3, she stepped outside") or tells of someone in it ("with A, who flew up in
June"; "A, a veteran of a 2018 flight, blasted off", "A, a 2009 recruit, ...")."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extract import extensions
from extract.components.date_ranges import JOINS, OPENS
from extract.frames.mood import WAITS, called_off
from extract.rules.common import STAYS

#: prepositions that make a date a bound, not the day something happened
_BOUNDS = {"since", "until", "till", "before", "by", "after", "through", "between", "from"}
_MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
           "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"}
#: prepositions whose phrase a year told right after may end ("since Apollo 9 in 1969")
_SINCE = {"since", "until", "till"}
#: prepositions and conjunctions that hang another event on the clause ("after arriving", "before he left")
_OTHER = {"after", "before", "since", "following", "until", "upon", "while", "as"}


#: nouns of a time, which hold a day without being another event ("on the morning of March 3")
_TIMES = {"morning", "afternoon", "evening", "night", "day", "week", "weekend", "date", "time", "hour", "hours",
          "dawn", "noon", "midnight", "month", "year", "end", "start", "beginning", "middle"}


#: entity labels of places, whose apposition ("Tampa, Florida") tells no one what they are
_PLACES = {"GPE", "LOC", "FAC"}


#: a life's years in brackets after a name: "(1930 - 2021)", "(1934-2019)"
_LIFE = re.compile(r"\(\s*\d{4}\s*[-–—]\s*\d{4}\s*\)")


def _life_span(date: Span) -> bool:
    """Whether a date lies in the brackets of a life's years after a name ("Ann Lee (1930 - 2021)")."""
    text = extensions.text(date.doc)
    start = text.rfind("(", max(0, date.start_char - 8), date.start_char + 1)
    found = _LIFE.match(text, start) if start >= 0 else None
    return found is not None and found.start() <= date.start_char and date.end_char <= found.end()


def own_line(date: Span) -> bool:
    """Whether a date stands alone on its line (a page's date line, which the sentence reader
    may join to the sentence after it): the day the page was written, which is an event's only
    when its clause gives no other ("Oct 2 1984 / The cosmonauts returned safely", but not
    "12 April 2012 / The spaceship was launched on 12 April 1961")."""
    text = extensions.text(date.doc)
    start = text.rfind("\n", 0, date.start_char) + 1
    end = text.find("\n", date.end_char)
    return end >= 0 and not text[start:date.start_char].strip() and not text[date.end_char:end].strip(" .,")


def not_its_day(date: Span, trigger: Token) -> bool:
    """Whether a date of a trigger's clause is no day of the trigger's event. Of a span told
    by its two days ("from 26 April to 6 May 1993"), the first is the event's, the last not."""
    if _life_span(date):
        return True  # "Michael Collins (1930 - 2021) has died": years of a life, not the day of its end
    if len(date) > 1 and date[-1].is_punct:
        date = date[:-1]  # "... the fire last February.": a date read with the stop after it, whose root the stop is
    part = range_part(date)
    if part == "end":
        return True
    noun = date.root
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is not None and _day_after_a_stay(prep, trigger):
        return False  # "landed after the 33-day mission on 18 November": the landing's day, hung on the stay
    if prep is not None and prep.i > 0 and any(
            a.dep_ == "prep" and a.lower_ in _SINCE for a in (prep.doc[prep.i - 1], *prep.doc[prep.i - 1].ancestors)
            if a.head.i == prep.head.i and a.i != prep.i):
        return True  # "since Apollo 9 in 1969": the parse hangs the year beside the phrase it ends
    above = {a.i for a in trigger.ancestors}  # a word whose subtree holds the trigger is the trigger or above it
    ancestors = [a for a in noun.ancestors if a.i not in above]
    below = {t.i for t in trigger.subtree} if trigger.pos_ == "NOUN" else set()
    for a in ancestors:
        if a.i == trigger.i:
            break
        if below and a.pos_ == "NOUN" and a.i not in below and a.lower_ not in _TIMES:
            return True  # "with A's recent return from Mir, a story emerged about the fire last February": the
            # day of another thing the sentence names, not of the event its noun tells
        if a.dep_ == "prep" and a.lower_ in _BOUNDS and not (part == "start" and a.lower_ in OPENS):
            return True  # "since 2019", "since Apollo 9 in 1969"
        if a.pos_ == "VERB" and called_off(a):
            return True  # "postponed from Tuesday"
        if a.dep_ == "pcomp" and a.head.lower_ in _OTHER and a.pos_ in ("VERB", "AUX"):
            return True  # "after arriving ... on March 3"
        if a.dep_ == "advcl" and a.i != trigger.i and any(c.dep_ == "mark" and c.lower_ in _OTHER
                                                           for c in a.children):
            return True  # "before he left on May 2"
        if a.dep_ == "relcl" and a.head.i != trigger.i and a.pos_ in ("VERB", "AUX"):
            return True  # "will come home with A, who flew up in June": A's flight's day, not the landing's
        if a.dep_ == "appos" and a.head.i != trigger.i and (
                a.pos_ == "NOUN" or a.pos_ == "PROPN" and a.ent_type_ not in _PLACES):
            return True  # "A, a veteran of a 2018 flight, blasted off": what A is, not the launch's day
            # (a place's apposition holds the event's day when misparsed: "off Tampa, Florida on Saturday")
    return False


#: units a stay's length is told in ("the 33-day mission", "a six-month stay")
_UNITS = WAITS | {"year", "years"}


def _day_after_a_stay(prep: Token, trigger: Token) -> bool:
    """Whether an "on" phrase hangs from a stay measured by its length that the trigger's event
    came after ("landed after the 33-day mission on 18 November", "returned following a
    six-month stay on Friday"): the parse gives the event's day to the stay, which lasted days."""
    stay = prep.head
    return prep.lower_ == "on" and stay.lower_ in STAYS and stay.dep_ == "pobj" \
        and stay.head.lower_ in ("after", "following") and stay.head.head.i == trigger.i \
        and any(t.lower_ in _UNITS and t.i < stay.i for t in stay.subtree)


def range_part(date: Span) -> str | None:
    """"start" or "end" for a date that opens or closes a span told by its two days ("from
    26 April to 6 May 1993", "between April 3 and April 11"; not "postponed from Tuesday to
    Thursday", a day moved); None for any other date."""
    doc = date.doc
    if any(a.pos_ == "VERB" and called_off(a) for a in date.root.ancestors):
        return None
    if date.end + 1 < len(doc) and doc[date.end].lower_ in JOINS and _dateish(doc[date.end + 1]) \
            and date.start > 0 and doc[date.start - 1].lower_ in OPENS:
        return "start"
    if date.start >= 2 and doc[date.start - 1].lower_ in JOINS and _dateish(doc[date.start - 2]):
        opened = next((t for t in reversed(doc[max(date.sent.start, date.start - 8):date.start - 1])
                       if t.lower_ in OPENS), None)
        return "end" if opened is not None else None
    return None


def _dateish(tok: Token) -> bool:
    return tok.like_num or tok.lower_.rstrip(".") in _MONTHS
