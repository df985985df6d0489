"""Numbers as reporters write them ("seven", "twenty-one", "1,000") and durations with hours
and minutes ("six hours and 42 minutes", "410 days 11 hours and 5 minutes")."""

from __future__ import annotations

import re

from spacy.tokens import Token

_UNITS = {w: i for i, w in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"))}
_TENS = {w: 10 * i for i, w in enumerate(
    ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")) if i > 1}
_SCALES = {"hundred": 100, "thousand": 1000}
_MINUTES = {"minute": 1, "minutes": 1, "min": 1, "mins": 1, "hour": 60, "hours": 60, "hr": 60, "hrs": 60}


def number(text: str) -> int | float | None:
    """The whole number a word or figure says, else None.

    >>> [number(w) for w in ("seven", "twenty-one", "1,000", "a hundred", "two hundred and ten", "ten-day")]
    [7, 21, 1000, 100, 210, None]
    """
    words = text.lower().replace(",", "").replace("-", " ").split()
    if len(words) == 1 and words[0].isdigit():
        return int(words[0])
    if len(words) == 1 and re.fullmatch(r"\d+\.\d+", words[0]):  # "100305.0 minutes"
        return float(words[0])
    total = current = 0
    seen = False
    for i, w in enumerate(words):
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w in _SCALES and (seen or w == "hundred"):
            current = max(current, 1) * _SCALES[w]
            if _SCALES[w] > 100:
                total, current = total + current, 0
        elif w == "a" and i == 0 or w == "and" and seen:
            continue
        else:
            return None
        seen = True
    return total + current if seen else None


def count(tok: Token) -> int | float | None:
    """The number a counting word says, with the number words before it ("twenty one")."""
    words = [tok.text]
    t = tok
    while t.i > 0 and (prev := t.doc[t.i - 1]).like_num and number(prev.text) is not None:
        words.insert(0, prev.text)
        t = prev
    return number(" ".join(words))


_DAYS = {"day": 1, "days": 1}
_JOIN = {"and", ","}


def parts(tok: Token) -> list[tuple[int | float, str]]:
    """The (figure, unit) pairs of the duration a figure or unit word belongs to: "410 days 11
    hours and 5 minutes" -> [(410, "day"), (11, "hour"), (5, "minute")]."""
    doc, sent = tok.doc, tok.sent
    units = {**_DAYS, **_MINUTES}
    i = tok.i
    while i - 1 >= sent.start and (doc[i - 1].like_num or doc[i - 1].lower_ in units
                                   or doc[i - 1].lower_ in _JOIN and i - 2 >= sent.start
                                   and doc[i - 2].lower_ in units):
        i -= 1
    out: list[tuple[int | float, str]] = []
    j = i
    while j + 1 < sent.end:
        n = number(doc[j].text) if doc[j].like_num else None
        unit = doc[j + 1].lower_
        if n is not None and unit in units:
            out.append((n, "day" if unit in _DAYS else "hour" if _MINUTES[unit] == 60 else "minute"))
            j += 2
        elif doc[j].lower_ in _JOIN and out or doc[j].i < tok.i:
            j += 1
        else:
            break
    return out


def minutes(tok: Token) -> int | float | None:
    """The minutes of a duration in hours and minutes ("six hours and 42 minutes" -> 402);
    None when it counts days."""
    found = parts(tok)
    if not found or any(u == "day" for _, u in found):
        return None
    return sum(n * (60 if u == "hour" else 1) for n, u in found)
