"""Of several dates for one outing asked by its place ("When did X make her first spacewalk?",
when the articles date two of her walks), the one whose own sentence places the outing so ("her
first spacewalk, which came on Jan. 20"; "the first of three walks Aug. 7"). A date whose
sentence gives no place answers nothing: with none placed, or all, the dates stay for the checks
to refuse as several answers to a question that asks for one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from kg.questions.checks import outing_series
from kg.questions.match import Parsed
from kg.questions.templates import Item, Reply

#: Nouns a place in a series ranks when it places an outing ("first spacewalk", "second time"; not
#: "the first time since 2021", counted from a point).
_OUTINGS = ("spacewalk", "space walk", "walk", "excursion", "outing", "eva", "extravehicular", "time", "flight",
            "spaceflight", "mission", "trip", "journey", "launch", "expedition", "stay")
#: Words that set the outing placed apart from those asked ("besides", "other than", "after").
_SET_APART = {"besides", "except", "other", "apart", "excluding", "before", "after", "beyond", "since"}
#: Dates looked at at most: their sentences are one query each.
_MOST = 5


def placed(parsed: Parsed, reply: Reply, sentences: Callable[[Item], Sequence[str]]) -> Reply:
    """``reply`` with only the dates whose sentences place the outing asked, when some do and
    some do not; ``sentences`` gives the sentences an answer rests on. So too the flights
    asked by their place ("Which mission was X's final spaceflight?": the one whose sentence
    says "launched a final time, commanding STS-9"), never by a place another's ("the
    programme's first flight")."""
    words = outing_series(parsed)
    items = reply.items
    dates = parsed.wh == "when" and all(i.kind == "date" for i in items)
    flights = parsed.wh in ("which", "what") and all(i.kind == "entity" and i.iri for i in items)
    if words is None or not 1 < len(items) <= _MOST or not (dates or flights) or any(
            t.lower in _SET_APART for t in parsed.tokens):
        return reply  # "Which missions did X fly besides his final spaceflight?": not the one placed
    ranks = "|".join(re.escape(w) for w in words)
    nouns = "|".join(re.escape(n) for n in _OUTINGS)
    pattern = re.compile(rf"(?<!'s )(?<!’s )\b(?:{ranks})\W+(?:[\w-]+\W+){{0,2}}?(?:{nouns})s?\b"
                         rf"(?!\W+(?:since\b|in\b(?!\W+\d{{4}}\b)))")  # "the first time in 20 years": counted
    # from a point, not an outing's place; "a final time in 1983" is one
    owners = [re.compile(rf"\b{re.escape(m.best.label.split()[-1].lower())}['’]s\b") for m in parsed.mentions]
    kept = [i for i in items if any(pattern.search(_own(s.lower(), owners)) for s in sentences(i))]
    return replace(reply, items=kept) if 0 < len(kept) < len(items) else reply


def _own(sentence: str, owners: Sequence[re.Pattern[str]]) -> str:
    """The sentence with the asked person's possessive read as "her" ("Tomas Kell's final
    spaceflight" places Kell's flight; another's possessive, "the programme's first flight", does not)."""
    for owner in owners:
        sentence = owner.sub("her", sentence)
    return sentence
