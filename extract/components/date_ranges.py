"""Date ranges whose first date borrows the year of the second: "from 26 April to 6 May
1993", "Nov. 19 to Dec. 5, 1997", "between April 3 and April 11, 2012". Read alone, the first
date would take the page's year (or none): a flight told by its span began in the span's year,
or the year before when it runs over New Year."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extract.components.dates import DateMention

#: prepositions that open a span told by its two days ("from 26 April to 6 May 1993")
OPENS = frozenset({"from", "between"})
#: words that join a span's two days
JOINS = frozenset({"to", "until", "till", "through", "and", "-", "–", "—"})
#: the same words in the text: what joins the two dates of a range
_JOIN = re.compile(r"\s*(?:" + "|".join(map(re.escape, sorted(JOINS))) + r")\s*", re.IGNORECASE)
#: what opens one ("from", "between"), or nothing
_OPEN = re.compile(r"(?:\b(?:" + "|".join(sorted(OPENS)) + r")\s+|^|[,;(]\s*)$", re.IGNORECASE)


def year_ranges(text: str, found: list[DateMention]) -> list[DateMention]:
    """The dates with each range's year-less first date given the second one's year."""
    out = list(found)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if first.year or not first.month or first.relative or first.weekday or not second.year \
                or not second.month or second.relative:
            continue
        if not _JOIN.fullmatch(text[first.end:second.start]):
            continue
        opener = text[max(0, first.start - 12):first.start]
        if text[first.end:second.start].strip().lower() == "and" and not opener.lower().rstrip().endswith(
                "between"):
            continue  # "on April 3 and May 9, 2012" may be two events; "between ... and ..." is a range
        if not _OPEN.search(opener):
            continue
        year = second.year - (1 if (first.month, first.day) > (second.month, second.day or 31) else 0)
        out[i] = first._replace(year=year)
    return out
