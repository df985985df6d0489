"""What the relation rules share: entity kinds, the gazetteer's countries and states, and the
small walks that find who or what a word is about."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extract.components.context import Context
from extract.patterns import read_jsonl

VERSION = "relations/1"


PLACES = ("PLACE", "LAUNCH_SITE")


MISSIONS = ("MISSION", "EXPEDITION")
#: nouns for one stay in space that a figure of days can measure ("a 371-day mission", "their 178-day stay")
STAYS = {"stay", "mission", "flight", "spaceflight", "expedition", "trip", "journey", "sojourn", "stint", "voyage"}


def once_flown(ctx: Context, craft: int | None) -> int | None:
    """A flight or craft whose name has a number ("Faith 7", "Soyuz T-13", "STS-71"): one
    flight's, unlike a type or an orbiter that flew many times."""
    if craft is None or ctx.labels[craft] not in (*MISSIONS, "SPACECRAFT"):
        return None
    return craft if any(ch.isdigit() for ch in str(ctx.clusters[craft]["name"])) else None


VEHICLES = ("SPACECRAFT", "ROCKET")


COUNTRIES = {c["name"] for c in read_jsonl("countries")}


STATES = {s["name"] for s in read_jsonl("us_states")}

#: nouns of someone's kin or companion: "the wife of X" is not X
KIN = {"wife", "husband", "fiancee", "fiancée", "fiance", "fiancé", "partner", "spouse", "widow", "widower",
       "son", "daughter", "mother", "father", "brother", "sister", "child", "girlfriend", "boyfriend", "friend"}
#: plural and family nouns of someone's elders, told of as someone else than the person
FOREBEARS = {"parents", "parent", "grandparents", "grandmother", "grandfather", "mom", "dad", "family", "ancestors"}


#: nouns for a post, whose of-phrase names it ("take the role of commander", "in the post of pilot")
_POSTS = {"role", "position", "post", "job", "duty", "seat"}
#: verbs of holding such a post ("assume the role of", "be in the position of"), not of talking of it
_TAKING = {"take", "assume", "fill", "play", "hold", "have", "get", "accept", "perform", "be", "serve"}


def described(ctx: Context, noun: Token) -> int | None:
    """The person a role noun describes: in a name ("astronaut Scott Kelly"), beside one
    ("Alan Bean, a test pilot"), as what they are ("is a pilot", "worked as a pilot")."""
    p = ctx.person(noun)
    if p is not None:
        return p
    head = noun.head
    if noun.dep_ in ("compound", "amod", "nmod") and ctx.person(head) is not None:
        return ctx.person(head)
    if noun.dep_ in ("compound", "nmod") and any(c.dep_ == "cc" for c in noun.children) \
            or noun.dep_ == "conj" and head.pos_ == "NOUN" and ctx.person(head) is None:
        return described(ctx, head)  # "a navy surgeon and test pilot", "a former astronaut and current employee"
    if noun.dep_ in ("dobj", "oprd", "attr") and head.lemma_ == "turn":  # "an astronaut turned Axiom employee"
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        return described(ctx, subject) if subject is not None else None
    if noun.dep_ == "appos" and any(t.text == ";" for t in noun.doc[min(head.i, noun.i) + 1:max(head.i, noun.i)]):
        return _named_in_item(ctx, noun)  # "A, 34; Turkish businessman B; ...": the item's own name
    if noun.dep_ == "appos":
        return ctx.person(head) if ctx.person(head) is not None else ctx.subject_of(head, limit=3)
    if noun.dep_ == "npadvmod" and noun.i < head.i:  # "A former pilot, he was born in ..."
        return ctx.subject_of(head, limit=3)
    for child in noun.children:
        if child.dep_ in ("appos", "compound") and ctx.person(child) is not None:
            return ctx.person(child)
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_ in _POSTS:  # "takes the role of commander"
        post = head.head
        verb = post.head if post.dep_ in ("dobj", "attr") else post.head.head if post.dep_ == "pobj" else None
        return ctx.subject_of(verb, limit=4) if verb is not None and verb.lemma_ in _TAKING else None
    if noun.dep_ in ("attr", "acomp", "oprd") or (noun.dep_ == "pobj" and head.lower_ == "as"):
        found = ctx.subject_of(head, limit=4)
        verb = head.head if noun.dep_ == "pobj" else head
        if found is None and any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in KIN or c.lower_ in FOREBEARS)
                                 for c in verb.children):
            return None  # "her father was a test pilot": someone unnamed, not the one person named
        return found if found is not None else sole_person(ctx, noun)
    if noun.tag_ == "NNS" and noun.i + 1 < len(noun.doc) and ctx.named_at.get(noun.i + 1) is not None:
        return ctx.person(noun.doc[noun.i + 1])  # "the Russian cosmonauts A and B", however the parse hangs them
    return None


def _named_in_item(ctx: Context, noun: Token) -> int | None:
    """The person named after a role noun in its own item of a list split by semicolons, which
    the parser often hangs on the list's first name ("Turkish businessman and photographer B")."""
    for t in noun.doc[noun.i + 1:noun.sent.end]:
        if t.text == ";":
            return None
        if ctx.named_at.get(t.i) is not None and ctx.person(t) is not None:
            return ctx.person(t)
    return None


