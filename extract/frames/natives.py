"""Whose hometown "native" tells when the word stands before the name: "The Iowa native X",
"Cedar Falls native X" (the place right before the word, the name right after), "A native of
Turin, X flew" (the of-phrase, and the subject of the verb the phrase leads to), "his native
Ottawa" (the owner, a name or a pronoun the references resolve). The
upbringing frame reads the other forms ("X, a native of Y", "X is a native of Y")."""

from __future__ import annotations

from spacy.tokens import Token

from extract.components.context import Context


def native_before_name(ctx: Context, tok: Token) -> tuple[int | None, list[Token]]:
    """The person a fronted "native" describes and the words of its place; none when the word
    stands otherwise."""
    if tok.lower_ != "native":
        return None, []
    head = tok.head
    owner = next((c for c in head.children if c.dep_ == "poss"), None) if tok.dep_ == "amod" else None
    if owner is not None and ctx.is_a(head, "PLACE") and ctx.person(owner) is not None and not (
            owner.pos_ == "PRON" and any(ctx.person(t) not in (None, ctx.person(owner))
                                         for t in tok.doc[owner.i + 1:tok.sent.end])):
        return ctx.person(owner), [head]  # "from his native Ottawa", "Ito's native Osaka"; "his" before
        # another name may be that one's ("flew over her native Ohio, Dana Voss said")
    while ctx.person(head) is None and head.dep_ == "compound" and head.head.i > head.i:
        head = head.head  # "The Texas native and former Navy pilot X": the name the phrase ends in
    person = ctx.person(head)
    if tok.dep_ in ("compound", "amod", "nmod") and person is not None and head.i > tok.i:
        place: list[Token] = []
        i = tok.i - 1
        while i >= tok.sent.start and (ctx.is_a(tok.doc[i], "PLACE") or tok.doc[i].text == ","):
            place.insert(0, tok.doc[i])  # "Cedar Falls native", "Fort Worth, Texas, native"
            i -= 1
        return person, [t for t in place if ctx.is_a(t, "PLACE")]
    if tok.dep_ in ("nsubj", "nsubjpass", "npadvmod", "dep") and tok.head.pos_ in ("VERB", "AUX"):
        subject = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i
                        and ctx.person(c) is not None), None)
        of = [t for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
        if subject is not None and of:
            return ctx.person(subject), of
    return None, []


def place_before_native(ctx: Context, tok: Token) -> list[Token]:
    """The place words right before a "native" that describes a name beside it ("X, a Lake Orion
    native who now lives in Houston"): the home the noun names, not a place of the clause after."""
    if tok.lower_ != "native":
        return []
    place: list[Token] = []
    i = tok.i - 1
    while i >= tok.sent.start and (ctx.is_a(tok.doc[i], "PLACE") or tok.doc[i].text == "," and place):
        place.insert(0, tok.doc[i])  # "Fort Worth, Texas, native"
        i -= 1
    return [t for t in place if ctx.is_a(t, "PLACE")]
