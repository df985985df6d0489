"""Names the parser hangs beside a verb's subject instead of coordinating them with it.

Reporters write "A and fellow astronaut B completed a six-hour spacewalk" or, in captions,
"cosmonauts A, left, and B perform a spacewalk"; the small model then makes both names
subjects of the verb, or hangs the first one on it as a loose ``dep``, and the coordination
that would tell "A and B did it" is lost. Such a name belongs to the subject when only
commas, "and" and a caption's position words lie between the two names."""

from __future__ import annotations

from spacy.tokens import Token

from extract.components.context import Context

#: the labels under which the parser hangs the other name on the verb
_BESIDE = ("nsubj", "nsubjpass", "dep")
#: the position words of a caption ("A, left, and B")
_POSITIONS = {"left", "right", "center", "centre", "top", "bottom", "front", "rear", "foreground", "background",
              "above", "below"}
#: what may lie between the two names
_BETWEEN = {",", "and", "(", ")", *_POSITIONS}


def split_subjects(ctx: Context, subj: Token, verb: Token) -> list[int]:
    """The people named beside a verb's subject and joined to it by "and" (see the module):
    none when the subject names no one or the names are apart in any other way."""
    own = ctx.person(subj)
    if own is None:
        return []
    out: list[int] = []
    for other in verb.children:
        other_one = ctx.person(other)
        if other.i == subj.i or other.dep_ not in _BESIDE or other.i > verb.i or other_one is None \
                or other_one == own or ctx.named_at.get(other.i) != other_one or other_one in out:
            continue
        first, second = sorted((subj, other), key=lambda t: t.i)
        gap = first.doc[first.i + 1:second.left_edge.i]
        if any(t.lower_ == "and" for t in gap) and all(t.lower_ in _BETWEEN for t in gap):
            out.append(other_one)
    return out
