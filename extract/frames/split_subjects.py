"""Names the parser hangs apart from a verb's subject instead of coordinating them with it.

Reporters write "A and fellow astronaut B completed a six-hour spacewalk" or, in captions,
"cosmonauts A, left, and B perform a spacewalk"; the small model then makes both names
subjects of the verb, hangs the first one on it as a loose ``dep``, or on the comma before
it, and the coordination that would tell "A and B did it" is lost. The words tell it: the
first name, then only commas and a caption's position words, "and", and the second name
with at most a short title before it ("fellow astronaut", "his crewmate"). In "A, B and C
spent 165 days" the parse makes A and B both subjects (C coordinated with B): the names after
the comma are A's companions too."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.components.context import Context

#: the position words of a caption ("A, left, and B")
_POSITIONS = {"left", "right", "center", "centre", "top", "bottom", "front", "rear", "foreground", "background"}
#: what may lie between the first name and "and"
_BETWEEN = {",", "(", ")", *_POSITIONS}
#: the kinds of word a short title before the second name is made of
_TITLE = ("ADJ", "NOUN", "DET", "PRON", "PROPN")
_MAX_TITLE = 4


def split_subjects(ctx: Context, subj: Token, verb: Token) -> list[int]:
    """The person named right before or after a verb's subject and joined to it by "and" (see
    the module), when the parse hangs that name on the same verb by no preposition; none else."""
    own = ctx.person(subj)
    if own is None or ctx.named_at.get(subj.i) != own:
        return []
    first, last = subj.i, subj.i
    while first - 1 >= subj.sent.start and ctx.named_at.get(first - 1) == own:
        first -= 1
    while last + 1 < subj.sent.end and ctx.named_at.get(last + 1) == own:
        last += 1
    out = []
    for at in (_before(ctx, subj, first), _after(ctx, subj, last)):
        name = subj.doc[at] if at is not None and ctx.named_at.get(at) is not None else None
        other = ctx.person(name) if name is not None else None
        if name is not None and other is not None and other != own and _on_the_verb(name, verb):
            out += [q for q in ctx.conjuncts(other, name) if q != own and q not in out]  # "A, B and C": B and C
    return out


def _before(ctx: Context, subj: Token, first: int) -> int | None:
    """Where the name before "[title] subject" ends: "A, left, and B", "A and fellow astronaut B"."""
    doc, start = subj.doc, subj.sent.start
    i = _skip_title(ctx, doc, first - 1, -1, start)
    if i < start or doc[i].lower_ != "and":
        return None
    i -= 1
    while i >= start and doc[i].lower_ in _BETWEEN:
        i -= 1
    return i if i >= start else None


def _after(ctx: Context, subj: Token, last: int) -> int | None:
    """Where the name after "subject and [title]" starts."""
    doc, end = subj.doc, subj.sent.end
    i = last + 1
    while i < end and doc[i].lower_ in _BETWEEN:
        i += 1
    if i < end and i > last + 1 and doc[last + 1].text == "," and doc[i].dep_ in ("nsubj", "nsubjpass") \
            and doc[i].head.i == subj.head.i and ctx.person(doc[i]) is not None:
        return i  # "A, B and C spent": the parse's second subject opens the rest of the list
    if i >= end or doc[i].lower_ != "and":
        return None
    i = _skip_title(ctx, doc, i + 1, 1, end)
    return i if i < end else None


def _skip_title(ctx: Context, doc: Doc, i: int, step: int, bound: int) -> int:
    """The index past a short title ("fellow astronaut") read from ``i`` in direction ``step``."""
    for _ in range(_MAX_TITLE):
        if not (0 <= i < len(doc)) or i == bound or doc[i].pos_ not in _TITLE or doc[i].lower_ == "and" \
                or ctx.person(doc[i]) is not None:
            break
        i += step
    return i


def _on_the_verb(name: Token, verb: Token) -> bool:
    """Whether a name hangs on the verb by no preposition ("with A and B completed ..." makes
    A a companion, not a subject)."""
    path = [a for a in name.ancestors if a.i != verb.i and verb in a.ancestors]
    return verb in name.ancestors and not any(a.pos_ == "ADP" for a in path)
