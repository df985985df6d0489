"""Those an event clause is told by, not of: who watched, met or told of it, and who said it.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.components.context import Context

#: verbs of looking on: whoever does them saw the event, they did not fly it
_WATCH = {"watch", "see", "view", "observe", "witness", "cheer", "applaud", "greet", "await"}


def watched(tok: Token) -> bool:
    """Whether an event verb tells what someone looked on at ("X watched the rocket lift off",
    "watched as the capsule splashed down", "saw it land"): the looker is no one the event is
    about."""
    word = tok
    while word.dep_ == "conj" and word.head.i != word.i:  # "watched as it splashed down and landed"
        word = word.head
    return word.dep_ in ("ccomp", "xcomp", "advcl") and word.head.lemma_ in _WATCH and (
        word.dep_ != "advcl" or any(c.lower_ in ("as", "while", "when") for c in word.children))


#: verbs whose subject meets, tells of or looks on at what its object did, and so took no part in it
_ONLOOKERS = _WATCH | {"welcome", "meet", "recall", "remember", "refer", "talk", "discuss", "describe", "mention",
                      "celebrate", "honor", "honour", "commemorate", "recount", "interview", "congratulate", "praise",
                      "thank", "hug", "embrace", "salute", "escort", "say", "speak", "write", "cite", "compare"}


def onlooker(verb: Token) -> bool:
    """Whether an event clause describes the object of a verb of meeting, telling or looking
    on ("X greeted the two crewmates launched from Baikonur", "he was referring to the
    mission that launched on Dec. 21"): that verb's subject is no one the event is about."""
    if verb.dep_ not in ("relcl", "acl") or verb.head.i == verb.i:
        return False
    word = verb.head
    for _ in range(4):
        if word.dep_ not in ("dobj", "pobj", "prep", "conj", "appos", "compound") or word.head.i == word.i:
            break
        word = word.head
        if word.pos_ in ("VERB", "AUX"):
            return word.lemma_ in _ONLOOKERS
    return False


_SAYING = {"say", "tell", "announce", "report", "add", "note", "confirm", "state", "explain"}


def speaker_of(ctx: Context, tok: Token) -> int | None:
    """The person who said an event's clause ("the Shenzhou-41 ship is scheduled to be launched
    from Jiuquan, said X, spokesperson of the agency"): no one it is about, whatever the parse
    could not make of its own subject."""
    word = tok
    for _ in range(4):
        if word.dep_ in ("ccomp", "parataxis") and word.head.lemma_ in _SAYING:
            return next((p for c in word.head.children if c.dep_ == "nsubj" and (p := ctx.person(c)) is not None),
                        None)
        if word.dep_ not in ("xcomp", "conj", "ccomp", "advcl") or word.head.i == word.i:
            return None
        word = word.head
    return None
