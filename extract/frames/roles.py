"""Role readers shared by every frame: who an event is about, and its date, places, craft,
destination and companions, read from the parse, the entity types and the context.

:func:`about` is the one ordered strategy for "who is this about"; each step says how sure
it is, and the facts of the event carry that confidence (a direct dependency is surer than
a list or the context, which are surer than the nearest name).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from extract.components.context import Context
from extract.frames.lexicon import Frame
from extract.rules.common import MISSIONS, VEHICLES, mention, sole_person

#: how sure a reading is, by how it was read
DIRECT, LISTED, CONTEXT, NEAREST = 0.85, 0.75, 0.65, 0.55

CRAFT = (*VEHICLES, *MISSIONS)
#: verbs that only carry an event noun: "made a spacewalk", "conducted the launch"
_LIGHT = {"make", "conduct", "perform", "complete", "carry", "do", "log", "undertake", "stage", "have", "take",
          "begin", "start", "finish", "end", "add", "rack", "notch", "total"}
#: prepositions of an event noun that tell when something else happened: "after their landing"
_WHEN = {"after", "since", "during", "before", "following", "until", "upon", "ahead"}
#: prepositions and adverbs that add companions: "with", "alongside", "along with"
_WITH = {"with", "alongside", "along", "beside", "accompanied"}
#: words for a craft when it is not named: "his capsule landed"
_CRAFT_NOUNS = {"capsule", "spacecraft", "ship", "craft", "vehicle", "spaceship", "rocket"}
_RELATIVE = {"who", "that", "which"}
_VERB_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ")


@dataclass(frozen=True, slots=True)
class About:
    """Whom an event is about: people, or a craft or mission when no one is named, and how
    sure the reading is."""

    people: tuple[int, ...]
    craft: int | None
    confidence: float


NOBODY = About((), None, 0.0)


def about(ctx: Context, tok: Token, frame: Frame | None = None) -> About:
    """Who an event told by a verb or a noun is about. In order: the passive's by-phrase
    when the frame reads it so ("commanded by X"); the grammatical subject (a name, a
    pronoun or "the pair" resolved by the reference component, a relative pronoun's noun,
    coordinated names, a craft and whoever it carried); for a noun, its owner ("her launch",
    "the launch of X", "the Soyuz MS-25 landing") or the subject of the verb it serves
    ("made seven spacewalks", "after their landing"); the subject of the clause the word
    depends on; the one person the sentence names."""
    if frame is not None and frame.by_agent:
        agent = [t for c in tok.children if c.dep_ == "agent" for t in c.subtree if ctx.person(t) is not None]
        if agent:
            return _person(ctx, agent[0], DIRECT)
    if not verbal(tok):
        return _of_noun(ctx, tok)
    verb = tok
    for _ in range(3):  # "is set to launch", "launched and docked": the subject of the verb above
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        for child in subjects:
            found = _subject(ctx, child, verb)
            if found is not None:
                return found
        if subjects or verb.dep_ not in ("xcomp", "conj", "pobj", "pcomp", "acomp") or verb.head.i == verb.i:
            break
        verb = verb.head
    if tok.dep_ in ("relcl", "acl") and ctx.is_a(tok.head, *CRAFT):
        return _craft_at(ctx, tok.head, tok)
    up = ctx.subject_of(tok.head, limit=6) if tok.head.i != tok.i else None
    if up is not None:
        return About(tuple(ctx.conjuncts(up, tok)), None, CONTEXT)
    sole = sole_person(ctx, tok)
    return About((sole,), None, NEAREST) if sole is not None else NOBODY


def _subject(ctx: Context, subj: Token, verb: Token) -> About | None:
    if subj.lower_ in _RELATIVE and verb.dep_ == "relcl":
        subj = verb.head
    p = ctx.person(subj)
    if p is not None:
        return About(tuple(ctx.conjuncts(p, subj)), None, DIRECT)
    named = _named(ctx, subj, *CRAFT)
    if named is not None and ctx.labels[named] == "ROCKET":  # "an Atlas V launched the capsule"
        carried = next((c for c in verb.children if c.dep_ == "dobj"), None)
        named = _named(ctx, carried, "SPACECRAFT", *MISSIONS) if carried is not None else None
        named = named if named is not None else next(
            (f.subject for f in reversed(ctx.facts) if f.start < verb.idx and ctx.labels[f.subject] == "SPACECRAFT"
             and carried is not None and carried.lower_ in _CRAFT_NOUNS), None)
    if named is not None:
        return _craft(ctx, named, subj, verb)
    owner = _owner(ctx, subj)
    if owner is not None and subj.lower_ in _CRAFT_NOUNS:  # "his capsule landed"
        return About(tuple(ctx.conjuncts(owner, subj)), None, DIRECT)
    owners = {t.i for c in subj.children if c.dep_ == "poss" for t in c.subtree}  # "Behnken's wife, X": X
    listed = [t for t in subj.subtree if ctx.named_at.get(t.i) is not None and ctx.person(t) is not None
              and t.i not in owners]
    if listed:  # "the crew of A, B and C", "the three astronauts, A, B and C"
        people = list(dict.fromkeys(ctx.person(t) for t in listed))
        return About(tuple(p for p in people if p is not None), None, LISTED)
    return None


def _craft(ctx: Context, craft: int, noun: Token, verb: Token) -> About:
    """A craft or mission did it: the people it carried ("carrying A and B", "with A aboard",
    "his Soyuz"), else those the article already put on it."""
    owner = _owner(ctx, noun)
    if owner is not None:
        return About(tuple(ctx.conjuncts(owner, noun)), craft, DIRECT)
    carried = [t for c in verb.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in _WITH
               for t in c.subtree if ctx.person(t) is not None]
    if carried:
        return About(_person(ctx, carried[0], LISTED).people, craft, LISTED)
    if verb.dep_ in ("advcl", "conj", "relcl") and verb.head.i != verb.i:  # "she became ... when X lifted off"
        p = ctx.subject_of(verb.head, limit=3)
        if p is not None and ctx.labels[p] == "PERSON":
            return About(tuple(ctx.conjuncts(p, verb.head)), craft, CONTEXT)
    return About(tuple(crew_of(ctx, craft)), craft, CONTEXT)


def crew_of(ctx: Context, craft: int) -> list[int]:
    """The people the article has put on a craft or mission so far: its commander and crew,
    those who rode it."""
    found = [f.entity if f.subject == craft else f.subject for f in ctx.facts
             if f.subject == craft and f.predicate in ("commander", "crewMember") and f.confidence >= LISTED
             or f.entity == craft and f.predicate in ("launchVehicle", "spacecraft") and f.confidence >= LISTED]
    return list(dict.fromkeys(p for p in found if p is not None and ctx.labels[p] == "PERSON"))


#: words for a group of people that a story may name only later ("four astronauts", "the crew")
_GROUPS = {"astronauts", "cosmonauts", "taikonauts", "crew", "crewmates", "trio", "quartet", "pair", "duo", "they",
           "members", "passengers", "tourists", "amateurs", "flyers", "foursome", "threesome", "men", "women"}


def unnamed_group(ctx: Context, tok: Token) -> bool:
    """Whether an event is told of people the sentence does not name: a group ("four
    astronauts rocketed ...", "the crew's landing", "they splashed down") or their craft or
    mission ("Shenzhou-40 lifted off")."""
    verb = tok
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "poss")]
        if subjects:
            return any(c.lower_ in _GROUPS or _named(ctx, c, *CRAFT) is not None for c in subjects)
        if verb.dep_ in ("acl", "relcl"):  # "four astronauts from three countries rocketed ...", parsed loosely
            return any(a.lower_ in _GROUPS for a in [verb.head, *list(verb.head.ancestors)[:3]])
        if verb.dep_ not in ("xcomp", "conj", "advcl") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def the_crew(ctx: Context, tok: Token) -> About:
    """Who "four astronauts", "the crew" or a mission's name means when the sentence names no
    one: the crew of the mission the sentence names, else of the mission the article gives
    most crew for (read after every other fact of the document)."""
    named = [c for t, c in ctx.in_sentence(tok.sent, *MISSIONS, "SPACECRAFT")]
    crews = {c: crew_of(ctx, c) for c in dict.fromkeys(named)}
    if not any(crews.values()):
        missions = {f.subject for f in ctx.facts if f.predicate in ("commander", "crewMember")}
        crews = {c: crew_of(ctx, c) for c in missions}
    best: list[int] = max(crews.values(), key=len, default=[])
    return About(tuple(best), None, NEAREST) if 2 <= len(best) <= 8 else NOBODY


def _person(ctx: Context, tok: Token, how: float) -> About:
    """The person a word names, with those coordinated with them."""
    p = ctx.person(tok)
    return About(tuple(ctx.conjuncts(p, tok)), None, how) if p is not None else NOBODY


def _craft_at(ctx: Context, tok: Token, verb: Token) -> About:
    c = ctx.cluster(tok)
    return _craft(ctx, c, tok, verb) if c is not None else NOBODY


def _of_noun(ctx: Context, noun: Token) -> About:
    head = noun.head
    described = None  # the person a noun says something of: "Ann Lee, a native of Ohio", "is part of"
    if noun.dep_ == "appos":
        described = ctx.person(head)
    elif noun.dep_ == "pobj" and head.lower_ in ("as", "on") or noun.dep_ == "attr" and head.lemma_ == "be":
        described = ctx.subject_of(head.head if head.dep_ == "prep" else head, limit=3)
    if described is not None:
        return About(tuple(ctx.conjuncts(described, head)), None, DIRECT)
    for child in noun.children:
        if child.dep_ == "poss":
            p = ctx.person(child)
            if p is not None:
                return About(tuple(ctx.conjuncts(p, child)), None, DIRECT)
            if ctx.is_a(child, *CRAFT):
                return _craft_at(ctx, child, noun)
        if child.dep_ == "prep" and child.lower_ in ("of", "by"):
            for t in child.subtree:
                if ctx.person(t) is not None:
                    return _person(ctx, t, DIRECT)
                if ctx.is_a(t, *CRAFT):
                    return _craft_at(ctx, t, noun)
        if child.dep_ in ("compound", "nmod") and ctx.is_a(child, *CRAFT):
            return _craft_at(ctx, child, noun)
    verb = head if noun.dep_ in ("dobj", "attr") else head.head if noun.dep_ == "pobj" or noun.dep_ == "nsubj" \
        and head.tag_ == "VBG" else None  # "has six spacewalks totalling 33 hours" makes the noun a subject
    if verb is not None and verb.lemma_ in _LIGHT:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                found = _subject(ctx, child, verb)
                if found is not None:
                    return found
        p = ctx.subject_of(verb, limit=4)
        return About(tuple(ctx.conjuncts(p, verb)), None, CONTEXT) if p is not None else NOBODY
    if noun.dep_ == "pobj" and head.lower_ in _WHEN:
        p = ctx.subject_of(head.head, limit=4)
        return About(tuple(ctx.conjuncts(p, head.head)), None, CONTEXT) if p is not None else NOBODY
    return NOBODY


def _named(ctx: Context, noun: Token, *labels: str) -> int | None:
    """The entity a noun names, itself or by the name before it ("an Atlas V rocket")."""
    for t in (noun, *(c for c in noun.children if c.dep_ in ("compound", "nmod"))):
        if ctx.is_a(t, *labels):
            return ctx.cluster(t)
    return None


def _owner(ctx: Context, noun: Token) -> int | None:
    return next((ctx.person(c) for c in noun.children if c.dep_ == "poss" and ctx.person(c) is not None), None)


def companions(ctx: Context, tok: Token, words: list[Token]) -> list[int]:
    """People an event names beside whom it is about: "with X", "alongside X", "along with
    X", "joined by X", "with X aboard"."""
    found: list[Token] = []
    listing = False
    for t in words:  # the with-phrase may hang from the craft or the place ("aboard X with Y")
        if t.dep_ == "prep" and (t.lower_ in _WITH or listing and t.lower_ == "as") and ctx.person(t.head) is None:
            found += [x for x in t.subtree if ctx.person(x) is not None]  # "with A as pilot and B as ..."
            listing = listing or t.head.i == tok.i
    for child in tok.children:
        if child.lemma_ in ("join", "accompany") and child.tag_ == "VBN":
            found += [t for c in child.children if c.dep_ == "agent" for t in c.subtree if ctx.person(t) is not None]
    return list(dict.fromkeys(p for t in found if (p := ctx.person(t)) is not None))


def verbal(tok: Token) -> bool:
    """Whether an event word is used as a verb, also where the tagger calls it a noun after
    "to" ("is due to land")."""
    if tok.tag_ in _VERB_TAGS or tok.pos_ in ("VERB", "AUX"):
        return True
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ == "to" and tok.tag_ == "NN"


def clause(ctx: Context, tok: Token) -> list[Token]:
    """The words an event's roles are read from: a verb's own clause (for "due to land", the
    clause of "is"); a noun's phrase, and the clause of the verb it is the subject of ("the
    launch is set for June 5")."""
    if verbal(tok) and tok.pos_ in ("NOUN", "PROPN"):
        top = tok
        while top.dep_ in ("pobj", "pcomp", "acomp", "prep") and top.head.i != top.i:
            top = top.head
        return ctx.region(top)
    if not verbal(tok):
        words = list(tok.subtree)
        head = tok.head if tok.dep_ != "pobj" else tok.head.head
        if tok.dep_ in ("nsubj", "nsubjpass") or head.lemma_ in _LIGHT:  # "made a spacewalk on May 2"
            words += [t for t in ctx.region(head) if t not in words]
        return sorted(words, key=lambda t: t.i)
    return ctx.region(tok)


def dates(ctx: Context, tok: Token, words: list[Token]) -> list[tuple[int, float]]:
    """Date expressions of an event, each with how sure: attached to the trigger itself or
    inside its clause."""
    out: list[tuple[int, float]] = []
    for d in ctx.dates_in(words):
        first = ctx.doc.char_span(ctx.dates[d].start, ctx.dates[d].end, alignment_mode="expand")
        if first is not None and tok.lower_ not in _BORN and _of_birth(first):
            continue  # "Born on August 29, 1959, she flew jets": the date of the birth
        direct = first is not None and (first.root.head.i == tok.i or first.root.head.head.i == tok.i)
        out.append((d, DIRECT if direct else LISTED))
    if not out:  # "in May 2001, as she lifted off": the date of the clause the event's clause hangs from
        above: list[Token] = []
        t = tok
        while t.dep_ in ("advcl", "relcl", "acl", "appos", "pobj", "prep", "xcomp", "attr", "dobj") \
                and t.head.i != t.i and len(above) < 6:
            t = t.head
            above.append(t)
        inside = {x.i for x in tok.subtree}
        near = [x for x in ctx.region(above[-1]) if x.i not in inside] if above else []
        out = [(d, CONTEXT) for d in ctx.dates_in(sorted(near, key=lambda x: x.i))]
    return out


_BORN = {"born", "bear"}


def _of_birth(span: Span) -> bool:
    """Whether a date belongs to a birth: the last verb before it in its sentence is "born"."""
    verbs = [t for t in span.doc[span.sent.start:span.start] if t.pos_ in ("VERB", "AUX")]
    return bool(verbs) and verbs[-1].lower_ in _BORN


def entities(ctx: Context, words: list[Token], *labels: str, preps: tuple[str, ...] = ()) -> list[int]:
    """Entities of the labels among the words, in order; with ``preps``, only those whose
    phrase hangs from one of the prepositions ("from Baikonur", "off the coast of X")."""
    out: list[int] = []
    for t in words:
        c = ctx.cluster(t)
        if c is None or ctx.labels[c] not in labels or c in out:
            continue
        if preps and not any(h.lower_ in preps for x in mention(ctx, t) for h in _governors(x)):
            continue
        out.append(c)
    return out


def _governors(tok: Token) -> list[Token]:
    """The preposition a word hangs from, and the one above a noun it is "of" ("off the coast
    of X": "of" and "off")."""
    while tok.dep_ in ("compound", "nmod", "amod", "nummod") and tok.head.i != tok.i:
        tok = tok.head  # "in the Shenzhou 6 mission": the preposition of the phrase's noun
    head = tok.head
    if head.dep_ != "prep" and head.pos_ != "ADP":
        return []
    out = [head]
    if head.lower_ == "of" and head.head.dep_ == "pobj":
        out.append(head.head.head)
    return out
