"""Spacewalks told as a list after a dash or a colon, each item its walkers and its day:
"two spacewalks -- A and B on November 7, A and C on December 26", "three spacewalks: A and
B on Jan. 6; B and C on Feb. 21". The parser hangs such items anywhere, so they are read in
order from the words: the names since the last date walked on that date. A count of walks may
also be shared out after the mark by companion: "made five spacewalks: four with A and one with B"."""

from __future__ import annotations

from spacy.tokens import Token

from extract.components.context import Context
from extract.components.quantities import count

#: marks that open a list
_OPENERS = {"--", "—", "–", ":", "-"}


def walk_list(ctx: Context, noun: Token) -> list[tuple[list[int], int]]:
    """The walks a list after a plural spacewalk noun tells: the walkers each names and its
    date, in order ("with B on May 2" names only the companion of the one the sentence is
    about); none when the noun opens no list of two or more dated items."""
    sent = noun.sent
    first = noun.i + 1
    if first >= sent.end or noun.doc[first].text not in _OPENERS:
        return []
    items: list[tuple[list[int], int]] = []
    people: list[int] = []
    seen_date: set[int] = set()
    for tok in noun.doc[first + 1:sent.end]:
        if tok.text in _OPENERS:
            break  # the closing dash: the sentence goes on about something else
        d = ctx.date_at.get(tok.i)
        if d is not None:
            if d in seen_date:
                continue  # the later words of the same date ("Jan. 6, 2015")
            seen_date.add(d)
            items.append((people, d))
            people = []
            continue
        p = ctx.person(tok)
        if p is not None and ctx.named_at.get(tok.i) == p and p not in people:
            people.append(p)
    return items if len(items) >= 2 and not people else []


def shares(ctx: Context, noun: Token) -> list[tuple[int, int]]:
    """(companion, walks) of each share a count of walks is told in after a mark ("made five
    spacewalks, mostly to fit the arm: four with A and one with B"), when the shares add up to
    the count: each companion made that many walks with the one the sentence is about."""
    total = next((count(c) for c in noun.children if c.dep_ == "nummod"), None)
    sent = noun.sent
    opener = next((t for t in noun.doc[noun.i + 1:sent.end] if t.text in _OPENERS), None)
    if total is None or opener is None:
        return []
    out: list[tuple[int, int]] = []
    for tok in noun.doc[opener.i + 2:sent.end]:
        before = noun.doc[tok.i - 1]
        if tok.lower_ != "with" or not before.like_num:
            continue
        mate = next((p for c in tok.children if c.dep_ == "pobj" and (p := ctx.person(c)) is not None
                     and ctx.named_at.get(c.i) == p), None)
        n = count(before)
        if mate is not None and n is not None:
            out.append((mate, n))
    return out if len(out) >= 2 and sum(n for _, n in out) == total else []
