"""Regions named by a compass word before a place ("West Texas", "Southern Kazakhstan"),
which the small model tags without it: the region is the place the text names, narrower than
the place alone."""

from __future__ import annotations

from spacy.tokens import Doc, Span

#: capitalised words that, before a place's name, name a part of it
COMPASS = {"West", "East", "North", "South", "Western", "Eastern", "Northern", "Southern", "Central",
           "Northwest", "Northeast", "Southwest", "Southeast"}


def with_compass(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities with each place widened over a compass word just before it that no
    other entity holds."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for e in ents:
        before = doc[e.start - 1] if e.start > 0 else None
        if e.label_ in ("GPE", "LOC") and before is not None and before.text in COMPASS \
                and before.i not in taken:
            e = Span(doc, before.i, e.end, label=e.label_)
        out.append(e)
    return out
