"""A trailing clause the engine cannot read: "Which spacecraft carried X when he became the first
American in space?", "Which capsule did X pilot on the program's last flight?". The restriction
it puts on the answer cannot be checked, so it may be dropped only when the question without it
has exactly one answer (which then meets any restriction the articles could state), and the
answer says the clause was not used; otherwise the question stays unanswered.

Pure: the question's tokens in, the question without its clause out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kg.questions.match import Parsed
from kg.questions.text import Token

#: Words that open a clause of the time something happened ("when he became ...").
_AT_THE_TIME = {"when", "while", "as", "once"}
#: Prepositions of a trailing phrase that places the question on an occasion ("on his last flight").
_ON_OCCASION = {"on", "during", "aboard"}
#: Ranks that place an occasion in a series, which only the sentences could confirm.
_RANKS = {"first", "last", "second", "third", "final", "latest", "maiden", "previous", "next"}


@dataclass(frozen=True)
class Clause:
    """The clause's words and the question without them."""

    text: str
    without: str


def trailing_clause(parsed: Parsed) -> Clause | None:
    """The clause at the end of the question that the engine did not read: an adverbial clause
    of time ("when he became ..."), or a phrase of the main verb that places it on an occasion
    by a rank or a word nothing explains ("on the program's last flight")."""
    tokens = parsed.tokens
    words = [t for t in tokens if not t.is_punct]
    if not words:
        return None
    end = words[-1].i
    for t in tokens:
        span = _subtree(tokens, t)
        if span[-1] != end or span[0] <= 1:
            continue
        opener = tokens[span[0]].lower
        clause = t.dep == "advcl" and opener in _AT_THE_TIME
        phrase = t.dep == "prep" and opener in _ON_OCCASION and any(
            tokens[i].lower in _RANKS or tokens[i].text in parsed.unexplained for i in span)
        if clause or phrase:
            kept = [x for x in tokens if x.i < span[0] or x.i > end]
            return Clause(_joined(tokens[span[0]:end + 1]), _joined(kept).rstrip(" ?") + "?")
    return None


def _subtree(tokens: Sequence[Token], root: Token) -> list[int]:
    """The indices of the token and every word below it, in order."""
    inside = {root.i}
    grown = True
    while grown:
        more = {t.i for t in tokens if t.head in inside and t.i not in inside and t.head != t.i}
        grown = bool(more)
        inside |= more
    return sorted(inside)


def _joined(tokens: Sequence[Token]) -> str:
    return "".join(t.text + t.space for t in tokens).strip()
