"""Who took whose place on a crew or a station, as ``replacedBy`` of the one replaced: "X was
replaced by Y", "Y replaced X", "Y, who replaced the ailing X", "Y relieved X", "X's
replacement, Y", "Y, X's replacement", "the replacement for X, Y", "Y took X's place" ("his
seat", "the place of X"). Both ends are people: "replaced a pump" or "relieved the Expedition 70
crew" (a crew taking over from a crew) is no one's replacement, and a handover of command ("Y
relieved X as commander") is the command frame's."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.components.context import Context, entity
from extract.frames.mood import mood
from extract.rules.common import VERSION

#: verbs whose subject takes the place of their object
REPLACE_VERBS = {"replace", "relieve"}
#: nouns of the place one takes ("took her place", "took his seat on the flight")
PLACE_NOUNS = {"place", "seat", "spot"}
#: words that make a replacement a handover of command, which is not this rule's
_COMMAND = {"command", "commander", "helm"}


def replaced(ctx: Context, tok: Token, span: Span) -> None:
    """Read a replacement from a verb of replacing, the noun "replacement", or "take the place
    of" (see the module)."""
    if tok.lemma_ in REPLACE_VERBS and tok.pos_ == "VERB":
        pairs = _by_verb(ctx, tok)
    elif tok.lower_ in ("replacement", "replacements") and tok.pos_ == "NOUN":
        pairs = _one(_by_noun(ctx, tok))
    elif tok.lemma_ == "take" and (place := next((c for c in tok.children if c.dep_ == "dobj"
                                                  and c.lower_ in PLACE_NOUNS), None)) is not None:
        pairs = _one(_by_place(ctx, place))
    else:
        return
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if not pairs or any(t.lower_ in _COMMAND for t in verb.subtree):
        return
    modality = mood(ctx, verb)
    if modality is None:
        return
    for gone, taker in pairs:
        if gone != taker:
            ctx.add(gone, "replacedBy", entity(taker), span, rule=f"{VERSION}:replaced_by", confidence=0.8,
                    modality=modality)


def _one(pair: tuple[int, int] | None) -> list[tuple[int, int]]:
    return [pair] if pair is not None else []


def _by_verb(ctx: Context, verb: Token) -> list[tuple[int, int]]:
    """ "X was replaced by Y" (the one replaced is the passive subject, or the subject of the verb
    it is joined to: "X fell ill and was replaced by Y"), "Y replaced X", "Y, who replaced X" (the
    object; the subject from the clause), and "the agency replaced A and B with C and D" or "X was
    replaced with Y" (those named after "with" take the places, in the order named)."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    gone = next((ctx.person(c) for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive and gone is None and not any(c.dep_ == "nsubjpass" for c in verb.children):
        gone = ctx.subject_of(verb, limit=3)
    using = next((t for t in verb.subtree if t.i > verb.i and t.lower_ == "with" and t.sent == verb.sent), None)
    takers = _people(ctx, _list_after(using)) if using is not None else []
    if using is not None and takers:
        if passive:
            return _paired([gone] if gone is not None else [], takers)
        return _paired(_people(ctx, ctx.doc[verb.i + 1:using.i]), takers)
    if passive:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        taker = next((ctx.person(c) for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    else:
        gone = next((ctx.person(c) for c in verb.children if c.dep_ == "dobj"), None)
        taker = ctx.subject_of(verb, limit=3) if gone is not None else None
    return [(gone, taker)] if gone is not None and taker is not None else []


def _list_after(word: Token) -> list[Token]:
    """The words after a preposition up to the next verb of its sentence: the list it introduces,
    however the parser hangs it ("with their backups, C and D")."""
    out = []
    for t in word.doc[word.i + 1:word.sent.end]:
        if t.pos_ in ("VERB", "AUX") or t.text == ";":
            break
        out.append(t)
    return out


def _people(ctx: Context, tokens: list[Token] | Span) -> list[int]:
    """The people named among some words, each once, in order."""
    return list(dict.fromkeys(p for t in tokens if ctx.named_at.get(t.i) is not None
                              and (p := ctx.person(t)) is not None))


def _paired(gones: list[int], takers: list[int]) -> list[tuple[int, int]]:
    """Who took whose place when several are named: in the order named when as many take places
    as leave them, each of them when one side is one person, else none (who took whose is not said)."""
    if len(gones) == len(takers):
        return list(zip(gones, takers, strict=True))
    if len(gones) == 1 or len(takers) == 1:
        return [(g, t) for g in gones for t in takers]
    return []


def _by_noun(ctx: Context, noun: Token) -> tuple[int, int] | None:
    """ "X's replacement, Y" and "the replacement for X, Y" (Y in apposition), "Y, X's
    replacement" (the noun in apposition to Y), "Y was X's replacement" (Y the subject)."""
    gone = next((ctx.person(c) for c in noun.children if c.dep_ == "poss"), None)
    if gone is None:
        gone = next((ctx.person(p) for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"
                     for p in c.children if p.dep_ == "pobj"), None)
    if gone is None:
        return None
    taker = next((ctx.person(t) for c in noun.children if c.dep_ == "appos" for t in c.subtree
                  if ctx.person(t) is not None and ctx.named_at.get(t.i) is not None), None)
    head = noun
    for _ in range(3):  # "Y, X's replacement" (appos), "X's replacement, fellow astronaut Y" (hung on Y's title)
        if taker is not None or head.dep_ not in ("appos", "nmod", "compound") or head.head.i == head.i:
            break
        head = head.head
        taker = ctx.person(head) if ctx.named_at.get(head.i) is not None else None
    if taker is None and noun.dep_ == "attr":
        taker = next((ctx.person(c) for c in noun.head.children if c.dep_ == "nsubj"), None)
    return (gone, taker) if taker is not None else None


def _by_place(ctx: Context, place: Token) -> tuple[int, int] | None:
    """ "Y took X's place" ("his seat"), "Y took the place of X": the one whose place it was
    owns it, and the subject of "took" is the one who took it."""
    gone = next((ctx.person(c) for c in place.children if c.dep_ == "poss"), None)
    if gone is None:
        gone = next((ctx.person(p) for c in place.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"), None)
    if gone is None:
        return None
    verb = place.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    taker = ctx.person(subject)
    if taker is None:  # "his backup, Y, took his seat": the name in apposition to the subject noun
        taker = next((ctx.person(c) for c in subject.children if c.dep_ == "appos"), None)
    return (gone, taker) if taker is not None else None
