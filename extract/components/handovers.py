"""Handovers between crews: the crew a story's crew relieves or takes over from, and the person
command or the station is handed to, belong to another flight than the story's. Reporters
name both crews in one breath ("they will take over from the Shenzhou-15 crew", "Artemyev hands
the station to Cristoforetti"), and neither is the story's crew."""

from __future__ import annotations

from spacy.tokens import Doc, Token

#: verbs whose object is another crew than the story's ("relieve the Shenzhou-15 crew")
_OTHER_CREW_VERBS = {"relieve", "replace", "succeed", "meet", "greet", "welcome"}
#: words between such a verb and the flight's name ("the three", "the outgoing")
_BEFORE_CREW = {"the", "its", "outgoing", "departing", "resident", "incumbent", "previous", "current"}


def other_crew(doc: Doc, start: int) -> bool:
    """Is the flight named at ``start`` the one whose crew the story's crew relieves, replaces,
    meets or takes over from ("will take over from the Shenzhou-15 crew", "relieved the
    three Expedition 70 astronauts", "handed over to Crew-9")?"""
    i = start - 1
    while i >= 0 and (doc[i].lower_ in _BEFORE_CREW or doc[i].like_num):
        i -= 1
    if i >= 1 and doc[i].lower_ in ("from", "to") and doc[i - 1].lower_ == "over":
        return True
    return i >= 0 and doc[i].lemma_ in _OTHER_CREW_VERBS


#: words before "to" that hand something over to its object ("hands the station to B", "turned over
#: command to B"); "turn" and "pass" only with "over"
_HAND_OVER = {"hand"}
_OVER = {"turn", "pass"}
#: verbs whose object is the one a crew takes over from ("relieved B")
_TAKE_OVER = {"relieve", "succeed"}


def other_side(tok: Token) -> bool:
    """Is the name at ``tok`` the other side of a handover: the one command or the station
    is handed to ("A hands the station to B", "turned over command to B"), taken over from
    ("took over from B", "took command from B") or who is relieved ("A relieved B")? Read
    from the words before it as well as the parse, which often fails on a headline."""
    head = tok
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "dobj" and head.head.lemma_ in _TAKE_OVER:
        return True
    prep = head.head if head.dep_ == "pobj" else tok.doc[tok.i - 1] if tok.i > 0 else tok
    if prep.lower_ not in ("to", "from"):
        return False
    before = [t for t in tok.doc[max(prep.i - 5, prep.sent.start):prep.i] if not t.is_punct]
    if prep.lower_ == "from":
        return any(t.lemma_ == "take" for t in before)
    lemmas = {t.lemma_ for t in before} | {t.lower_ for t in before}
    return bool(lemmas & _HAND_OVER or lemmas & _OVER and "over" in lemmas)
