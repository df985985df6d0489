"""Family: spouses, partners, twins and siblings."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.components.context import Context, entity, span_of
from extract.rules.common import VERSION


def kin(ctx: Context, tok: Token, span: Span) -> None:
    """Spouse, partner, twin, sibling: "his wife, Annie", "married to X", "twin brother Mark"."""
    low = tok.lower_
    prop = ("spouse" if low in ("wife", "husband", "spouse", "married", "marry", "marries") else
            "partner" if low in ("girlfriend", "boyfriend", "partner", "fiancee", "fiancée", "fiance", "fiancé")
            else "twinOf" if low == "twin" or any(c.lower_ == "twin" for c in tok.lefts) else "siblingOf")
    if low in ("brother", "sister") and any(c.lower_ == "twin" for c in tok.lefts):
        prop = "twinOf"
    if low == "twin" and tok.head.lower_ in ("brother", "sister"):
        return  # handled on the noun
    if low in ("married", "marry", "marries"):
        one = ctx.subject_of(tok)
        others = [ctx.person(t) for t in tok.subtree if t.i > tok.i and ctx.person(t) is not None]
        other = next((o for o in others if o != one), None)
        if one is not None and other is not None:
            ctx.add(one, prop, entity(other), span_of(tok, *[t for t in tok.subtree if t.i > tok.i][:6]),
                    rule=f"{VERSION}:married", confidence=0.85)
        return
    owner = None
    for child in tok.children:
        if child.dep_ == "poss":
            owner = ctx.person(child)
    relative = None
    for child in tok.children:
        if child.dep_ in ("appos",) and ctx.person(child) is not None:
            relative = ctx.person(child)
        elif child.dep_ == "appos":
            relative = next((ctx.person(t) for t in child.subtree if ctx.person(t) is not None), relative)
    if relative is None and tok.dep_ in ("compound", "amod") and ctx.person(tok.head) is not None:
        relative = ctx.person(tok.head)
    if relative is None and tok.dep_ == "appos" and ctx.person(tok.head) is not None:
        relative = ctx.person(tok.head)
    if relative is None:
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.text == ",":
            nxt = tok.doc[tok.i + 2] if tok.i + 2 < len(tok.doc) else None
        if nxt is not None and ctx.person(nxt) is not None:
            relative = ctx.person(nxt)
    if relative is None:
        relative = _named_after(ctx, tok)
    if owner is None:
        if tok.dep_ in ("attr",):
            relative = relative if relative is not None else ctx.subject_of(tok.head, limit=3)
            owner = next((ctx.person(t) for t in tok.subtree if t.i > tok.i and ctx.person(t) is not None), None)
        elif relative is not None and tok.dep_ in ("compound", "amod", "appos"):
            owner = ctx.subject_of(tok.head.head, limit=4) if tok.dep_ != "appos" else None
            if owner == relative:
                owner = None
    if owner is not None and relative is not None and owner != relative:
        ctx.add(owner, prop, entity(relative), span_of(tok, *[t for t in tok.subtree][:8]),
                rule=f"{VERSION}:kin", confidence=0.8)


def _named_after(ctx: Context, tok: Token) -> int | None:
    """The person named right after a kinship word and a comma: "his girlfriend of seven
    years, Amiko Kauderer"."""
    doc = ctx.doc
    for i in range(tok.i + 1, min(tok.i + 9, tok.sent.end)):
        if ctx.person(doc[i]) is not None and ctx.named_at.get(i) is not None:
            return ctx.person(doc[i]) if doc[i - 1].text == "," else None
        if doc[i].pos_ in ("VERB", "AUX"):
            return None
    return None
