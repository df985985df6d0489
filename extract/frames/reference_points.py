"""Whether a launch word names the event another one is timed from, not the event a date
in its sentence is of: "she is expected to return to Earth in February, almost a year after
her launch" (February is the return's; minutes or hours apart, the day is one), "they will
stay aloft until Oct. 4, the 30th anniversary of the launch of Sputnik 1" (Oct. 4 is the
anniversary's)."""

from __future__ import annotations

from spacy.tokens import Token

#: prepositions that time one event from another
_FROM = {"after", "before", "since", "until", "following", "ahead"}
#: units of an interval short enough to keep two events on one day
_SHORT = {"second", "seconds", "minute", "minutes", "hour", "hours"}
#: nouns of a day that recalls an event, whose date is not the event's
_RECALLING = {"anniversary", "anniversaries", "jubilee", "centenary", "centennial"}


def timed_from(tok: Token) -> bool:
    """Whether a launch noun is what another event is timed from ("a year after her launch")
    or what an anniversary recalls ("the anniversary of the launch of Sputnik 1")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in _FROM:
        return not _same_day(tok.head)
    return any(a.lower_ in _RECALLING for a in tok.ancestors)


def _same_day(prep: Token) -> bool:
    """Whether "after" or "before" puts the two events minutes or hours apart ("it came on
    Oct. 5, about 25 minutes after the launch"), so the date told is the launch's day too."""
    return any(t.lower_ in _SHORT for c in prep.children if c.dep_ in ("npadvmod", "advmod") for t in c.subtree) \
        or prep.i > 0 and prep.doc[prep.i - 1].lower_ in _SHORT
