"""Letters a page lost in decoding, put back from the same word spelt whole elsewhere on it.

A page read in the wrong encoding shows an accented letter as the replacement character
("Chr\ufffdtien"), so its name is no longer a name and "he" goes to the next man named. When
the page spells the same word whole elsewhere ("Chretien" in its title, "Chrétien"), the
broken one takes that word's letter: each U+FFFD stands for one letter, and the other
letters must agree with accents folded. Only names are mended (a capitalised word of five
letters or more, most of them whole): a lost quote mark or apostrophe is no letter. When two
different words fit ("B\ufffdlla" of "Balla" and "Bella"), the word stays as it is. One
character goes for one, so offsets do not move.
"""

from __future__ import annotations

import re
from collections import Counter

from anyascii import anyascii

_LOST = "\ufffd"
#: a word with at least one lost letter
_BROKEN = re.compile(rf"(?:[^\W\d_]|{_LOST})*{_LOST}(?:[^\W\d_]|{_LOST})*")
#: a word spelt whole
_WORD = re.compile(r"[^\W\d_]+")


def mend(text: str) -> str:
    """The text with each lost letter of a word put back when one spelling on the page fits.

    >>> mend("Chr\ufffdtien flew. Jean-Loup Chrétien was French.")
    'Chrétien flew. Jean-Loup Chrétien was French.'
    >>> mend("B\ufffdlla met Balla and Bella. \ufffdWe are\ufffd, Ana said.")
    'B\ufffdlla met Balla and Bella. \ufffdWe are\ufffd, Ana said.'
    """
    if _LOST not in text:
        return text
    whole = Counter(_WORD.findall(text))
    out = list(text)
    for m in _BROKEN.finditer(text):
        spelling = _the_one_spelling(m.group(), whole)
        if spelling is not None:
            for i, ch in enumerate(m.group()):
                if ch == _LOST:
                    out[m.start() + i] = spelling[i]
    return "".join(out)


def _the_one_spelling(broken: str, whole: Counter[str]) -> str | None:
    """The whole word a broken one is, when all that fit are one word with accents folded
    (the page's most used spelling of it, an accented one before a bare one)."""
    if len(broken) < 5 or 3 * broken.count(_LOST) > len(broken):
        return None
    fits = [w for w in whole if len(w) == len(broken) and w[0].isupper() and all(
        b == _LOST or _folded(b) == _folded(c) for b, c in zip(broken, w, strict=True))]
    if len({_folded(w) for w in fits}) != 1:
        return None
    return max(fits, key=lambda w: (whole[w], not w.isascii()))


def _folded(text: str) -> str:
    return anyascii(text).lower()
