"""Dates: find date expressions, and resolve them against the article's date.

The component finds full dates ("March 2, 2016", "1 September 1969", "1930-01-20"),
partial ones ("March 27", "Feb. 4", "Saturday, August 26", "Thursday 11 November", "June 1981", "in 1963", "in
February", "mid-April") and relative ones ("on Monday", "early Friday", "today", "this morning", "last
year", "last October", "last month", "this spring") with regular expressions over the text, and stores each as a
:class:`DateMention` on ``doc._.astrokg_dates``. :func:`resolve` later turns one into a
literal: relative and partial dates are completed from the article's published date when
it is known, and kept partial when it is not ("March 27" -> ``--03-27``, a gMonthDay).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from extract import extensions
from extract.components.date_ranges import year_ranges
from extract.components.first_letters import first_letters
from extract.components.handovers import other_crew
from extract.facts import Literal

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

_MONTH_NAMES = ("January|February|March|April|May|June|July|August|September|October|November|December|"
                "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec")
_MONTH = rf"(?P<{{n}}>{_MONTH_NAMES})\.?"
_DAY = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{n}>1[89]\d\d|20\d\d)"

#: numbers written as words, for "two years later" and "fifty years ago"
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
            "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a hundred": 100}
_NUMBER = r"\d{1,3}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True))

_WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_WEEKDAY = rf"(?P<{{n}}>{_WEEKDAY_NAMES})"
#: month and weekday names in the capitals of a wire lede ("ON FEBRUARY 20, 1999 the ..."), read
#: as their usual spelling (a copy of the same length, so positions hold)
_CAPITALS = re.compile(rf"(?<![\w-])(?=[A-Z]{{3}})(?:{_MONTH_NAMES.upper()}|{_WEEKDAY_NAMES.upper()})(?![\w-])")

_PATTERNS = [
    # 1930-01-20, 1930 01 20
    rf"{_YEAR.format(n='y1')}(?:-| )(?P<m1>0[1-9]|1[0-2])(?:-| )(?P<d1>[0-3]\d)(?![\d-])",
    # March 2, 2016 / October 13th 1964 / October 13,1964 / March 27 / Feb. 4 / Saturday, August 26
    rf"(?:{_WEEKDAY.format(n='wd2')},? )?{_MONTH.format(n='mn2')} {_DAY.format(n='d2')}(?:,? ?{_YEAR.format(n='y2')})?"
    r"(?![\d:])",
    # 1 September 1969 / the 13th of October, 1964 / 17 October / Saturday 18 June (British style)
    rf"(?:{_WEEKDAY.format(n='wd3')},? (?:the )?)?{_DAY.format(n='d3')}(?: of)? {_MONTH.format(n='mn3')}"
    rf"(?:,? {_YEAR.format(n='y3')})?",
    # May-November 2014, March to May 2030: a span of months, told from its first month, in the year given last
    rf"{_MONTH.format(n='mn8')}(?: ?[-–] ?| to | through | until ){_MONTH.format(n='mn9')},? {_YEAR.format(n='y8')}",
    # June 1981 / October of 1963 / in February
    rf"{_MONTH.format(n='mn4')}(?![A-Za-z])(?:(?:,| of)? {_YEAR.format(n='y4')})?",
    # 1963 (not part of a COSPAR id or a longer number)
    rf"{_YEAR.format(n='y5')}(?![\d-]|s\b)",
    # mid-April, early-March 2024
    rf"(?:[Ee]arly|[Mm]id|[Ll]ate)-{_MONTH.format(n='mn7')}(?![A-Za-z])(?:,? {_YEAR.format(n='y7')})?",
    # relative: last October, next March, this spring
    rf"(?P<way>[Ll]ast|[Tt]his|[Nn]ext) {_MONTH.format(n='mn6')}(?![A-Za-z])",
    r"(?P<season>[Ll]ast|[Tt]his|[Nn]ext) (?:spring|summer|fall|autumn|winter)",
    _WEEKDAY.format(n="wd"),
    r"(?P<rel>[Tt]oday|[Yy]esterday|[Tt]omorrow|(?:[Ll]ast|[Tt]his|[Nn]ext) (?:year|month))",
    # this morning, tonight: a part of the article's own day
    r"(?P<part>[Tt]his (?:morning|afternoon|evening)|[Tt]onight)(?![\w-])",
]
_DATES = "|".join(f"(?:{p})" for p in _PATTERNS)
#: the patterns in one expression, which tries first whether a place starts with what a date can
#: start with (a digit, a capitalised month or weekday, "early", "last", ...), once for all the
#: patterns, so that the search passes over other words at once
_DATE = re.compile(rf"{first_letters(_DATES) or ''}(?<![\w-])(?:{_DATES})")
#: years told from another year ("the same year", "two years later") or from the article's date
#: ("fifty years ago (today)"); a second expression, tried only on texts that say "year", and like
#: _DATE first whether a place starts with what one can start with ("later", "that", a number)
_TOLD_YEARS = "(?i:" + "|".join(f"(?:{p})" for p in (
    r"(?P<same>(?:(?:later|earlier) )?that(?: same)? year|the same year)",
    r"(?P<next>the (?:following|next) year|a year later)",
    r"(?P<prev>the (?:previous|preceding) year|the year before|a year earlier)",
    rf"(?<!some )(?<!about )(?<!around )(?<!nearly )(?<!almost )(?<!roughly )(?<!over )"
    rf"(?P<shift>{_NUMBER}) years (?P<dir>later|earlier|on)",  # not "some twenty years earlier": no year
    rf"(?P<ago>{_NUMBER}) years ago(?P<today> today)?",
)) + ")"
_TOLD = re.compile(rf"{first_letters(_TOLD_YEARS) or ''}(?<![\w-]){_TOLD_YEARS}")
#: every match of _TOLD holds "year", with at most 18 characters before it ("earlier that same year")
#: and 11 after its "year" ("years ago today"); these margins are wider
_TOLD_BEFORE, _TOLD_AFTER = 24, 20
_YEAR_WORD = re.compile(r"(?i)year")


def _told(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_TOLD` in the text, as one scan of it would find them, read only
    around the text's "year"s: tried at every "the", "a" and number of an article, the
    expression costs more than the whole date expression."""
    windows: list[list[int]] = []  # [start, end] of the stretches read, apart from each other
    for m in _YEAR_WORD.finditer(text):
        if windows and m.start() - _TOLD_BEFORE <= windows[-1][1]:
            windows[-1][1] = m.end() + _TOLD_AFTER
        else:
            windows.append([max(0, m.start() - _TOLD_BEFORE), m.end() + _TOLD_AFTER])
    for start, end in windows:
        yield from _TOLD.finditer(text, start, end)


