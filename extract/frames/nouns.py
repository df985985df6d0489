"""Whom an event told by a noun is about: its owner ("her launch", "the launch of X", "the Soyuz
MS-25 landing"), the subject of the verb it serves ("made seven spacewalks", "after their
landing"), or of the one it is set out for ("left the station for a spacewalk").
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.components.context import Context
from extract.frames.clauses import JOINING, LIGHT, TIME_SPENT, sets_out
from extract.frames.crafts import CRAFT
from extract.frames.reading import CONTEXT, DIRECT, LISTED, NOBODY, About
from extract.frames.subjects import named_person, of_craft_at, of_subject, person_first
from extract.rules.common import described

#: prepositions of an event noun that tell when something else happened: "after their landing"
WHEN = {"after", "since", "during", "before", "following", "until", "upon", "ahead"}
#: verbs that close something with an event: "ended their mission with a splashdown"
_ENDING = {"end", "conclude", "finish", "close", "wrap", "cap", "complete"}


def _named_doer(ctx: Context, noun: Token) -> About | None:
    """The people a light verb's subject names, for an event noun it takes that an of-phrase
    puts on a flight ("A and B completed the final spacewalk of the mission"), or the person a
    caption shows during it ("A during the fourth EVA of the mission"): they made it, not every
    member of that flight."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "during" and ctx.person(noun.head.head) is not None:
        return named_person(ctx, noun.head.head, LISTED)
    if noun.dep_ != "dobj" or noun.head.lemma_ not in LIGHT:
        return None
    verb = noun.head
    return next((found for c in verb.children if c.dep_ == "nsubj" and ctx.person(c) is not None
                 and (found := of_subject(ctx, c, verb)) is not None), None)


def of_noun(ctx: Context, noun: Token) -> About:
    """Whom an event noun is about: whom it describes, its owner, its doer by a light verb or
    a when-phrase, or whoever set out for it."""
    head = noun.head
    of = None  # the person a noun says something of: "Ann Lee, a native of Ohio", "is part of", "is retired"
    if noun.dep_ == "appos":
        of = ctx.person(head)
    elif noun.dep_ == "pobj" and (head.lower_ == "as" or head.lower_ == "on" and _on_it(head)) \
            or noun.dep_ in ("attr", "acomp") and head.lemma_ == "be":
        of = ctx.subject_of(head.head if head.dep_ == "prep" else head, limit=3)
    elif noun.dep_ == "amod":  # "the retired astronaut X", "A, a retired accountant; B": one person
        of = described(ctx, head)
        return About((of,), None, DIRECT) if of is not None else NOBODY
    if of is not None:
        return About(tuple(ctx.conjuncts(of, head)), None, DIRECT)
    for child in noun.children:
        if child.dep_ == "poss":
            p = ctx.person(child)
            if p is not None:
                return About(tuple(ctx.conjuncts(p, child)), None, DIRECT)
            if ctx.is_a(child, *CRAFT):
                return of_craft_at(ctx, child, noun)
        if child.dep_ == "prep" and child.lower_ in ("of", "by"):
            for t in child.subtree:
                if ctx.person(t) is not None:
                    return named_person(ctx, t, DIRECT)
                if ctx.is_a(t, *CRAFT):
                    return _named_doer(ctx, noun) or of_craft_at(ctx, t, noun)
        if child.dep_ in ("compound", "nmod") and ctx.is_a(child, *CRAFT):
            return of_craft_at(ctx, child, noun)
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_ in _VETERAN:
        return of_noun(ctx, head.head)  # "a veteran of four spacewalks": the veteran's
    if noun.dep_ == "pobj" and head.lower_ in ("on", "in") and head.head.lemma_ in TIME_SPENT:
        owner = next((p for c in head.head.children if c.dep_ == "poss" and (p := ctx.person(c)) is not None), None)
        if owner is not None:  # "Dyson's total time on spacewalks comes to 23 hours": hers
            return About(tuple(ctx.conjuncts(owner, head.head)), None, DIRECT)
    base = _first_conjunct(noun)  # "has logged 189 days in space and six spacewalks": the verb's object too
    head = base.head
    verb = head if base.dep_ in ("dobj", "attr") else head.head if base.dep_ == "pobj" or base.dep_ == "nsubj" \
        and (head.tag_ == "VBG" or head.lower_.endswith("ing")) else None  # "has six spacewalks totalling
    # 33 hours" makes the noun a subject (and the tagger may take "totalling" for a noun)
    if verb is not None and (verb.lemma_ in LIGHT or verb.lemma_ in JOINING and head.lower_ == "in"):
        subjects = person_first(ctx, [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")])
        for child in subjects:
            found = of_subject(ctx, child, verb)
            if found is not None:
                return found
        if subjects and verb.dep_ in ("advcl", "ccomp"):
            return NOBODY  # "A watched as two cosmonauts took part in a spacewalk": their walk, not A's
        p = ctx.subject_of(verb, limit=4)
        return About(tuple(ctx.conjuncts(p, verb)), None, CONTEXT) if p is not None else NOBODY
    ended = head.head.head if head.head.dep_ == "dobj" else head.head  # the parse may hang "with" on the object
    if noun.dep_ == "pobj" and head.lower_ == "with" and ended.lemma_ in _ENDING:  # "ended their mission with
        p = ctx.subject_of(ended, limit=4)  # a splashdown off X": the event that ended it, theirs
        return About(tuple(ctx.conjuncts(p, ended)), None, CONTEXT) if p is not None else NOBODY
    if noun.dep_ == "pobj" and head.lower_ in WHEN:
        p = ctx.subject_of(head.head, limit=4)
        if p is None:  # "During the spacewalk, A and B replaced ...": the parse makes the subject an apposition
            named = next((c for c in noun.children if c.dep_ == "appos" and ctx.person(c) is not None), None)
            return named_person(ctx, named, CONTEXT) if named is not None else NOBODY
        return About(tuple(ctx.conjuncts(p, head.head)), None, CONTEXT)
    return _set_out_for(ctx, noun) or NOBODY


#: nouns for someone by what they have done, whose "of" tells it: "a veteran of four spacewalks"
_VETERAN = {"veteran"}


def _first_conjunct(noun: Token) -> Token:
    """The first of the nouns a noun is coordinated with, which holds their place in the clause
    (the parser may hang a list's middle on its first as an apposition: "300 days, two flights
    and four spacewalks")."""
    while noun.head.i != noun.i and (noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN")
                                     or noun.dep_ == "appos" and noun.head.pos_ == "NOUN"
                                     and any(c.dep_ == "conj" for c in noun.children)):
        noun = noun.head
    return noun


#: verbs whose "on" puts their subject in an event: "was on his first spacewalk", "went on a spacewalk"
_ON_EVENT = {"be", "go", "head", "embark", "set", "venture", "fly", "ride", "step", "work", "serve"}


def _on_it(on: Token) -> bool:
    """Whether an event noun's "on" says its subject was in the event ("was on the
    spacewalk"), not what something else was about ("gave a briefing on the spacewalk")."""
    return on.head.pos_ not in ("VERB", "AUX") or on.head.lemma_ in _ON_EVENT


def _set_out_for(ctx: Context, noun: Token) -> About | None:
    """Who an event noun is about when it is what the subject set out for ("A and B left the
    station on Sunday for a spacewalk") or steered a craft to ("A guided Discovery to a landing").
    Not a launch: "left Houston for the launch" is no one's launch that day."""
    if not sets_out(noun):
        return None
    verb = noun.head.head
    return next((found for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                 and (found := of_subject(ctx, c, verb)) is not None), None)
