"""The letters a regular expression's matches can begin with, read from its parsed form.

An expression that opens with a look-behind (as every gazetteer rule does: "no word
before") is tried in full at every place of a text: Python's engine skips ahead to a
possible first letter only when the expression opens with one. A look-ahead for the first
letters, put in front, makes most places fail at once and changes no match.
"""

from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

#: a character range wider than this is left unread (the expression gets no look-ahead)
_WIDEST = 256
#: classes of characters written into the look-ahead as they are ("\d" takes every digit Python's does)
_CLASSES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_WORD: r"\w", C.CATEGORY_SPACE: r"\s"}

#: what a part can begin with (letters, and classes as "\d"), and whether it can match nothing
_First = tuple[set[str], bool]


def first_letters(pattern: str) -> str | None:
    """A look-ahead for the letters the pattern's matches begin with, or None when the
    pattern may match nothing or begin with any of too many letters.

    >>> first_letters(r"(?<![\\w-])(?:Soyuz|Progress)")
    '(?=[PS])'
    >>> first_letters(r"(?i:crew|team)s?")
    '(?=(?i:[ct]))'
    >>> first_letters(r"[0-3]?\\d")
    '(?=[0123\\\\d])'
    >>> first_letters(r"\\W+") is None
    True
    """
    parsed = P.parse(pattern)
    folded = [bool(parsed.state.flags & re.IGNORECASE)]

    def sequence(items: Any) -> _First | None:
        letters: set[str] = set()
        for op, av in items:
            if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
                continue  # takes no letter
            found = part(op, av)
            if found is None:
                return None
            letters |= found[0]
            if not found[1]:
                return letters, False
        return letters, True

    def part(op: Any, av: Any) -> _First | None:
        if op is C.LITERAL:
            return {chr(av)}, False
        if op is C.IN:
            letters: set[str] = set()
            for kind, value in av:
                if kind is C.LITERAL:
                    letters.add(chr(value))
                elif kind is C.RANGE and value[1] - value[0] <= _WIDEST:
                    letters |= {chr(c) for c in range(value[0], value[1] + 1)}
                elif kind is C.CATEGORY and value in _CLASSES:
                    letters.add(_CLASSES[value])
                else:
                    return None  # a negated set or class, a wide range
            return letters, False
        if op is C.BRANCH:
            letters, empty = set(), False
            for branch in av[1]:
                found = sequence(branch)
                if found is None:
                    return None
                letters |= found[0]
                empty = empty or found[1]
            return letters, empty
        if op is C.SUBPATTERN:
            folded[0] = folded[0] or bool(av[1] & re.IGNORECASE)
            return sequence(av[3])
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            found = sequence(av[2])
            return None if found is None else (found[0], found[1] or av[0] == 0)
        if op is C.ATOMIC_GROUP:
            return sequence(av)
        return None  # any letter, a back-reference

    found = sequence(parsed)
    if found is None or found[1] or not found[0]:
        return None
    letters = "".join(sorted(c if c in _CLASSES.values() else re.escape(c) for c in found[0]))
    return f"(?=(?i:[{letters}]))" if folded[0] else f"(?=[{letters}])"