#: a press release's number, whose year part is no date: "N° 13–1996", "No. 45/2003", "Release 2003/45"
_RELEASE_NUMBER = re.compile(r"(?:N[°º]|\bN[or]\.|#|\b[Rr]elease|\b[Nn]umber)\s*(?:\d{1,4}\s*[–/-]\s*)?$")
# Month words that are also ordinary words need a neighbouring number or "in"/"of"/"since".
_AMBIGUOUS_MONTHS = {"may", "march", "jan", "jun", "jul", "aug", "oct", "nov", "dec", "sep", "mar", "apr", "feb"}


#: how far back (characters) a dated narrative gives its year to a date without one
ANCHOR_CHARS = 400


class DateMention(NamedTuple):
    """One date expression as the text gives it, with 0 / "" for the parts it leaves out.

    A tuple, so it stays plain data between processes (where it comes back as a list:
    :meth:`of` makes it a record again) and positions keep working (``date[2]`` is the year).
    """

    start: int  # character offsets in the document
    end: int
    year: int
    month: int
    day: int
    weekday: int  # 1 Monday .. 7 Sunday
    relative: str  # "today", "last_year", "last_month_10" (last October), "ago_50", "ago_50_today", ...
    anchor: int = 0  # the year of the closest earlier date with a year and a month, when near

    @classmethod
    def of(cls, raw: Sequence[int | str]) -> DateMention:
        """A mention from its record or from the plain list it becomes in another process."""
        return raw if isinstance(raw, DateMention) else cls(*raw)  # type: ignore[arg-type]