def name_before_of(ctx: Context, of: Token) -> int | None:
    """The person named right before an "of", or before a comma before it ("Voss of Tulsa",
    "Hale, of the Canadian Space Agency,"): the name's own place or organisation, told by the
    words' order whatever the parse hangs the "of" from; never a noun standing for a name ("the
    governor of Ohio")."""
    before = of.nbor(-1) if of.i > of.sent.start else None
    if before is not None and before.text == "," and before.i > of.sent.start:
        before = before.nbor(-1)
    return ctx.person(before) if before is not None and before.pos_ == "PROPN" else None


def distinct(ctx: Context, toks: list[Token]) -> list[int]:
    return list(dict.fromkeys(c for t in toks if (c := ctx.cluster(t)) is not None))


def mention(ctx: Context, tok: Token) -> Span:
    """The name a word is part of (the first mention of its entity that holds it), else the word;
    kept per word, as many rules ask of the same names."""
    spans: dict[int, Span] = ctx.memo.setdefault("mention", {})
    span = spans.get(tok.i)
    if span is None:
        span = spans[tok.i] = _mention(ctx, tok)
    return span


def _mention(ctx: Context, tok: Token) -> Span:
    c = ctx.named_at.get(tok.i)
    if c is not None:
        for start, end in ctx.clusters[c]["mentions"]:
            if start <= tok.i < end:
                return ctx.doc[start:end]
    return ctx.doc[tok.i:tok.i + 1]


def ancestors(tok: Token) -> list[Token]:
    out: list[Token] = []
    while tok.head.i != tok.i and len(out) < 12:
        tok = tok.head
        out.append(tok)
    return out


def window(tok: Token) -> list[Token]:
    """The words after a trigger up to the next verb or the end of the sentence, for when
    the parse hangs the trigger's objects elsewhere."""
    out = [tok]
    for t in tok.doc[tok.i + 1:tok.sent.end]:
        if t.pos_ in ("VERB", "AUX") or t.lower_ in ("who", "which", ";"):
            break
        out.append(t)
    return out


def people_before(ctx: Context, tok: Token) -> list[int]:
    """The people named in a list that ends right before ``tok`` ("A and B as ...", "three
    astronauts, A, B and C, will ..."), walking back over names, commas and "and" however the
    parse hangs them; a lone "and" with no name after it ends the list."""
    found: list[int] = []
    for i in range(tok.i - 1, tok.sent.start - 1, -1):
        t = ctx.doc[i]
        p = ctx.named_at.get(i)
        if p is not None and ctx.labels[p] == "PERSON":
            if p not in found:
                found.insert(0, p)
        elif t.lower_ not in (",", "and") or not found and t.lower_ == "and":
            break
    return found


def recent(ctx: Context, tok: Token, *labels: str) -> int | None:
    """The last entity with one of the labels named before a word, in its sentence or the one
    before: what "its" most likely means."""
    found = recent_mentions(ctx, tok, *labels)
    return ctx.cluster_at[found[-1].i] if found else None


def recent_mentions(ctx: Context, tok: Token, *labels: str) -> list[Token]:
    """Mentions of missions (or of what the labels say) in a word's sentence before it, or
    in the sentence before that."""
    sent = tok.sent
    found = [t for t, _ in ctx.in_sentence(sent, *(labels or MISSIONS)) if t.i < tok.i]
    if not found and sent.start > 0:
        found = [t for t, _ in ctx.in_sentence(ctx.doc[sent.start - 1].sent, *(labels or MISSIONS))]
    return found


def sole_person(ctx: Context, tok: Token) -> int | None:
    """The one person a sentence names, if it names exactly one."""
    people = {c for _, c in ctx.in_sentence(tok.sent, "PERSON")}
    return people.pop() if len(people) == 1 else None


def char_span(sent: Span, m: re.Match[str]) -> Span:
    span = sent.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
    return span if span is not None else sent


#: singular nouns that name a group of people
_GROUP_NOUNS = {"crew", "team", "class", "group", "batch", "quartet", "trio", "pair"}


def listed(ctx: Context, noun: Token) -> list[int]:
    """The people a plural noun announces in a list after a colon: "Five career astronauts
    were chosen: A of France, a pilot; B of Spain, an engineer; and C", "announced the crew:
    A, B and C"."""
    if noun.tag_ not in ("NNS", "NNPS") and noun.lower_ not in _GROUP_NOUNS:
        return []
    sent = noun.sent
    colon = next((t for t in sent if t.text in (":", "):") and t.i > noun.i), None)  # "(ISS): A, B": one token
    if colon is None:
        return []
    end = sent.end if colon.i + 1 < sent.end or sent.end == len(ctx.doc) else ctx.doc[sent.end].sent.end
    return list(dict.fromkeys(c for t in ctx.doc[colon.i + 1:end]  # the list, also when the parse cut it off
                              if (c := ctx.named_at.get(t.i)) is not None and ctx.labels[c] == "PERSON"))


#: prefixes of a ship's or a craft's name ("VSS Unity", "VMS Eve", "RSS First Step", "USS Hornet")
_VESSEL_PREFIXES = {"VSS", "VMS", "RSS", "USS", "HMS", "SS", "MV"}


def vessel(ctx: Context, cluster: int) -> bool:
    """Whether a name the model took for an organisation is a vessel's, which employs no one."""
    return str(ctx.clusters[cluster]["name"]).split(" ", 1)[0] in _VESSEL_PREFIXES
