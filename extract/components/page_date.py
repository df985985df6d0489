"""The date a page states for itself, for an article that comes without a published date
(a saved .txt page): "Thursday" and "Oct. 17" in its story are read against it.

Pages put it in their header: a line of its own ("September 25, 2008"), a stamp
("Updated: 2008-09-29 07:24", "Latest update : 2008-04-19", "By A | China Daily |
Updated: 2013-06-11 02:07", "2008-09-24 18:13:39 CRIENGLISH.com"), or a dateline before
the dash ("(ITAR-TASS) March 6, 2007 (RFE/RL) --"). Only a full date counts (day, month
and year), and only in the header: a date in the story ("On June 16, 1963, she flew") is
the day of an event, not of the page.
"""

from __future__ import annotations

import re

from extract.components.dates import DateMention, find_dates

#: how many lines of a page's start may hold its date (headline, byline, stamp, dateline)
_HEADER_LINES = 6
#: a stamp line: short, a date in ISO form, maybe a time and the outlet's name
_STAMP = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
_STAMP_LINE = 100
#: a line that is a date alone, with at most a weekday and punctuation besides
_BARE = re.compile(r"^[\W\d]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day)?[\W\d]*$", re.I)
#: the dash that ends a dateline
_DASH = re.compile(r"\s(?:--|—|–)\s?|--")


def page_date(text: str) -> str | None:
    """The ISO date (YYYY-MM-DD) a page states in its header, or None.

    >>> page_date("Three rise to orbit\\n\\nSeptember 25, 2008\\n\\nChina launched a ship Thursday.")
    '2008-09-25'
    >>> page_date("Back on Earth\\n\\nLatest update : 2008-04-19\\n\\nHer capsule landed.")
    '2008-04-19'
    >>> page_date("First woman turns 70\\n\\nA (TASS) March 6, 2007 (RFE/RL) -- On June 16, 1963, she flew.")
    '2007-03-06'
    >>> page_date("First woman in space\\n\\nOn June 16, 1963, Valentina Tereshkova flew.") is None
    True
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()][:_HEADER_LINES]
    for line in lines:
        found = _stamp(line) or _bare(line) or _dateline(line)
        if found is not None:
            return found
    return None


def _stamp(line: str) -> str | None:
    """"Updated: 2008-09-29 07:24": an ISO date on a short line."""
    m = _STAMP.search(line)
    if m is None or len(line) > _STAMP_LINE:
        return None
    return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def _bare(line: str) -> str | None:
    """"September 25, 2008" on a line of its own."""
    dates = _full(find_dates(line))
    if len(dates) != 1:
        return None
    d = dates[0]
    rest = line[:d.start] + line[d.end:]
    return _iso(d.year, d.month, d.day) if _BARE.match(rest) else None


def _dateline(line: str) -> str | None:
    """"(ITAR-TASS) March 6, 2007 (RFE/RL) --": the one full date before a dateline's dash."""
    m = _DASH.search(line)
    if m is None or m.start() > 80:
        return None
    dates = _full(find_dates(line[:m.start()]))
    return _iso(dates[0].year, dates[0].month, dates[0].day) if len(dates) == 1 else None


def _full(dates: list[DateMention]) -> list[DateMention]:
    return [d for d in dates if d.year and d.month and d.day and not d.relative]


def _iso(year: int, month: int, day: int) -> str | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"