def past_mention(doc: Doc, start: int, end: int) -> bool:
    """Whether a flight's name at ``doc[start:end]`` is told as one of the past by the year
    right after it ("on Shenzhou-10 in 2013", "the Shenzhou-9 mission in June 2012") or as
    what someone is a veteran of ("a veteran of Shenzhou-11"), or as the crew the story's crew
    meets or takes over from ("take over from the Shenzhou-15 crew"): an aside, not the story's flight."""
    at = start - (start > 0 and doc[start - 1].lower_ == "the")  # "a veteran of the Shenzhou-11 mission"
    if at >= 2 and doc[at - 2].lower_ == "veteran" and doc[at - 1].lower_ == "of":
        return True
    if other_crew(doc, start):
        return True
    i = end + (end < len(doc) and doc[end].lower_ == "mission")
    if i >= len(doc) or doc[i].lower_ != "in":
        return False
    for tok in doc[i + 1:i + 4]:
        if re.fullmatch(r"(19|20)\d\d", tok.text):
            return True
        if tok.lower_ not in _MONTHS and tok.text != ",":
            return False
    return False


def find_dates(text: str) -> list[DateMention]:
    """Every date expression in the text, in order. ``anchor``: "On June 16, 1963 she flew
    ... and returned on June 19" means June 19, 1963."""
    found: list[DateMention] = []
    if _CAPITALS.search(text):
        text = _CAPITALS.sub(lambda m: m.group(0).title(), text)
    matches = list(_DATE.finditer(text))
    if "year" in text or "Year" in text:  # longest first where the two expressions overlap
        both = sorted([*matches, *_told(text)], key=lambda m: (m.start(), -m.end()))
        matches, end = [], -1
        for m in both:
            if m.start() >= end:
                matches.append(m)
                end = m.end()
    for m in matches:
        g = {k: v for k, v in m.groupdict().items() if v}
        year = int(g.get("y1") or g.get("y2") or g.get("y3") or g.get("y4") or g.get("y5") or g.get("y7")
                   or g.get("y8") or 0)
        month_name = g.get("mn2") or g.get("mn3") or g.get("mn4") or g.get("mn6") or g.get("mn7") or g.get("mn8")
        month = int(g["m1"]) if "m1" in g else _MONTHS[month_name.lower()] if month_name else 0
        day = int(g.get("d1") or g.get("d2") or g.get("d3") or 0)
        if day > 31 or "y5" in g and _RELEASE_NUMBER.search(text, max(0, m.start() - 20), m.start()):
            continue
        if "mn4" in g and "y4" not in g:
            before = text[max(0, m.start() - 7):m.start()].lower()
            if not re.search(r"\b(in|since|until|by|of|early|late|mid|from)\s+$", before):
                continue
        if month_name and month_name.lower().rstrip(".") in _AMBIGUOUS_MONTHS and not (day or year or "mn6" in g):
            before = text[max(0, m.start() - 7):m.start()].lower()
            if not re.search(r"\b(in|since|until|by|of)\s+$", before):
                continue
        relative = g.get("rel", "").lower().replace(" ", "_") or ("today" if "part" in g else "")
        if "mn6" in g:  # "last October": a month told from the article's date
            relative = f"{g['way'].lower()}_month_{month}"
        if "season" in g:  # "this spring": the year of the season (its months are not stated)
            relative = {"last": "last_year", "this": "this_year", "next": "next_year"}[g["season"].lower()]
        if "ago" in g:  # resolved against the article's date
            relative = f"ago_{_number(g['ago'])}" + ("_today" if "today" in g else "")
        shift = _shift(g)
        if shift is not None:  # a year told from the last year the text gave
            told = next((d.year for d in reversed(found) if d.year and m.start() - d.end <= 2 * ANCHOR_CHARS), 0)
            if not told:
                continue
            year = told + shift
        named_day = g.get("wd") or g.get("wd2") or g.get("wd3")
        weekday = _WEEKDAYS[named_day.lower()] + 1 if named_day else 0
        anchor = 0
        if month and not year and not relative:
            anchor = next((d.year for d in reversed(found) if d.year and d.month
                           and (m.start() - d.end <= ANCHOR_CHARS or _same_paragraph(text, d, m.start(), month))), 0)
        found.append(DateMention(m.start(), m.end(), year, month, day, weekday, relative, anchor))
    return year_ranges(text, _weekday_years(text, found))


def _same_paragraph(text: str, before: DateMention, start: int, month: int) -> bool:
    """Whether a day told without a year ("The trio launched on May 25") follows a dated one
    in the same paragraph, further than :data:`ANCHOR_CHARS` yet within twice that, later in
    that year's calendar ("lifted off on May 14, 1973. ... The trio launched on May 25"): the
    paragraph's story keeps its year."""
    return start - before.end <= 2 * ANCHOR_CHARS and month >= before.month \
        and "\n\n" not in text[before.end:start]


