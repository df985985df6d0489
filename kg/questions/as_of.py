"""A ranking asked as of a time ("Which Chinese astronaut had the most time in space in April
2022?"): a running figure stated later than the period asked is no figure of that time, and an
undated one cannot be placed in it, so each person is ranked by what was stated by then."""

from __future__ import annotations

import calendar

from kg.questions.match import Parsed, is_year

#: month names and their numbers ("april" -> 4)
_MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}


def period_asked(parsed: Parsed) -> str | None:
    """The year, or year and month, the question places its ranking in ("2022", "2022-04");
    None when it names no year."""
    for t in parsed.tokens:
        n = t.number
        if is_year(n):
            year = f"{int(n)}"
            before = parsed.tokens[t.i - 1].lower if t.i > 0 else ""
            return f"{year}-{_MONTHS[before]:02d}" if before in _MONTHS else year
    return None


def stated_by(as_of: str | None, period: str) -> bool:
    """Was a figure stated on ``as_of`` known by the end of ``period``? (Undated: not known.)"""
    return bool(as_of) and str(as_of)[:len(period)] <= period
