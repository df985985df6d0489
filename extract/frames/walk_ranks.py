"""The career count and total of spacewalks told after "more" walks ("made two more spacewalks
and now has nine, adding up to 62 hours"). A walk's rank ("the fourth for B", "her third
spacewalk") is no count: it says at least that many, and more may follow."""

from __future__ import annotations

from spacy.tokens import Token

from extract.components.quantities import count, minutes


def count_now(noun: Token) -> tuple[int | None, int | None]:
    """The career count and total told after "more" walks: "made two more spacewalks ... and
    now has nine, adding up to 62 hours and six minutes" gives (9, 3726); (None, None) when
    the sentence goes on otherwise."""
    verb = noun.head if noun.dep_ == "dobj" else None
    if verb is None:
        return None, None
    for c in verb.children:
        if c.dep_ != "conj" or c.lemma_ not in ("have", "total"):
            continue
        number = next((o for o in c.children if o.dep_ == "dobj" and o.pos_ == "NUM"), None)
        if number is None:
            continue
        units = [t for a in (*c.children, *number.children) if a.dep_ in ("advcl", "acl")
                 and a.lemma_ in ("add", "total", "bring") for t in a.subtree
                 if t.lower_ in ("hours", "hour", "minutes", "minute")]  # "has nine, adding up to 62 hours"
        return count(number), (minutes(units[0]) if units else None) or None
    return None, None