def _weekday_years(text: str, found: list[DateMention]) -> list[DateMention]:
    """A day told with its weekday and no year ("on Friday (Nov. 14)", one date; "Sunday,
    August 2nd") takes the latest year the text states when that day fell on that weekday
    then: the year of the story, checked by the calendar (a page without a date line gives
    no other)."""
    out: list[DateMention] = []
    for d in found:
        before = out[-1] if out else None
        if before is not None and before.weekday and not (before.month or before.year or d.weekday) \
                and d.month and d.day and re.fullmatch(r"\s*\(\s*", text[before.end:d.start]):
            out[-1] = d._replace(start=before.start, weekday=before.weekday)  # "Friday (Nov. 14)"
        else:
            out.append(d)
    years = [d.year for d in out if d.year]
    latest = max(years, default=0)
    for k, d in enumerate(out):
        if latest and d.weekday and d.month and d.day and not (d.year or d.anchor or d.relative) \
                and weekday_of(latest, d.month, d.day) == d.weekday:
            out[k] = d._replace(anchor=latest)
    return out


def weekday_of(year: int, month: int, day: int) -> int:
    """The weekday (1 Monday .. 7 Sunday) of a day, 0 for no such day."""
    try:
        return dt.date(year, month, day).isoweekday()
    except ValueError:
        return 0


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS[word.lower()]


def _shift(g: dict[str, str]) -> int | None:
    """How many years after (or before) the last year the text gave: "the same year" 0,
    "the following year" 1, "two years earlier" -2; None for other dates."""
    if "same" in g:
        return 0
    if "next" in g:
        return 1
    if "prev" in g:
        return -1
    if "shift" in g:
        return _number(g["shift"]) * (-1 if g["dir"].lower() == "earlier" else 1)
    return None


@Language.factory("astrokg_dates", assigns=["doc._.astrokg_dates"], requires=["doc.ents"], default_config={})
def make_date_finder(nlp: Language, name: str) -> DateFinder:
    return DateFinder(name)


