"""The date a story is told from, against which its "Monday", "yesterday" and "Oct. 17" are read.

The story's own dateline comes first: "Kennedy Space Center, Fla. (April 5, 2010) --", "(ITAR-TASS)
March 6, 2007 (RFE/RL) --", "Brussels, 17 Oct 2003" on a line of its own. A page saved or
republished later keeps its story's dateline but gets a new date at its top (the crawl's or the
republication's): the dateline says when the story was written. Without one, the article's
published date, else the date the page's header states: a line of its own ("September 25, 2008"),
a stamp ("Updated: 2008-09-29 07:24", "Latest update : 2008-04-19", "By A | China Daily |
Updated: 2013-06-11 02:07", "2008-09-24 18:13:39 CRIENGLISH.com", "date 2019-10-18 Washington --").
A dateline that gives the day without its year ("BEIJING, Sept. 27 (Xinhua) --") takes the
year of that header date when the header date is a few days after it at most.

Only a header's date counts, never a date in the story ("On June 16, 1963, she flew" is the day
of an event, and "Launched\\n6 June 1985" is a field of a data sheet). And a header date the
story contradicts is none: a story that says "on Wednesday, April 7" was not written in a year
whose April 7 is no Wednesday, so its "Monday" is left undated rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re

from extract.components.dates import DateMention, find_dates, weekday_of

#: how many lines of a page's start may hold its date (headline, byline, stamp)
_HEADER_LINES = 6
#: how many may come before the story's dateline (a headline, a caption, a byline, a stamp)
_DATELINE_LINES = 8
#: a stamp line: short, a date in ISO form, maybe a time and the outlet's name
_STAMP = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
_STAMP_LINE = 100
#: a page's date written before its text on the same line: "date 2019-10-18 Washington, D.C. --"
DATE_FIELD = re.compile(r"^date ((?:19|20)\d\d)-(\d\d)-(\d\d)\b", re.I)
#: the words a line of the page's date may hold besides it: a weekday, a time and its zone, an
#: update's ("Last Updated: Sunday, 4 May, 2003, 13:19 GMT", "Wed 30 Sep 2009 04.28 EDT")
_STAMP_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
                "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "am", "pm", "a", "p", "m", "gmt", "utc", "uk",
                "edt", "est", "cdt", "cst", "mdt", "mst", "pdt", "pst", "bst", "cet", "cest", "updated", "update",
                "published", "posted", "last", "latest", "page", "at", "on"}
_UPDATED = {"updated", "update", "published", "posted"}
#: the dash that ends a dateline
_DASH = re.compile(r"\s(?:--|—|–)\s?|--")
#: a word of a sentence, which a dateline's place, agency and date never hold
_WORDS = re.compile(r"(?<![\w(/-])[a-z]{3,}\b")
#: a dateline of its own line: a place ("Brussels", "Kennedy Space Center, Fla.") and a comma before the date
_PLACE = re.compile(r"^[A-Z][\w.'’ -]{0,40}(?:, [A-Z][\w.'’ -]{0,20})?,\s*$")
_PLACE_LINE = 70
#: a line before a date that makes the date a field of a data sheet, not the page's ("Launched", "Born")
_FIELDS = {"launched", "launch", "landed", "landing", "born", "birth", "died", "death", "docked", "undocked",
           "selected", "retired", "recovered", "returned", "decayed", "flown", "flight"}
#: the bounds of a line, for the words between its dates
_NOWHERE = DateMention(0, 0, 0, 0, 0, 0, "")
_END = DateMention(10**6, 10**6, 0, 0, 0, 0, "")
#: a weekday's name, and how far after it its day may be written ("Wednesday, the 7th of April")
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.I)
_WEEKDAY_REACH = 30
#: how many days a header date may come after the day a dateline gives without its year
_LATER_DAYS = 14


def story_date(text: str, published: str | None = None) -> str | None:
    """The ISO date (YYYY-MM-DD) a story is told from (see the module), or None.

    >>> story_date("Three rise to orbit\\n\\nSeptember 25, 2008\\n\\nChina launched a ship Thursday.")
    '2008-09-25'
    >>> story_date("Ship rises\\n\\nSeptember 30, 2033\\n\\nCape Town (March 7, 2028) -- A ship rose Tuesday.")
    '2028-03-07'
    >>> story_date("Ship rises\\n\\nSeptember 30, 2033\\n\\nA ship rose Monday and docks on Monday, April 7.")
    >>> story_date("Back on Earth\\n\\nLatest update : 2008-04-19\\n\\nHer capsule landed.")
    '2008-04-19'
    >>> story_date("First woman turns 70\\n\\nA (TASS) March 6, 2007 (RFE/RL) -- On June 16, 1963, she flew.")
    '2007-03-06'
    >>> story_date("First woman in space\\n\\nOn June 16, 1963, Valentina Tereshkova flew.") is None
    True
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()][:_DATELINE_LINES]
    for line in lines:
        told = _dateline(line) or _place_line(line)
        if told is not None and told.year:
            return _iso(told.year, told.month, told.day)
    header = published[:10] if published and len(published) >= 10 else published or _header(lines)
    day = next((d for d in map(_dateline, lines) if d is not None), None)
    if day is not None and header is not None and len(header) == 10:
        return _with_year(day, header)
    if header is not None and not published and not _fits(text, header):
        return None
    return header


