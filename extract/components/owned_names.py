"""Names that hold a possessive ("St. Jude Children's Research Hospital"), which the small
model cuts in two at the "'s": a facility or organisation before it and, after it, an
institution named by generic words alone ("Research Hospital"). Alone, those words name no
particular place, so the two parts are one name."""

from __future__ import annotations

from spacy.tokens import Doc, Span

#: words that make up an institution's kind, not which one it is ("Research Hospital", "Medical Center")
GENERIC = {"research", "hospital", "medical", "center", "centre", "institute", "clinic", "laboratory",
           "laboratories", "museum", "school", "college", "university", "academy", "foundation", "health"}
#: what the part before the possessive may be tagged: a place or a person is an owner ("Texas's Medical Center")
_OWNERS = {"FAC", "ORG"}


def joined_possessives(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities with each "Owner's <generic institution>" pair made one, labelled as the
    institution is."""
    by_end = {e.end: e for e in ents}
    out: list[Span] = []
    for e in sorted(ents, key=lambda s: s.start):
        owner = by_end.get(e.start - 1)
        if owner is not None and e.label_ in ("ORG", "FAC") and owner.label_ in _OWNERS \
                and doc[e.start - 1].lower_ in ("'s", "’s") and all(t.lower_ in GENERIC for t in e):
            out = [o for o in out if o is not owner]
            e = Span(doc, owner.start, e.end, label=e.label_)
        out.append(e)
    return out
