"""A spacewalk's rank in the career of whom it was "for" ("the first spacewalk for A and the
fourth for B", "The spacewalk was the third for A", "For A, it was the second spacewalk"): A's
count of spacewalks then (the frame reads the owned forms: "her fourth spacewalk"); and the
count and total told after "more" walks ("made two more spacewalks and now has nine, adding up
to 62 hours"), or after the walks of one flight ("five spacewalks, which gave him a total of 10")."""

from __future__ import annotations

from spacy.tokens import Token

from extract.components.context import Context
from extract.components.quantities import count, minutes, ordinal


def ranks_for(ctx: Context, noun: Token) -> list[tuple[int, int]]:
    """(person, rank) for each ordinal of a spacewalk noun said "for" a named person."""
    ranked: list[tuple[Token, Token]] = []  # (ordinal word, the word its for-phrase hangs from)
    ranked += [(c, noun) for c in noun.children if c.dep_ == "amod"]
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":  # "the spacewalk was the third for A"
        ranked += [(c, c) for c in noun.head.children if c.dep_ == "attr"]
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":  # "For A, it was the second spacewalk in eight days"
        ranked += [(c, noun.head) for c in noun.children if c.dep_ == "amod"]
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


def count_now(noun: Token) -> tuple[int | None, int | None]:
    """The career count and total told after "more" walks: "made two more spacewalks ... and
    now has nine, adding up to 62 hours and six minutes" gives (9, 3726); (None, None) when
    the sentence goes on otherwise."""
    verb = noun.head if noun.dep_ == "dobj" else None
    if verb is None:
        return None, None
    for c in verb.children:
        if c.dep_ != "conj" or c.lemma_ not in ("have", "total"):
            continue
        number = next((o for o in c.children if o.dep_ == "dobj" and o.pos_ == "NUM"), None)
        if number is None:
            continue
        units = [t for a in (*c.children, *number.children) if a.dep_ in ("advcl", "acl")
                 and a.lemma_ in ("add", "total", "bring") for t in a.subtree
                 if t.lower_ in ("hours", "hour", "minutes", "minute")]  # "has nine, adding up to 62 hours"
        return count(number), (minutes(units[0]) if units else None) or None
    return None, None


#: verbs that carry walks into a career's total ("which gave him a total of 10", "bringing her total to 7")
_ADDING = {"give", "bring", "raise", "push", "take", "lift", "boost"}


def total_after(noun: Token) -> int | None:
    """The career count told after a number of walks: "completed five spacewalks, which gave him
    a total of 10", "made three spacewalks, bringing his total to 7" (10 and 7: the five and the
    three are one flight's); None when no total follows."""
    verb = noun.head if noun.dep_ == "dobj" else None
    carriers = [c for c in noun.children if c.dep_ == "relcl"]
    carriers += [c for c in verb.children if c.dep_ in ("advcl", "conj")] if verb is not None else []
    for adding in (c for c in carriers if c.lemma_ in _ADDING):
        for total in (o for o in adding.children if o.dep_ == "dobj" and o.lower_ in ("total", "tally")):
            preps = [p for p in (*total.children, *adding.children) if p.dep_ == "prep" and p.lower_ in ("of", "to")]
            number = next((o for p in preps for o in p.children if o.dep_ == "pobj" and o.pos_ == "NUM"), None)
            if number is not None:
                return count(number)
    return None


def one_of_several(noun: Token) -> bool:
    """Whether a plural spacewalk noun tells one walk of a series by its rank ("went on the
    first of three walks Aug. 7", "the last of the spacewalks"): that walk had one day and
    one team, as a singular noun has."""
    if noun.tag_ != "NNS":
        return False
    ofs = [c for n in noun.children if n.dep_ == "nummod" for c in n.children if c.dep_ == "quantmod"
           and c.lower_ == "of"]  # the parser's "the [first of] three walks"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        ofs.append(noun.head)
    return any(of.i > 0 and (ordinal(w := noun.doc[of.i - 1]) is not None or w.lower_ in ("last", "final"))
               for of in ofs)  # the rank right before "of": not "the first three of four spacewalks"