def _header(lines: list[str]) -> str | None:
    """The first date of a stamp or of a line of its own in the header, not a data sheet's field."""
    for k, line in enumerate(lines[:_HEADER_LINES]):
        found = _stamp(line) or (_bare(line) if k == 0 or not _field(lines[k - 1]) else None)
        if found is not None:
            return found
    return None


def _field(line: str) -> bool:
    """Whether a line names a data sheet's field ("Launched", "Landing date", "Born:")."""
    words = re.findall(r"[a-z]+", line.lower())
    return 0 < len(words) <= 3 and any(w in _FIELDS for w in words)


def _stamp(line: str) -> str | None:
    """"Updated: 2008-09-29 07:24": an ISO date on a short line, or after "date" at a line's start."""
    m = DATE_FIELD.match(line) or (_STAMP.search(line) if len(line) <= _STAMP_LINE else None)
    if m is None:
        return None
    return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def _bare(line: str) -> str | None:
    """"September 25, 2008" on a line of its own, or with a weekday, a time and words of an
    update ("Last Updated: Sunday, 4 May, 2003, 13:19 GMT"): the line's first date."""
    if len(line) > _STAMP_LINE:
        return None
    dates = _full(find_dates(line))
    if not dates:
        return None
    rest = "".join(line[d.end:e.start] for d, e in zip([_NOWHERE, *dates], [*dates, _END], strict=True))
    words = set(re.findall(r"[a-z]+", rest.lower()))
    if not words <= _STAMP_WORDS or words & {"on", "at"} and not words & _UPDATED:
        return None  # "On June 16, 1963" on a line of its own tells an event
    return _iso(dates[0].year, dates[0].month, dates[0].day)


def _dateline(line: str) -> DateMention | None:
    """"(ITAR-TASS) March 6, 2007 (RFE/RL) --", "BEIJING, Sept. 27 (Xinhua) --": the one date
    with its day before a dateline's dash (its year may be left out)."""
    m = _DASH.search(line)
    if m is None or m.start() > 80 or _WORDS.search(line[:m.start()]) or "---" in line:  # "---": a photo's caption
        return None
    dates = [d for d in find_dates(line[:m.start()]) if d.month and d.day and not d.relative]
    return dates[0] if len(dates) == 1 else None


def _place_line(line: str) -> DateMention | None:
    """"Brussels, 17 Oct 2003": a place and a full date, the whole line."""
    if len(line) > _PLACE_LINE or "," not in line:
        return None
    dates = find_dates(line)
    if len(dates) != 1 or not (dates[0].year and dates[0].month and dates[0].day) or line[dates[0].end:].strip(" ."):
        return None
    return dates[0] if _PLACE.match(line[:dates[0].start]) else None


def _with_year(day: DateMention, header: str) -> str | None:
    """A dateline's day in the year of a header date a few days after it at most, else None: the
    header is then no date of this story."""
    ref = dt.date.fromisoformat(header)
    for year in (ref.year, ref.year - 1):
        iso = _iso(year, day.month, day.day)
        if iso is not None and 0 <= (ref - dt.date.fromisoformat(iso)).days <= _LATER_DAYS:
            return iso
    return None


def _fits(text: str, header: str) -> bool:
    """Whether every day the story gives with its weekday and no year ("Wednesday, April 7") is
    that weekday in the header's year or a year beside it (the year a day is read in)."""
    if len(header) != 10:
        return True
    year = int(header[:4])
    told = (d for m in _WEEKDAY.finditer(text) for d in find_dates(text[m.start():m.end() + _WEEKDAY_REACH])[:1])
    for d in told:  # only the words after each weekday: a day told with it follows it
        if d.weekday and d.month and d.day and not d.year and not any(
                weekday_of(y, d.month, d.day) == d.weekday for y in (year - 1, year, year + 1)):
            return False
    return True


def _full(dates: list[DateMention]) -> list[DateMention]:
    return [d for d in dates if d.year and d.month and d.day and not d.relative]


def _iso(year: int, month: int, day: int) -> str | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
