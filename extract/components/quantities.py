"""Numbers and durations as reporters write them, for the rules that read figures.

``number("seven")``, ``number("1,000")``, ``number("forty-three")`` give integers;
``duration("410 days, 11 hours and 5 minutes")`` gives a :class:`Duration` with the whole
days and the total minutes, so one reading serves both time in space (whole days) and a
spacewalk's length (minutes). :func:`count` and :func:`duration_at` read the same from a
token of a parsed sentence, for the frames and rules. Number words go through ``text2num`` (a maintained parser
of English number words); the few forms it leaves out ("a", "a dozen", "and a half") are
handled here.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Span, Token
from text_to_num import text2num

#: English number words text2num reads, for finding them in running text
_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
          "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million"]
_WORD = r"(?:" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")"
#: a number: digits ("1,000", "6.5") or number words ("three hundred and seventy-one"), or "a"/"an"
_NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{_WORD}(?:(?:-|\s+)(?:and\s+)?{_WORD})*|an?)"
_EXTRA = {"a": 1, "an": 1, "a dozen": 12, "dozen": 12, "a couple of": 2, "a pair of": 2}

#: unit -> minutes
_MINUTES = {"week": 10080, "day": 1440, "hour": 60, "minute": 1, "second": 1 / 60}
_SHORT = {"hr": "hour", "h": "hour", "min": "minute", "m": "minute", "sec": "second"}
#: a unit word, or a one-letter unit written against its number ("6h 42m", never "5 m")
_UNIT = r"(?:-|\s*)(?P<unit>weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?)\b|(?P<short>[hm])(?![\w-])"
_PART = re.compile(rf"(?<![\w.,/-])(?P<n>{_NUMBER})(?P<half>[\s-]+and[\s-]+a[\s-]+half|\s*½|\s+1/2)?(?:{_UNIT})",
                   re.IGNORECASE)  # "six and a half hours", "six-and-a-half-hour", "6 1/2-hour", "6½ hours"
#: what may stand between the parts of one duration: "11 hours and 5 minutes", "6h 42m", "1 hour, 42 minutes"
_JOIN = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*)", re.IGNORECASE)


class Duration(NamedTuple):
    """A stated length of time: whole days and total minutes (``days`` is ``minutes // 1440``)."""

    days: int
    minutes: int
    largest: str  # the largest unit the text states ("day", "hour", "minute", ...)

    @classmethod
    def of_minutes(cls, minutes: float, largest: str) -> Duration:
        total = round(minutes)
        return cls(total // 1440, total, largest)


def number(value: str | Token | Span) -> int | None:
    """An integer from digits or number words ("seven", "1,000", "forty-three", "a dozen");
    None for anything else, fractions included."""
    text = " ".join((value if isinstance(value, str) else value.text).lower().split())
    if not text:
        return None
    if text in _EXTRA:
        return _EXTRA[text]
    if re.fullmatch(r"an? (?:hundred|thousand|million)\b.*", text):  # "a hundred and ten"
        text = "one" + text[text.index(" "):]
    plain = text.replace(",", "")
    if plain.isdigit():
        return int(plain)
    if not re.fullmatch(_NUMBER, text):
        return None
    try:
        return int(text2num(text.replace(" and ", " "), "en"))
    except ValueError:
        return None


def figure(value: str | Token | Span) -> int | float | None:
    """A whole number as :func:`number` reads it, or a decimal figure ("6.5", "100305.0") as a
    float; None for anything else."""
    found = number(value)
    if found is not None:
        return found
    text = (value if isinstance(value, str) else value.text).replace(",", "")
    return float(text) if re.fullmatch(r"\d+\.\d+", text) else None


_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
             "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
             "twentieth"]


def ordinal(value: str | Token) -> int | None:
    """The rank an ordinal word gives ("seventh" -> 7, "10th" -> 10), None for anything else.

    >>> ordinal("seventh"), ordinal("10th"), ordinal("ten")
    (7, 10, None)
    """
    text = (value if isinstance(value, str) else value.text).lower()
    if text in _ORDINALS:
        return _ORDINALS.index(text) + 1
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", text)
    return int(m.group(1)) if m else None


def _amount(text: str) -> float | None:
    found = figure(text)
    return float(found) if found is not None else None


def find_durations(text: str) -> list[tuple[int, int, Duration]]:
    """Every duration in a text: (start, end, duration), parts joined ("410 days 11 hours
    and 5 minutes" is one, not three; each part must be of a smaller unit than the last)."""
    found: list[tuple[int, int, Duration]] = []
    pos = 0
    while (m := _PART.search(text, pos)) is not None:
        minutes, end = 0.0, m.end()
        units: list[str] = []
        part: re.Match[str] | None = m
        while part is not None and (amount := _amount(part.group("n"))) is not None:
            unit = _unit(part)
            if units and _MINUTES[unit] >= _MINUTES[units[-1]]:
                break  # "6 days 3 days" is two figures, not one
            minutes += (amount + (0.5 if part.group("half") else 0)) * _MINUTES[unit]
            units.append(unit)
            end = part.end()
            join = _JOIN.match(text, end)
            part = _PART.match(text, join.end()) if join is not None else None
        if units:
            found.append((m.start(), end, Duration.of_minutes(minutes, units[0])))
        pos = end
    return found


def _unit(m: re.Match[str]) -> str:
    """The unit a part states, by its full name ("hrs" -> "hour")."""
    word = (m.group("unit") or m.group("short")).lower()
    word = word[:-1] if len(word) > 1 and word.endswith("s") else word
    return _SHORT.get(word, word)


def duration(value: str | Span) -> Duration | None:
    """The first duration a text or span states ("six hours and 42 minutes" -> 0 days,
    402 minutes; "371-day" -> 371 days), None when it states none."""
    found = find_durations(value if isinstance(value, str) else value.text)
    return found[0][2] if found else None


def count(tok: Token) -> int | None:
    """The number a counting word says, with the number words before it ("twenty one")."""
    start = tok.i
    while start > 0 and (prev := tok.doc[start - 1]).like_num and number(prev) is not None:
        start -= 1
    return number(tok.doc[start:tok.i + 1])


def duration_at(tok: Token) -> Duration | None:
    """The duration a figure or unit word of a parsed sentence belongs to ("hours" in "410 days
    11 hours and 5 minutes" gives the whole of it), None when it is part of none."""
    sent = tok.sent
    at = tok.idx - sent.start_char
    return next((d for start, end, d in find_durations(sent.text) if start <= at < end), None)


def minutes(tok: Token) -> int | None:
    """The minutes of a duration told in hours and minutes ("six hours and 42 minutes" -> 402);
    None when it counts days or weeks."""
    found = duration_at(tok)
    return found.minutes if found is not None and found.largest not in ("day", "week") else None
