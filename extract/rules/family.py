"""Family: spouses, partners, twins and siblings."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.components.context import Context, entity, span_of
from extract.rules.common import VERSION


def kin(ctx: Context, tok: Token, span: Span) -> None:
    """Spouse, partner, twin, sibling: "his wife, Annie", "married to X", "twin brother Mark"."""
    low = tok.lower_
    prop = ("spouse" if low in ("wife", "husband", "spouse") or low in _MARRY else
            "partner" if low in ("girlfriend", "boyfriend", "partner", "fiancee", "fiancée", "fiance", "fiancé")
            else "twinOf" if low == "twin" or any(c.lower_ == "twin" for c in tok.lefts) else "siblingOf")
    if low in ("brother", "sister") and any(c.lower_ == "twin" for c in tok.lefts):
        prop = "twinOf"
    if low == "twin" and tok.head.lower_ in ("brother", "sister"):
        return  # handled on the noun
    if low in _MARRY:
        _married(ctx, tok, prop)
        return
    owner = None
    for child in tok.children:
        if child.dep_ == "poss":
            owner = ctx.person(child)
    relative = _right_after(ctx, tok)  # "his brother Sam Mott, Ivo Lind and ...": not the list's next name
    for child in tok.children if relative is None else ():
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


#: verbs of marrying ("married", "marrying his longtime girlfriend X", "wed")
_MARRY = {"married", "marry", "marries", "marrying", "wed", "weds", "wedded"}
#: words beside a marriage that say it has ended ("married and divorced", "his late wife")
_ENDED = {"divorced", "divorce", "divorces", "late", "former", "ex", "ex-wife", "ex-husband", "widowed"}


def _married(ctx: Context, tok: Token, prop: str) -> None:
    """"X married Y", "by marrying his longtime girlfriend Y", "X was married to A from 1954 to
    1974, B from 1975 to 1978 and C": each spouse listed, as a former one when the marriage is
    told as ended (divorced, or a span of years that closes)."""
    if tok.lower_ == "wed" and tok.pos_ not in ("VERB", "AUX"):
        return
    one = ctx.subject_of(tok)
    if one is None and tok.dep_ == "pcomp" and tok.head.lower_ == "by":  # "gave a gift ... by marrying Y"
        one = ctx.subject_of(tok.head.head, limit=4)
    after = [t for t in tok.subtree if t.i > tok.i and ctx.person(t) is not None and ctx.person(t) != one]
    if one is None or not after:
        return
    listed = _listed_from(ctx, after[0], one)
    ended = any(t.lower_ in _ENDED for t in (*tok.head.children, *tok.children, tok.head)) or any(
        t.lower_ == "from" and any(ctx.date_at.get(x.i) is not None for x in t.subtree) and any(
            c.lower_ == "to" for c in (*t.children, *t.head.children)) for t in tok.subtree)
    for other in dict.fromkeys(p for t in listed if (p := ctx.person(t)) is not None):
        ctx.add(one, prop, entity(other), span_of(tok, *[t for t in tok.subtree if t.i > tok.i][:6]),
                rule=f"{VERSION}:married", confidence=0.85, modality="former" if ended else "reported")


def _listed_from(ctx: Context, first: Token, spouse: int) -> list[Token]:
    """The names listed from the first one on, each maybe with its years ("A from 1954 to 1974,
    B from 1975 to 1978 and C"): the words between them are only commas, "and", "from", "to"
    and dates (a name the model took for something else is passed over); the list ends at the
    name of the one who married ("By marrying A, B proved ...")."""
    names = [first]
    for t in ctx.doc[first.i + 1:first.sent.end]:
        if ctx.person(t) == spouse:
            break
        if ctx.person(t) is not None:
            if ctx.person(t) != ctx.person(names[-1]):
                names.append(t)
        elif not (t.text in (",", "and", "from", "to", "-", "–") or ctx.date_at.get(t.i) is not None
                  or t.pos_ == "PROPN" and t.is_title):
            break
    return names


def _right_after(ctx: Context, tok: Token) -> int | None:
    """The person whose name follows a kinship word at once ("his brother Sam Mott"), however
    the parser hangs the names of a list around it."""
    nxt = tok.i + 1
    if nxt >= tok.sent.end or ctx.named_at.get(nxt) is None:
        return None
    return ctx.person(tok.doc[nxt])


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


#: words of a parent or a child -> (the property from the one whose relative it is, the
#: property back from the relative): a gendered word is kept only for the relative it names
#: ("his mother, A" says A is a mother, not whether he is a son or a daughter)
LINEAGE = {
    "mother": ("mother", "child"), "mom": ("mother", "child"), "mum": ("mother", "child"),
    "father": ("father", "child"), "dad": ("father", "child"),
    "parent": ("parent", "child"), "parents": ("parent", "child"),
    "son": ("son", "parent"), "sons": ("son", "parent"),
    "daughter": ("daughter", "parent"), "daughters": ("daughter", "parent"),
    "child": ("child", "parent"), "children": ("child", "parent"), "kids": ("child", "parent"),
}
#: the plural words, which name every person listed after them ("parents A and B")
_MANY = {"parents", "sons", "daughters", "children", "kids"}


def lineage(ctx: Context, tok: Token, span: Span) -> None:
    """Parents and children, each way: "X's mother, A", "his son Kit Dane", "A, the daughter
    of X", "A is the son of X", "X was born to parents A and B", "X and Y had a son, A". The
    one whose relative it is must be said (a possessive, "of X", the one born, the ones who
    had it) and the relative named: "the son of a farmer" and "his mother's town" give nothing."""
    if tok.dep_ == "poss" or tok.pos_ not in ("NOUN", "PROPN"):
        return
    prop, back = LINEAGE[tok.lower_]
    owners = _whose(ctx, tok)
    relatives = _relatives(ctx, tok)
    if tok.lower_ not in _MANY:
        relatives = relatives[:1]
    evidence = span_of(tok, *[t for t in tok.subtree][:8])
    for owner in owners:
        for relative in relatives:
            if relative != owner:
                ctx.add(owner, prop, entity(relative), evidence, rule=f"{VERSION}:lineage", confidence=0.8)
                ctx.add(relative, back, entity(owner), evidence, rule=f"{VERSION}:lineage", confidence=0.8)


def _whose(ctx: Context, tok: Token) -> list[int]:
    """The people whose parent or child the word is: its possessive ("their" for each of a
    pair), "of X", the one "born to" them, the ones who "had" the child."""
    for child in tok.children:
        if child.dep_ == "poss":
            people = _people(ctx, child)
            if child.pos_ == "PRON" and any(_named_as_relative(ctx, p, tok) for p in people):
                return []  # "Her son, Scott, sat with her mother": "her" is not Scott, whatever it was resolved to
            return people
        if child.dep_ == "prep" and child.lower_ == "of":
            return [p for t in child.children if t.dep_ == "pobj" for p in _people(ctx, t)]
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "born":
        return [p for p in [ctx.subject_of(tok.head.head, limit=2)] if p is not None]
    top = tok
    while top.dep_ in ("conj", "appos") and top.head.i != top.i:  # "a son, A, and a daughter, B"
        top = top.head
    if top.dep_ == "dobj" and top.head.lemma_ == "have":
        subject = next((c for c in top.head.children if c.dep_ == "nsubj"), None)
        people = _people(ctx, subject) if subject is not None else []
        return ctx.conjuncts(people[0], subject) if len(people) == 1 and subject is not None else people
    return []


def _named_as_relative(ctx: Context, person: int, tok: Token) -> bool:
    """Is the person named earlier in the sentence as someone's relative ("Her son, Scott,")?"""
    return any(ctx.named_at.get(t.i) == person and t.dep_ == "appos" and t.head.lower_ in LINEAGE
               for t in tok.doc[tok.sent.start:tok.i])


def _people(ctx: Context, tok: Token) -> list[int]:
    """The person a word names or refers to, or each of a pair a plural pronoun refers to."""
    group = ctx.group_at.get(tok.i)
    if group is not None:
        return list(dict.fromkeys(group))
    person = ctx.person(tok)
    return [person] if person is not None else []


def _relatives(ctx: Context, tok: Token) -> list[int]:
    """The named people the word is said of: in apposition or right after it ("his son, A",
    "parents A and B", each of a list), or the person it describes ("A, the son of X", "A is
    the son of X")."""
    first = next((c for c in tok.children if c.dep_ == "appos" and ctx.named_at.get(c.i) is not None), None)
    if first is None and tok.i + 1 < tok.sent.end and ctx.named_at.get(tok.i + 1) is not None:
        first = tok.doc[tok.i + 1]
    after = _named_after(ctx, tok) if first is None else None
    if after is not None:
        first = next((t for t in tok.doc[tok.i + 1:tok.sent.end] if ctx.person(t) == after), None)
    if first is not None:
        named = [t for t in (first.head if first.head.i > tok.i else first).subtree if t.i > tok.i]
        listed = [first, *(t for t in named if t.dep_ == "conj" and ctx.named_at.get(t.i) is not None)]
        return list(dict.fromkeys(p for t in listed if (p := ctx.person(t)) is not None))
    if tok.dep_ == "appos" and ctx.named_at.get(tok.head.i) is not None:
        return [p for p in [ctx.person(tok.head)] if p is not None]
    if tok.dep_ == "attr" and tok.head.lemma_ == "be":
        subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and ctx.named_at.get(subject.i) is not None:
            return [p for p in [ctx.person(subject)] if p is not None]
    return []
