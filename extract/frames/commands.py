"""The command and handover frames: who commanded a flight or a station, and to whom the
command passed.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.components.context import Context, entity, value
from extract.frames.base import FrameBase
from extract.frames.companions import companions
from extract.frames.crafts import a_kind
from extract.frames.entities import entities
from extract.frames.reading import DIRECT, LISTED, About, verbal
from extract.rules.common import MISSIONS, window


class CommandFrames(FrameBase):
    """The command and handover frames (read by :class:`~extract.frames.engine.Reader`)."""

    def _command(self, ctx: Context, tok: Token, span: Span, who: About, modality: str, words: list[Token]) -> None:
        people = [p for p in who.people if ctx.labels[p] == "PERSON"]
        if tok.lemma_ == "lead" and not any(ctx.is_a(t, *MISSIONS, "STATION") for t in tok.subtree):
            return  # "led the team": a job, not a flight
        targets: list[int] = []
        for child in tok.children:
            if child.dep_ in ("dobj", "attr", "nsubjpass") or child.dep_ == "prep" and child.lower_ == "of":
                named = [t for t in child.subtree if not _indefinite(t)  # "to command a Crew Dragon": no craft
                         and not _hung_on_a_person(ctx, t, child)]
                targets += entities(ctx, named, *MISSIONS, "STATION", "SPACECRAFT")[:1]
        targets += [e for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "during")
                    for o in c.children if o.dep_ == "pobj"  # "commanded it on Expedition 51", not "on the way to"
                    for e in entities(ctx, [o, *(t for t in o.children if t.dep_ in ("compound", "nummod"))],
                                            "EXPEDITION")[:1]]
        if not targets and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children):
            targets = [c for t, c in ctx.in_sentence(tok.sent, "STATION") if t.i < tok.i][-1:]  # "to lead the
            # station, after X, who commanded it in 2009": the station the sentence named
        if not targets and tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN":
            told = tok.head.head if tok.head.dep_ == "appos" else tok.head  # "the Expedition 69 crew, commanded
            named = [t for t in told.subtree if t.i < tok.i and not _hung_on_a_person(ctx, t, told)]  # by X",
            targets = entities(ctx, named, *MISSIONS, "STATION", "SPACECRAFT")[-1:]  # "Soyuz 40, a
            # mission commanded by X", "Soyuz TM-12, which was commanded by X"
        if not targets and tok.lower_ == "command":  # "took command of the station"
            targets = entities(ctx, [t for t in words if t.i > tok.i and not _hung_on_a_person(ctx, t, tok)],
                                     *MISSIONS, "STATION")[:2]
        if tok.lemma_ in ("take", "assume") and len(people) == 1:  # "B took command (of the station) from A"
            for giver in _people_after(ctx, window(tok), "from")[:1]:
                if giver != people[0]:
                    self._add(ctx, giver, "next", entity(people[0]), span, who.confidence, modality)
        if not people or not targets:
            people, targets = _side_by_side(ctx, tok)  # "X commanded mission STS-7", however it was parsed
            who = About(tuple(people), who.craft, DIRECT) if people else who
        targets = [c for c in targets if not _a_kind(ctx, c)]  # "commanded his previous Soyuz flights": no one flight
        if not people or not targets:
            return
        commander = people[0] if len(people) == 1 or who.confidence < DIRECT else None
        if commander is None:
            return
        crew = companions(ctx, tok, words)
        for c in dict.fromkeys(targets):
            self._add(ctx, c, "target", entity(commander), span, who.confidence, modality)
            if ctx.labels[c] in MISSIONS:
                self._add(ctx, commander, "seat", value("commander"), span, who.confidence, modality,
                          (("mission", entity(c)),))
            for member in crew:
                if member != commander:
                    self._add(ctx, c, "crew", entity(member), span, LISTED - 0.05, modality)

    def _handover(self, ctx: Context, tok: Token, span: Span, who: About, modality: str, words: list[Token]) -> None:
        words = [*(t for c in tok.children if c.dep_ == "nsubjpass" for t in c.subtree),  # "command ... was passed"
                 *window(tok)]  # the parse often hangs "command of X to Y" loosely
        recipient = next(iter(_people_after(ctx, words, "to")), None)
        if recipient is None:
            return
        targets = entities(ctx, words, *MISSIONS, "STATION") or _begun(ctx, tok)
        for c in targets[:2]:
            self._add(ctx, c, "target", entity(recipient), span, DIRECT - 0.05, modality)
        if not targets and not any(t.lower_ in ("command", "helm") for t in words):
            return  # "handed the checklist to B": no handover of command
        givers = _people_after(ctx, words, "from")  # "command was passed from A to B", "the change of command from A"
        if not givers and verbal(tok) and len(who.people) == 1:
            givers = [p for p in who.people if ctx.labels[p] == "PERSON"]  # "A handed command to B"
        for giver in givers[:1]:
            if giver != recipient:
                self._add(ctx, giver, "next", entity(recipient), span,
                          DIRECT - 0.05 if givers != list(who.people) else who.confidence, modality)


def _people_after(ctx: Context, words: list[Token], prep: str) -> list[int]:
    """The people named in the words as the object of ``prep`` ("to B", "from cosmonaut A"),
    in order: who command passed to or from."""
    found = [ctx.person(t) for t in words if t.dep_ != "poss" and (t.head.lower_ == prep or t.head.head.lower_ == prep)]
    # not "his" of "to his colleague B": the giver
    return list(dict.fromkeys(p for p in found if p is not None))


def _side_by_side(ctx: Context, verb: Token) -> tuple[list[int], list[int]]:
    """The name right before a past "commanded" and the mission right after it, with at most
    "the", "mission" or "flight" between ("Robert Crippen commanded mission STS-7 in 1983"),
    for when the parse hangs the words elsewhere; nothing otherwise."""
    doc = verb.doc
    if verb.lower_ != "commanded" or verb.i == 0 or ctx.named_at.get(verb.i - 1) is None:
        return [], []
    person = ctx.person(doc[verb.i - 1])
    at = verb.i + 1
    while at < min(len(doc), verb.i + 3) and doc[at].lower_ in ("the", "mission", "flight"):
        at += 1
    mission = ctx.cluster(doc[at]) if at < len(doc) and ctx.is_a(doc[at], *MISSIONS) else None
    return ([person], [mission]) if person is not None and mission is not None else ([], [])


#: verbs and nouns of a handover that starts an expedition ("the transfer of command to X marks the start of Y")
_STARTING = {"be", "mark", "signal", "open", "begin", "launch", "kick"}
_STARTS = {"start", "beginning", "opening", "begin", "launch"}


def _begun(ctx: Context, tok: Token) -> list[int]:
    """The expedition a handover starts, named after its verb ("the transfer of command to X
    is the start of what is designated Expedition 35", "the handover marks the beginning of
    Expedition 35"): the recipient commands it."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":  # "the transfer of command": the transfer
        tok = tok.head.head
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_ not in _STARTING:
        return []
    said = [t for c in verb.children if c.dep_ in ("attr", "dobj") and c.lemma_ in _STARTS for t in c.subtree]
    return entities(ctx, said, "EXPEDITION")[:1]


def _hung_on_a_person(ctx: Context, tok: Token, top: Token) -> bool:
    """Whether a word below ``top`` hangs from a person's name: "to command the Shuttle, the other
    being A (STS-120)": A's flight, not the one the commander commanded."""
    while tok.i != top.i and tok.head.i != tok.i:
        tok = tok.head
        if tok.i != top.i and ctx.person(tok) is not None:
            return True
    return False


def _a_kind(ctx: Context, cluster: int) -> bool:
    """Whether a craft is a kind of craft ("Soyuz"), which names no one flight to have commanded."""
    return ctx.labels[cluster] == "SPACECRAFT" and a_kind(str(ctx.clusters[cluster]["name"]))


def _indefinite(tok: Token) -> bool:
    """Whether a name stands in an indefinite phrase ("a Crew Dragon", "a Soyuz"): a kind of
    thing, not the one the story tells of."""
    noun = tok
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