class DateFinder:
    """Stores the date expressions of a document as plain data."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        names = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in NAMED]
        doc._.astrokg_dates = [d for d in find_dates(extensions.text(doc)) if not _inside(d, names)]
        return doc


#: labels of names that may hold a month and a number that are no date ("Long March 2F")
NAMED = {"ROCKET", "SPACECRAFT", "MISSION", "EXPEDITION", "STATION", "LAUNCH_SITE", "PROGRAM", "AWARD"}


def _inside(date: DateMention, names: list[tuple[int, int]]) -> bool:
    return any(s <= date.start < e or s < date.end <= e for s, e in names)


def resolve(date: DateMention | Sequence[int | str], published: str | None, *, future: bool = False,
            told_past: bool = False, anchored: bool = True) -> Literal | None:
    """A date expression as an ISO literal of the precision the text supports.

    ``published`` (ISO, any precision) completes relative and partial dates; ``future`` says
    the fact is planned, so "in September" means the next September, not the last one (nor a
    day of the last few weeks: "to be launched on 18 October" on a page dated October 20 is of
    the page's year, the page dated after it was written); ``told_past`` says the plan is told in
    the past tense ("was scheduled to launch in May", "for Wednesday"): the nearer May, before or
    after the page, and the nearer Wednesday;
    ``anchored=False`` ignores the year of an earlier narrative date (see :func:`find_dates`).

    >>> resolve(DateMention(0, 0, 0, 6, 19, 0, "", 1963), "2023-06-16")
    Literal(value='1963-06-19', datatype='date')
    >>> resolve(DateMention(0, 0, 0, 3, 27, 0, ""), "2015-10-16")
    Literal(value='2015-03-27', datatype='date')
    >>> resolve(DateMention(0, 0, 0, 3, 27, 0, ""), None)
    Literal(value='--03-27', datatype='gMonthDay')
    >>> resolve(DateMention(0, 0, 0, 0, 0, 1, ""), "2016-03-02")
    Literal(value='2016-02-29', datatype='date')
    """
    d = DateMention.of(date)
    year, month, day, weekday, relative, anchor = d.year, d.month, d.day, d.weekday, d.relative, d.anchor
    ref = _parse(published)
    ref_year = ref.year if isinstance(ref, dt.date) else ref[0] if ref is not None else None
    future = future and not told_past  # a plan told in the past is dated like a past event, then the nearer
    if not year and month and anchored and not future and anchor and (ref_year is None or anchor < ref_year - 1):
        year = anchor  # a date inside a narrative of long ago takes the narrative's year (a plan is not of it)
    if relative.startswith("ago_"):
        return _ago(relative, ref)
    if "_month_" in relative:
        return _month_told(relative, ref)
    if relative or weekday and not month:
        if ref is None or not isinstance(ref, dt.date):
            return None
        if weekday:
            delta = (ref.weekday() - (weekday - 1)) % 7
            if future or told_past and delta > 3:  # "launch was scheduled for Wednesday": the nearer one
                delta = -((weekday - 1 - ref.weekday()) % 7)
            return Literal((ref - dt.timedelta(days=delta)).isoformat(), "date")
        shift = {"today": 0, "yesterday": -1, "tomorrow": 1}
        if relative in shift:
            return Literal((ref + dt.timedelta(days=shift[relative])).isoformat(), "date")
        offset = _WAYS[relative.split("_")[0]]
        if relative.endswith("year"):
            return Literal(str(ref.year + offset), "gYear")
        y, m = divmod(ref.year * 12 + ref.month - 1 + offset, 12)
        return Literal(f"{y:04d}-{m + 1:02d}", "gYearMonth")
    if not year and month and ref is not None:
        ref_year = ref.year if isinstance(ref, dt.date) else ref[0]
        ref_month = ref.month if isinstance(ref, dt.date) else ref[1]
        ref_day = ref.day if isinstance(ref, dt.date) else 31
        year = ref_year
        if future and (month, day) < (ref_month, ref_day if day else 0) and not (
                day and _days_before((year, month, day), (ref_year, ref_month, ref_day)) <= _LATE_PAGE_DAYS):
            year += 1
        elif not future and (month, day or 1) > (ref_month, ref_day):
            year -= 1
        if told_past and _days_before((year, month, day or 15), (ref_year, ref_month, ref_day)) > 182:
            year += 1  # "was scheduled to launch in May" on a page of February: this May, not the last
    if year and month and day:
        try:
            return Literal(dt.date(year, month, day).isoformat(), "date")
        except ValueError:
            return None
    if year and month:
        return Literal(f"{year:04d}-{month:02d}", "gYearMonth")
    if year:
        return Literal(f"{year:04d}", "gYear")
    if month and day:
        return Literal(f"--{month:02d}-{day:02d}", "gMonthDay")
    return None


_WAYS = {"last": -1, "this": 0, "next": 1}
#: how many days a planned day may fall before the page's date and still be of the page's year
_LATE_PAGE_DAYS = 31


def _days_before(day: tuple[int, int, int], ref: tuple[int, int, int]) -> int:
    """How many days ``day`` falls before ``ref`` (each year, month, day; a day past the month's
    end is its last day)."""
    def date(year: int, month: int, d: int) -> dt.date:
        return dt.date(year, month, min(d, calendar.monthrange(year, month)[1]))
    return (date(*ref) - date(*day)).days


def _month_told(relative: str, ref: dt.date | tuple[int, int] | None) -> Literal | None:
    """"last October" is the latest October before the article's month, "next March" the
    first March after it, "this September" the one of the article's year."""
    if ref is None:
        return None
    way, _, month = relative.split("_")
    ref_year, ref_month = (ref.year, ref.month) if isinstance(ref, dt.date) else ref
    year = ref_year
    if way == "last" and int(month) >= ref_month:
        year -= 1
    elif way == "next" and int(month) <= ref_month:
        year += 1
    return Literal(f"{year:04d}-{int(month):02d}", "gYearMonth")


def _ago(relative: str, ref: dt.date | tuple[int, int] | None) -> Literal | None:
    """"fifty years ago" is a year; "fifty years ago today" a day, when the article's date is known."""
    if ref is None:
        return None
    years = int(relative.split("_")[1])
    year = (ref.year if isinstance(ref, dt.date) else ref[0]) - years
    if relative.endswith("_today") and isinstance(ref, dt.date):
        try:
            return Literal(ref.replace(year=year).isoformat(), "date")
        except ValueError:  # February 29 in a year without one
            return Literal(dt.date(year, 3, 1).isoformat(), "date")
    return Literal(f"{year:04d}", "gYear")


def _parse(published: str | None) -> dt.date | tuple[int, int] | None:
    if not published:
        return None
    try:
        if len(published) >= 10:
            return dt.date.fromisoformat(published[:10])
        if len(published) == 7:
            return (int(published[:4]), int(published[5:7]))
    except ValueError:
        return None
    return None
