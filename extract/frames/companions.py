"""The people an event names beside whom it is about: with-phrases ("with A", "along with A",
"with A and B on board"), whom a craft carried ("carrying A and B"), crewmates, and who only
stood in for someone.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.components.context import Context
from extract.components.lists import list_after
from extract.frames.reading import owner_of, verbal

#: prepositions and adverbs that add companions: "with", "alongside", "along with"
WITH = {"with", "alongside", "along", "beside", "accompanied"}

#: prepositions of riding in a craft: "aboard a Soyuz ferrying A and B"
_INSIDE_CRAFT = {"aboard", "on", "in", "inside", "onboard"}
#: verbs whose participle tells whom a craft took along: "the capsule, carrying A and B, landed"
CARRY = {"carry", "send", "bring", "take", "ferry", "transport", "deliver", "fly"}


def carrying(*heads: Token) -> list[Token]:
    """The words of whom a craft took along, told by a participle of the verb or of the craft's
    noun: "lifted off, carrying A and B", "the capsule, carrying A, landed", "sending A"; or
    of the hour or day said after the verb, where the parser may hang it ("was launched at 1833
    GMT carrying A and B")."""
    verbs = [c for head in heads for c in head.children if c.dep_ in ("advcl", "acl", "xcomp", "relcl")
             and c.lemma_ in CARRY and c.pos_ == "VERB"]
    timed = [(c, t) for head in heads for p in head.children if p.dep_ == "prep" and p.lower_ in ("at", "on", "in")
             for t in p.children if t.dep_ == "pobj" and _a_time(t) for c in t.children
             if c.dep_ == "acl" and c.lemma_ in CARRY and c.tag_ == "VBG"]
    verbs += [c for c, _ in timed]
    said = [t for c in verbs for o in c.children if o.dep_ in ("dobj", "prep") for t in o.subtree]
    said += [x for c, t in timed for o in t.children if o.dep_ in ("conj", "appos") and o.i > c.i
             for x in o.subtree]  # "GMT carrying A and the first Vietnamese cosmonaut, Lt. Col. B": the parse may
    # hang the second name on the hour
    return said + [t for c in verbs for t in list_after(c) if t not in said]


#: words of a clock time's zone or half of the day: "at 1833 GMT", "at 4:40 a.m."
_CLOCK = {"gmt", "utc", "edt", "est", "cdt", "cst", "pdt", "pst", "bst", "cet", "cest", "msk", "a.m.", "p.m.",
          "am", "pm", "time", "dawn", "dusk", "noon", "midnight"}


def _a_time(tok: Token) -> bool:
    """Whether a word tells a day or a time of day ("Thursday", "1833 GMT", "4:40 a.m. EDT", "dawn")."""
    return (tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in _CLOCK
            or any(c.ent_type_ in ("DATE", "TIME") for c in tok.children))


def subject_along_with(ctx: Context, subj: Token) -> list[int]:
    """The people an "along with" or "together with" on a subject names ("he along with A, B
    and C are undertaking X", "A, together with B, flew X"): the verb is said of them too."""
    return [p for w in subj.children if w.dep_ == "prep" and w.lower_ in ("along", "together")
            for pw in w.children if pw.dep_ == "prep" and pw.lower_ == "with"
            for n in pw.children if n.dep_ == "pobj"
            for t in (n, *n.conjuncts) if (p := ctx.person(t)) is not None and not stood_in_for(t)]


def along_with(ctx: Context, tok: Token) -> list[int]:
    """"X, along with Y, launched into space": the parser reads the verb as said of Y alone
    (a reduced relative clause on the with-phrase's name); it is said of X, set off before
    "along with" / "together with" / "alongside", and of Y. Empty when the verb is not so hung."""
    if tok.dep_ != "acl" or ctx.person(tok.head) is None or tok.head.dep_ != "pobj":
        return []
    prep = tok.head.head
    lead = prep.head if prep.lower_ == "with" and prep.head.lower_ in ("along", "together") else prep
    if not (lead.lower_ in ("along", "alongside") or lead.lower_ == "with" and lead.i > 0
            and lead.doc[lead.i - 1].lower_ == "together") or lead.i < 2 or lead.doc[lead.i - 1].text != ",":
        return []
    before = lead.doc[lead.i - 2] if lead.lower_ != "with" else lead.doc[lead.i - 3]
    first, other = ctx.person(before), ctx.person(tok.head)
    return [first, other] if first is not None and other is not None and first != other else []


def companions(ctx: Context, tok: Token, words: list[Token]) -> list[int]:
    """People an event names beside whom it is about: "with X", "alongside X", "along with
    X", "joined by X", "with X aboard", "with the outgoing crew, X and Y"."""
    found: list[Token] = []
    listing = False
    for t in words:  # the with-phrase may hang from the craft or the place ("aboard X with Y")
        if t.dep_ == "prep" and (t.lower_ in WITH or listing and t.lower_ == "as") and (
                ctx.person(t.head) is None or _beside_subject(t)):
            named = [x for x in t.subtree if ctx.person(x) is not None and _with_itself(x, t)]
            named += listed_on(ctx, t) if t.lower_ == "with" else []  # "with A as pilot and B as ..."
            named += [x for o in t.children if o.dep_ == "pobj" for x in _after_colon(ctx, o)]
            named += [x for o in t.children if o.dep_ == "pobj" and o.lower_ in _MATES for x in _named_after(ctx, o)
                      if x not in named]  # "with the outgoing crew, American A and Russian B"
            found += [x for x in named if not _doing_else(_name_end(ctx, x), x.sent)]
            listing = listing or t.head.i == tok.i
        elif t.dep_ == "pobj" and t.head.lower_ in _INSIDE_CRAFT:  # "aboard a Soyuz ferrying A and B"
            found += [x for x in carrying(t) if ctx.person(x) is not None and ctx.named_at.get(x.i) is not None
                      and not _in_clause(x, t)]
    for child in tok.children:
        if child.lemma_ in ("join", "accompany") and child.tag_ == "VBN":
            found += [t for c in child.children if c.dep_ == "agent" for t in c.subtree if ctx.person(t) is not None]
    return list(dict.fromkeys(p for t in found if (p := ctx.person(t)) is not None and not stood_in_for(t)))


#: nouns of those one flew with, which a colon may follow with their names
_MATES = {"crewmates", "crewmate", "colleagues", "companions", "crew"}


def _after_colon(ctx: Context, noun: Token) -> list[Token]:
    """The names listed after a colon that follows "crewmates" ("with his Crew-6 crewmates:
    commander A and pilot B"), which the parser hangs on the verb: up to a semicolon or a verb
    of their own (a word such as "pilot" may be read as a verb, but one with no subject)."""
    doc = noun.doc
    if noun.lower_ not in _MATES or noun.i + 1 >= noun.sent.end or doc[noun.i + 1].text != ":":
        return []
    named: list[Token] = []
    for t in doc[noun.i + 2:noun.sent.end]:
        if t.text == ";" or t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            break
        if ctx.person(t) is not None:
            named.append(t)
    return named


def _beside_subject(prep: Token) -> bool:
    """Whether "alongside" (or "along with", "together with") is set off by commas after the
    subject it hangs on ("X, alongside Y, took part in a spacewalk"): Y did it too, where a
    bare "with" on a person may only describe them ("X with her husband")."""
    lead = prep.head if prep.lower_ == "with" and prep.head.lower_ in ("along", "together") else prep
    subject = lead.head
    return (prep.lower_ == "alongside" or lead is not prep) and subject.dep_ in ("nsubj", "nsubjpass") \
        and lead.i > 0 and lead.doc[lead.i - 1].text == ","


def _in_clause(tok: Token, top: Token) -> bool:
    """Whether a word lies in a clause of its own below ``top`` ("a satellite built by A")."""
    for a in tok.ancestors:
        if a.i == top.i:
            return False
        if a.dep_ in ("relcl", "agent") or a.dep_ == "acl" and a.head.i != top.i:
            return True
    return False


def listed_on(ctx: Context, at: Token) -> list[Token]:
    """The names of a list of people that starts after a word, read from the words up to the
    first word that is no name, trade or agency: "with crewmates, NASA astronaut A and
    Roscosmos cosmonaut B" names A and B however the parser splits the second item off."""
    return [t for t in list_after(at) if ctx.named_at.get(t.i) is not None and ctx.person(t) is not None]


def _name_end(ctx: Context, tok: Token) -> int:
    """The index of the last word of the name a word is part of."""
    end, person = tok.i, ctx.person(tok)
    while end + 1 < len(tok.doc) and ctx.person(tok.doc[end + 1]) == person:
        end += 1
    return end


def _with_itself(name: Token, prep: Token) -> bool:
    """Whether a name in a with-phrase is its object or one of a list there ("with A, B and
    C", "with A as pilot"), not a name inside another noun ("with the blessing of A")."""
    for a in name.ancestors:
        if a.i == prep.i:
            return True
        if a.dep_ == "prep" and a.lower_ != "as":
            return False
    return True


#: nouns and verbs of taking someone's place: "a late substitution for X", "replacing X"
_STAND_IN = {"substitution", "substitute", "replacement", "stand-in", "standin", "replace"}


def stood_in_for(tok: Token) -> bool:
    """Whether a name is of the one someone took the place of ("B -- a late substitution for
    X", "B, who replaced X", "in place of X", "instead of X"): X did not fly."""
    for a in (tok, *tok.ancestors):
        if a.dep_ == "pobj" and a.head.lower_ == "for" and a.head.head.lemma_ in _STAND_IN:
            return True
        if a.dep_ == "pobj" and a.head.lower_ == "of" and a.head.head.lower_ in ("place", "instead"):
            return True
        if a.dep_ == "dobj" and a.head.lemma_ in _STAND_IN:
            return True
        if a.pos_ in ("VERB", "AUX") and a.lemma_ not in _STAND_IN:
            return False
    return False


def accompanied(ctx: Context, tok: Token, words: list[Token]) -> list[int]:
    """People said to have done it alongside those it is about ("touched down ... along with
    A and B", "launched alongside A", "together with A"): they did it too. A bare "with" may
    only say who was aboard or who was met, and is left to :func:`companions`."""
    found: list[Token] = []
    for t in words:
        if t.dep_ != "prep":
            continue
        before = t.doc[t.i - 1].lower_ if t.i > 0 else ""
        head = t.head.head if t.head.lower_ in ("along", "together") else t.head  # "along with": "with" on "along"
        if _on_verb_or_subject(head, tok) and (t.lower_ == "alongside" or t.lower_ == "with"
                                                and before in ("along", "together")):
            found += [x for x in t.subtree if ctx.person(x) is not None and ctx.named_at.get(x.i) is not None]
    return list(dict.fromkeys(p for t in found if (p := ctx.person(t)) is not None and not stood_in_for(t)))


def _on_verb_or_subject(head: Token, verb: Token) -> bool:
    """Whether a with-phrase hangs from the verb or, set off by commas, from its subject ("X,
    together with Y, blasted off")."""
    return head.i == verb.i or head.dep_ in ("nsubj", "nsubjpass") and head.head.i == verb.i \
        and head.i + 1 < len(head.doc) and head.doc[head.i + 1].text == ","


#: words that seat a companion on the flight: "with A in the commander's seat", "with A at the controls"
_SEATS = {"seat", "controls", "helm", "cockpit", "aboard", "board", "onboard", "strapped", "seated", "buckled",
          "sitting", "riding", "flying", "beside"}
#: crew roles a companion may be said to fly as: "with A as commander"
_SEAT_ROLES = {"commander", "pilot", "engineer", "specialist", "captain"}


def launched_with(ctx: Context, words: list[Token]) -> list[int]:
    """People a launch's with-phrase names as its object ("launched from X with A and B",
    "with veteran cosmonaut A in the commander's seat", "with A as commander", "alongside the
    company's founder, A"): they went up
    too; not someone the phrase only shows doing something else ("with A watching from the
    stands") nor a name inside another noun ("with the blessing of A")."""
    found: list[int] = []
    for t in words:
        if t.dep_ != "prep" or t.lower_ not in WITH or ctx.person(t.head) is not None:
            continue
        for x in (c for c in t.children if c.dep_ == "pobj"):
            told = (x, *x.conjuncts, *(n for c in x.children if c.dep_ == "appos" for n in (c, *c.conjuncts)),
                    *_named_after(ctx, x), *_after_colon(ctx, x))
            names = [n for n in told if ctx.person(n) is not None and not stood_in_for(n)]  # "with its founder, A"
            if names and not _doing_else(max(n.i for n in names), t.sent):
                found += [p for n in names if (p := ctx.person(n)) is not None and p not in found]
    return found


#: words after a with-phrase's names that seat them in the craft: "with A and B on board"
_ON_BOARD = {"aboard", "board", "onboard", "inside"}


def riders(ctx: Context, words: list[Token]) -> list[int]:
    """People an event's with-phrase seats in the craft ("The launch took place on May 14,
    with A and B on board", "Liftoff came at 9:20, with A and B aboard"): its riders, when the
    event names no one else; a bare "with A" may be whom they met or who watched."""
    found: list[int] = []
    for t in words:
        if t.dep_ != "prep" or t.lower_ != "with" or ctx.person(t.head) is not None:
            continue
        named = [x for x in t.subtree if ctx.person(x) is not None]
        if not named:
            continue
        last = max(x.i for x in named)
        after = [a.lower_ for a in t.doc[last + 1:min(last + 4, t.sent.end)] if not a.is_punct]
        if after[:1] and (after[0] in _ON_BOARD or after[:2] == ["on", "board"]):
            found += [p for x in named if (p := ctx.person(x)) is not None and p not in found]
    return found


def _named_after(ctx: Context, noun: Token) -> list[Token]:
    """The name that follows a title noun after a comma, which the parser may not take as its
    apposition ("alongside the company's founder, Sir A B", "with two cosmonauts, A and B"):
    the name and those listed with it."""
    doc = noun.doc
    if noun.pos_ != "NOUN" or noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
        return []
    name = next((t for t in doc[noun.i + 2:noun.i + 4] if ctx.person(t) is not None), None)
    if name is None:
        return []
    while name.head.i != name.i and ctx.person(name.head) == ctx.person(name):
        name = name.head  # the name's head word, which the others of a list are coordinated with
    return [name, *name.conjuncts]


def _doing_else(i: int, sent: Span) -> bool:
    """Whether the words after a name, up to the next comma or the sentence's end, show it
    doing something else than flying ("with A watching", "with A cheering them on"); a seat
    ("in the commander's seat", "aboard", "as commander") says it flew. Read from the words,
    since the parser hangs such phrases on the verb as often as on the name."""
    after = []
    for tok in sent.doc[i + 1:sent.end]:
        if tok.is_punct:
            break
        after.append(tok)
    words = {t.lower_ for t in after}
    if words & _SEATS or after and after[0].lower_ == "as" and words & _SEAT_ROLES:
        return False
    return bool(after) and after[0].tag_ in ("VBG", "VBN", "VBD", "VBZ", "VBP")


def crewmates(ctx: Context, tok: Token, span: Span) -> tuple[list[int], list[int]]:
    """Whose crewmates a sentence names, and who they are: "Her crewmates are A, B and C",
    "His five fellow passengers: A, B and C", "Riding with him are A and B", "joining her
    were A and B"; "their crewmate C" after "A and B" is the crewmate of both."""
    if verbal(tok):
        objects = [t for c in tok.children if c.dep_ in ("prep", "dobj") for t in (c, *c.children)]
        owner = next((p for t in objects if (p := ctx.person(t)) is not None), None)
        named = [t for t in tok.sent if t.i >= span.end and t.head.i not in {x.i for x in objects}]
    else:
        owner = owner_of(ctx, tok)
        if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
            named = [t for c in tok.head.children if c.dep_ == "attr" for t in c.subtree]
        elif tok.dep_ in ("compound", "nmod") and ctx.person(tok.head) is not None:  # "her crewmates A and B"
            inside = {t.i for t in tok.subtree}
            named = [t for t in tok.head.subtree if t.i not in inside]
            owner = owner if owner is not None else _with_owner(ctx, tok.head)
        else:  # "His fellow passengers: A, B"; "with crewmates NASA astronaut A and B", however parsed
            named = [t for c in tok.children if c.dep_ == "appos" for t in c.subtree] or listed_on(ctx, tok)
            owner = owner if owner is not None else _with_owner(ctx, tok)
    poss = next((c for c in tok.children if c.dep_ == "poss" and ctx.person(c) == owner), None)
    owners = [] if owner is None else ctx.group_at.get(poss.i, [owner]) if poss is not None else [owner]
    return owners, [p for p in dict.fromkeys(ctx.person(t) for t in named if ctx.named_at.get(t.i) is not None)
                    if p is not None and p not in owners]


def _with_owner(ctx: Context, phrase: Token) -> int | None:
    """Whose crewmates a with-phrase names: the person it hangs on, or the subject of the verb
    it hangs on ("X will be with crewmates A and B", "X, with crewmates A and B, landed")."""
    if phrase.dep_ != "pobj" or phrase.head.lower_ not in ("with", "alongside"):
        return None
    head = phrase.head.head
    if ctx.person(head) is not None:
        return ctx.person(head)
    return next((p for c in head.children if c.dep_ == "nsubj" and (p := ctx.person(c)) is not None), None)
