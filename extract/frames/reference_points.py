"""Whether a launch word names the event another one is timed from, not the event a date
in its sentence is of: "she is expected to return to Earth in February, almost a year after
her launch" (February is the return's), "they will stay aloft until Oct. 4, the 30th
anniversary of the launch of Sputnik 1" (Oct. 4 is the anniversary's)."""

from __future__ import annotations

from spacy.tokens import Token

#: prepositions that time one event from another
_FROM = {"after", "before", "since", "until", "following", "ahead"}
#: nouns of a day that recalls an event, whose date is not the event's
_RECALLING = {"anniversary", "anniversaries", "jubilee", "centenary", "centennial"}


def timed_from(tok: Token) -> bool:
    """Whether a launch noun is what another event is timed from ("a year after her launch")
    or what an anniversary recalls ("the anniversary of the launch of Sputnik 1")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in _FROM:
        return True
    return any(a.lower_ in _RECALLING for a in tok.ancestors)
