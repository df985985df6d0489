"""The count in a record for the most spacewalks ("holds NASA's record for most spacewalks
(10)", "set the world record for the most spacewalks, 16"): how many spacewalks the holder has
made, told as the record's figure right after its noun."""

from __future__ import annotations

from spacy.tokens import Token

from extract.components.context import Context
from extract.components.quantities import count

#: nouns of a record
_RECORD = {"record", "records", "mark"}
#: verbs whose subject holds the record they take: "holds the record", "set the mark"
_HOLD = {"hold", "set", "own", "have", "break", "claim", "take", "extend"}
#: what may follow the figure: the end of its brackets or of its phrase
_AFTER = {")", ".", ",", ";", "and"}


def most_walks(ctx: Context, walks: Token) -> tuple[int, int] | None:
    """(holder, count) of "holds the record for most spacewalks (10)": the subject of the verb
    that takes the record, by name or pronoun, with the figure told right after "most spacewalks"."""
    if walks.tag_ != "NNS" or walks.dep_ != "pobj" or not any(c.lower_ == "most" for c in walks.children):
        return None
    record = walks.head.head
    if walks.head.lower_ not in ("for", "of") or record.lower_ not in _RECORD or record.dep_ != "dobj" \
            or record.head.lemma_ not in _HOLD:
        return None
    n = _figure(walks)
    subject = next((c for c in record.head.children if c.dep_ == "nsubj"), None)
    if n is None or subject is None or not (subject.pos_ == "PRON" or ctx.named_at.get(subject.i) is not None):
        return None  # "the Spanish-American veteran holds ...": whom a description means is left to others
    holder = ctx.person(subject)
    return (holder, n) if holder is not None else None


def _figure(walks: Token) -> int | None:
    """The number right after a noun, in brackets or after a comma ("most spacewalks (10)",
    "most spacewalks, 16"), and nothing more of its phrase ("16 years ago" is no figure)."""
    doc = walks.doc
    i = walks.i + 1
    if i + 1 >= len(doc) or doc[i].text not in ("(", ",") or not doc[i + 1].like_num:
        return None
    if i + 2 < len(doc) and doc[i + 2].lower_ not in _AFTER:
        return None
    return count(doc[i + 1])
