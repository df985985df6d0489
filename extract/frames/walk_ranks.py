"""A spacewalk's rank in the career of whom it was "for": "the first spacewalk for A and the
fourth for B", "The spacewalk was the third for A". The rank is A's count of spacewalks then
(the frame reads the owned forms: "her fourth spacewalk")."""

from __future__ import annotations

from spacy.tokens import Token

from extract.components.context import Context
from extract.components.quantities import ordinal


def ranks_for(ctx: Context, noun: Token) -> list[tuple[int, int]]:
    """(person, rank) for each ordinal of a spacewalk noun said "for" a named person."""
    ranked: list[tuple[Token, Token]] = []  # (ordinal word, the word its for-phrase hangs from)
    ranked += [(c, noun) for c in noun.children if c.dep_ == "amod"]
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":  # "the spacewalk was the third for A"
        ranked += [(c, c) for c in noun.head.children if c.dep_ == "attr"]
    for word, _ in list(ranked):
        for holder in (word, noun):
            for c in holder.children:
                for p in c.subtree if c.dep_ == "prep" and c.lower_ == "for" else ():
                    ranked += [(x, x) for x in p.children if x.dep_ == "conj"]  # "... for A and the fourth for B"
    out: list[tuple[int, int]] = []
    for word, holder in ranked:
        rank = ordinal(word)
        if rank is None:
            continue
        for c in holder.children:
            if c.dep_ == "prep" and c.lower_ == "for":
                person = next((ctx.person(t) for t in c.children if t.dep_ == "pobj"), None)
                if person is not None and (person, rank) not in out:
                    out.append((person, rank))
    return out
