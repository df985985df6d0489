"""Lengths told as a bound ("a more than seven hour walk", "nearly eight hours"): no length
of their own, so a frame gives no duration for them."""

from __future__ import annotations

from spacy.tokens import Token

#: words right before a number that make it a bound
_BOUND_WORDS = {"over", "nearly", "almost", "under", "exceeding"}
#: pairs of words that do so (not "up to": "adding up to 62 hours" is a sum)
_BOUND_PAIRS = {("more", "than"), ("less", "than"), ("fewer", "than"), ("at", "least"), ("at", "most")}


def bounded(unit: Token) -> bool:
    """Whether the number of a unit word ("hours", "minutes") follows a bound word."""
    numbers = [t for t in unit.subtree if t.like_num and t.i < unit.i]
    first = min(numbers, key=lambda t: t.i) if numbers else unit.doc[unit.i - 1] if unit.i > 0 else unit
    if not first.like_num or first.i < 1:
        return False
    one = unit.doc[first.i - 1].lower_
    two = (unit.doc[first.i - 2].lower_, one) if first.i > 1 else ("", one)
    return one in _BOUND_WORDS or two in _BOUND_PAIRS
