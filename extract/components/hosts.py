"""Hosts: the people a flight's crew finds aboard the station it goes to. Reporters tell them
beside the arriving crew ("joined A and B aboard Mir", "were greeted by the station's crew, A
and B", "where A and B were waiting", "A and B, who have lived aboard since March", "will join
Expedition 88's A and B"): they went up on another flight, so they are no crew of this one, and
a group word told of the trip up ("the four launched on Thursday") does not mean them."""

from __future__ import annotations

from spacy.tokens import Token

from extract.patterns import read_jsonl

#: verbs whose agent (or subject) receives arriving people: "greeted by A", "A welcomed them"
_RECEIVE = {"greet", "welcome", "meet", "receive", "host", "await"}
#: verbs whose subject was already there: "where A and B were waiting"
_WAIT = {"wait", "await"}
#: verbs of a stay a clause on the hosts tells: "who have lived aboard since March"
_STAY = {"live", "be", "work", "stay"}
#: words of being at the station already: "aboard since March", "on the station for six months"
_ALREADY = {"since", "aboard", "onboard", "already"}
#: nouns of a station's own people: "the station's crew, A and B", "Mir's residents A and B"
_RESIDENTS = {"residents", "occupants", "inhabitants", "hosts", "crew"}
#: nouns of the people arriving, whom the hosts greet: "welcomed the new crew"
_ARRIVALS = {"crew", "newcomers", "visitors", "arrivals", "guests", "trio", "pair", "quartet", "astronauts",
             "cosmonauts", "taikonauts"}
#: words of a station without its name
_STATION_WORDS = {"station", "outpost", "laboratory", "lab", "complex"}
#: verbs of a trip up, which a group word told of cannot mean the hosts: "the four launched"
TRIP_UP = {v.split()[0] for r in read_jsonl("frames") if r["frame"] in ("launch", "arrival") for v in r["verbs"]}


def _list_head(tok: Token) -> Token:
    """The word a name's list hangs on: the first name of "A, B and C", whatever name it is."""
    head = tok
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    while head.dep_ in ("conj", "appos") and head.head.ent_type_ == "PERSON" and head.head.i != head.i:
        head = head.head
    return head


def host(tok: Token) -> bool:
    """Whether a person's name is told as one of the people the arriving crew finds aboard
    (see the module); not one joined in a craft ("joined A in the Soyuz": a seat beside A)."""
    head = _list_head(tok)
    at = head.head if head.dep_ == "appos" else head  # "the station's commander, A, welcomed them": the noun's place
    verb = at.head
    if at.dep_ == "dobj" and verb.lemma_ == "join" and not _in_craft(verb) and not _a_flights_crew(verb, "nsubj") \
            and (_at_station(verb) or _of_expedition(head)):
        return True  # "joined A and B aboard Mir", "will join Expedition 88's A and B"
    if at.dep_ == "pobj" and verb.dep_ == "agent" and verb.head.lemma_ in _RECEIVE \
            and not _a_flights_crew(verb.head, "nsubjpass"):
        return True  # "were greeted by A and B"
    if at.dep_ in ("nsubj", "nsubjpass") and (verb.lemma_ in _WAIT and _at_station(verb) or any(
            v.lemma_ in _RECEIVE and _arrivals(v) for v in (verb, *verb.conjuncts))):
        return True  # "where A and B were waiting", "A and B opened the hatch and welcomed the new crew"
    if any(c.dep_ == "relcl" and c.lemma_ in _STAY and any(w.lower_ in _ALREADY for w in c.subtree)
           and _aboard(c) for member in (head, *head.conjuncts) for c in member.children):
        return True  # "A and B, who have lived aboard since March" (not "who has lived in Houston since 1996")
    first = head.left_edge.i
    return head.dep_ == "appos" and _residents(head.head) or first >= 2 and head.doc[first - 1].text == "," \
        and _residents(head.doc[first - 2])  # "greeted by the station's crew, A and B", however parsed


def _arrivals(verb: Token) -> bool:
    """Whether a verb's object is the people arriving: "welcomed them", "greeted the new crew"."""
    return any(c.dep_ == "dobj" and (c.pos_ == "PRON" or c.lower_ in _ARRIVALS) for c in verb.children) \
        and not _a_flights_crew(verb, "dobj")


def _a_flights_crew(verb: Token, dep: str) -> bool:
    """Whether the arriving people are told as a named flight's crew ("greeted the Shenzhou-41
    crew", "The Crew-41 astronauts joined A"): a story may be about the hosts' own flight then,
    and they are hosts only of that one, which is left unread."""
    return any(t.ent_type_ in ("MISSION", "SPACECRAFT") for c in verb.children if c.dep_ == dep for t in c.subtree)


def _aboard(clause: Token) -> bool:
    """Whether a clause puts its people aboard ("lived aboard", "on the station", "on Mir")."""
    return any(t.lower_ in ("aboard", "onboard") or t.ent_type_ == "STATION" or t.lower_ in _STATION_WORDS
               for t in clause.subtree)


def _at_station(verb: Token) -> bool:
    """Whether a verb's sentence tells a station ("aboard Mir", "the space station", "where")."""
    return any(t.ent_type_ == "STATION" or t.lower_ in _STATION_WORDS for t in verb.sent) or any(
        c.lower_ == "where" for c in verb.children)


def _in_craft(verb: Token) -> bool:
    """Whether a verb's clause seats its people in a craft or a flight ("joined A in the Soyuz
    TMA-12 spacecraft"): the ride, not the station."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "aboard", "on", "inside") and any(
        t.ent_type_ in ("SPACECRAFT", "MISSION") for t in c.subtree) for c in verb.children)


def _of_expedition(name: Token) -> bool:
    """Whether a name is owned by an expedition: "Expedition 88's A"."""
    return any(c.dep_ == "poss" and c.ent_type_ == "EXPEDITION" for c in name.children)


def _residents(noun: Token) -> bool:
    """Whether a noun names a station's own people: "the station's crew", "Mir's residents",
    "the resident crew"."""
    if noun.lower_ not in _RESIDENTS:
        return False
    return any(c.lower_ == "resident" or c.dep_ == "poss" and (c.ent_type_ == "STATION" or c.lower_ in _STATION_WORDS)
               for c in noun.children) or noun.lower_ != "crew"
