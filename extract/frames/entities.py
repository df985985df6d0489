"""The entities of some types among an event's words, in order, optionally only those hung from
given prepositions ("from Baikonur"); not those of an anniversary the event fell on.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from extract.components.context import Context
from extract.rules.common import mention


def entities(ctx: Context, words: list[Token], *labels: str, preps: tuple[str, ...] = ()) -> list[int]:
    """Entities of the labels among the words, in order; with ``preps``, only those whose
    phrase hangs from one of the prepositions ("from Baikonur", "off the coast of X")."""
    out: list[int] = []
    for t in words:
        c = ctx.cluster(t)
        if c is None or ctx.labels[c] not in labels or c in out:
            continue
        if preps and not any(h.lower_ in preps for x in mention(ctx, t) for h in _governors(x)):
            continue
        if ctx.says(_ANNIVERSARY) and _remembered(t):
            continue
        out.append(c)
    return out


_ANNIVERSARY = re.compile(r"anniversar", re.IGNORECASE)


def _remembered(tok: Token) -> bool:
    """Whether a name is inside the phrase of an anniversary the event fell on ("on the 50th
    anniversary of the moon landing of Apollo 11"): another flight, not this one's."""
    return any(a.lemma_ == "anniversary" for a in list(tok.ancestors)[:8])


def _governors(tok: Token) -> list[Token]:
    """The preposition a word hangs from, and the one above a noun it is "of" ("off the coast
    of X": "of" and "off")."""
    while tok.dep_ in ("compound", "nmod", "amod", "nummod") and tok.head.i != tok.i:
        tok = tok.head  # "in the Shenzhou 6 mission": the preposition of the phrase's noun
    head = tok.head
    if head.dep_ != "prep" and head.pos_ != "ADP":
        return []
    out = [head]
    if head.lower_ == "of" and head.head.dep_ == "pobj":
        out.append(head.head.head)
    elif head.lower_ == "of" and head.head.lower_ in _COMPASS:
        out.append(head.head)  # "southeast of X", which the parser may hang as an adverb
    return out


#: directions a place is told from ("148 km southeast of X")
_COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
