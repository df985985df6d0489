"""The words an event's roles are read from: a verb's clause, a noun's phrase and the clause of the
verb that carries it ("made a spacewalk on May 2"), and the clauses of the craft that carried
the people.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.components.context import Context
from extract.frames.crafts import CRAFT_NOUNS, named_entity
from extract.frames.reading import verbal

#: verbs that only carry an event noun: "made a spacewalk", "conducted the launch"
LIGHT = {"make", "conduct", "perform", "complete", "carry", "do", "log", "undertake", "stage", "have", "take",
          "begin", "start", "finish", "end", "add", "rack", "notch", "total", "wrap", "conclude", "lead", "go",
          "spend"}
#: verbs whose "in" carries an event noun as one they took part in: "participated in a spacewalk"
JOINING = {"participate", "partake", "partook"}  # the tagger may read "partook" as a noun, its own lemma

#: nouns of time spent, whose owner's an event noun after "on" is: "her total time on spacewalks"
TIME_SPENT = {"time", "hour", "minute", "total", "tally"}

#: the verbs whose "for", "on" or "to" an event noun follows tell their subject's event, by the noun: "left
#: the station for a spacewalk", "headed out on a spacewalk", "guided the shuttle to a landing at Edwards"
_OUT_FOR = {"spacewalk": {"leave", "exit", "head", "venture", "step", "emerge", "float", "work", "stay", "remain"},
            "landing": {"guide", "steer", "ease", "bring"}}
_OUT_NOUNS = {"spacewalk": "spacewalk", "excursion": "spacewalk", "eva": "spacewalk", "walk": "spacewalk",
              "space": "spacewalk", "landing": "landing", "touchdown": "landing", "splashdown": "landing"}
#: the prepositions of each: "worked in open space", "left the station for a spacewalk"
_OUT_PREPS = {"spacewalk": ("for", "on", "to", "in", "into"), "landing": ("to",)}


def sets_out(noun: Token) -> bool:
    """Whether an event noun is what its clause's subject set out for or steered a craft to ("left
    the station for a spacewalk", "guided Discovery to a landing")."""
    kind = _OUT_NOUNS.get(noun.lower_)
    return kind is not None and noun.dep_ == "pobj" and noun.head.lower_ in _OUT_PREPS[kind] \
        and noun.head.head.lemma_ in _OUT_FOR[kind] and (kind != "spacewalk" or noun.lower_ != "space" or any(
            c.lower_ == "open" for c in noun.children))


def clause(ctx: Context, tok: Token) -> list[Token]:
    """The words an event's roles are read from: a verb's own clause (for "due to land", the
    clause of "is"); a noun's phrase, and the clause of the verb it is the subject of ("the
    launch is set for June 5")."""
    if tok.tag_ == "VBG" and tok.dep_ == "amod" and tok.head.pos_ == "NOUN" and tok.head.i > tok.i:
        return clause(ctx, tok.head)  # "took part in a spacewalking mission": the phrase of the noun it describes
    if verbal(tok) and tok.pos_ in ("NOUN", "PROPN"):
        top = tok
        while top.dep_ in ("pobj", "pcomp", "acomp", "prep") and top.head.i != top.i:
            top = top.head
        return ctx.region(top)
    if not verbal(tok):
        words = list(tok.subtree)
        head = tok.head if tok.dep_ != "pobj" else tok.head.head
        if tok.dep_ in ("nsubj", "nsubjpass") or head.lemma_ in LIGHT or head.lemma_ in JOINING \
                or sets_out(tok):
            words += [t for t in ctx.region(head) if t not in words]  # "made a spacewalk on May 2"
        elif head.lemma_ in TIME_SPENT and head.dep_ == "nsubj":  # "her time on spacewalks comes to 23 hours"
            words += [t for t in ctx.region(head.head) if t not in words]
        return sorted(words, key=lambda t: t.i)
    return ctx.region(tok)


def craft_clauses(ctx: Context, tok: Token) -> list[Token]:
    """The words of clauses hanging from an event verb whose subject is the craft that
    carried the people ("A and B are back on the ground, their capsule thumping down at X on
    Sunday"; "... returned, their capsule Resilience splashing down off Y"): where and when
    the craft came down or went up is where and when they did."""
    out: list[Token] = []
    linked = [c for c in tok.children if c.dep_ in _SIDE]
    if tok.dep_ in _SIDE and tok.head.i != tok.i:  # the parse may hang it the other way round
        linked.append(tok.head)
    for c in linked:
        subject = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
        if c.pos_ in ("VERB", "AUX") and subject is not None and (
                subject.lower_ in CRAFT_NOUNS and subject.lower_ != "rocket"
                or named_entity(ctx, subject, "SPACECRAFT") is not None):
            inside = {x.i for x in subject.subtree} | ({x.i for x in tok.subtree} if c.i == tok.head.i else set())
            out += [t for t in ctx.region(c) if t.i not in inside]
    return out


#: the links of a clause told beside another one
_SIDE = ("advcl", "conj", "ccomp", "parataxis")
