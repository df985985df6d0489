"""Seats on a flight: who is a mission's commander, pilot, mission specialist or flight
engineer, read from the role noun wherever it stands ("commander X", "X, the mission's
pilot", "flight engineers A and B", "its commander was X", "in command is X", "riding as
mission specialists are A and B", "commander of Expedition 14", "the Crew-5 commander").

The role words are data (``extract/patterns/crew_roles.jsonl``). The holder is read by the
role-noun walks that occupations use (:func:`~extract.rules.common.described`); the flight
is the mission the noun names (its owner, compound or of-phrase), else the mission the story
is about (the last one named before it), with less confidence.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extract import extensions
from extract.components.context import Context, entity, value
from extract.components.dates import past_mention
from extract.components.handovers import other_crew
from extract.frames.base import grounded_crew
from extract.frames.companions import companions
from extract.frames.crafts import CRAFT_WORDS, a_kind
from extract.frames.crews import hosts_of
from extract.frames.mood import mood, set_off
from extract.frames.reading import CONTEXT, DIRECT, LISTED
from extract.patterns import read_jsonl
from extract.rules.common import MISSIONS, VERSION, described, mention, people_before, recent_mentions

#: role word -> the role it names
ROLES = {w: r["role"] for r in read_jsonl("crew_roles") for w in r["words"]}
#: roles that are also trades ("a test pilot"): a seat only when a flight is named with them
_SEAT_ONLY = {r["role"] for r in read_jsonl("crew_roles") if r.get("seat_only")}
#: words for being on a crew that name no role ("a crew member")
_NO_ROLE = {r["role"] for r in read_jsonl("crew_roles") if r.get("no_role")}
#: words before a role noun that make it a trade, a rank or someone else's seat
_NOT_A_SEAT = {"former", "backup", "back-up", "double", "test", "fighter", "helicopter", "airline", "navy", "naval",
               "army", "military", "air", "force", "marine", "jet", "combat", "lieutenant", "wing", "squadron",
               "deputy", "commercial", "station", "chief", "original", "previous", "onetime", "one-time", "ex",
               "payload", "vehicle", "ship", "boat", "vessel", "yacht", "team", "club", "recovery", "base", "battalion",
               "brigade", "regiment", "fleet", "garrison", "division", "camp"}  # a private
# flight's "vehicle commander" flies the craft, its "mission commander" leads; "the recovery ship's skipper" no flight's
#: the armed services a rank is held in ("a commander in the U.S. Navy")
_SERVICES = {"navy", "army", "force", "corps", "guard", "marines", "military", "reserve", "reserves"}
#: words on the verb of a seat that make it one the holder no longer has ("was originally assigned as pilot")
_NO_LONGER = {"originally", "initially", "formerly", "previously", "once"}
_FLIGHTS = (*MISSIONS, "SPACECRAFT", "STATION")


def words() -> list[str]:
    return list(ROLES)


def _words_before(span: Span) -> list[Token]:
    """The two words before a role noun, up to a preposition: "the station commander" says
    what the seat is, "remains on the station as commander" does not."""
    doc = span.doc
    found: list[Token] = []
    for i in range(span.start - 1, max(span.sent.start, span.start - 2) - 1, -1):
        if doc[i].dep_ == "prep":
            break
        found.append(doc[i])
    return found


def _part_of_longer(span: Span) -> bool:
    """Is the role word the end of a longer one ("pilot" of "lunar module pilot")? The longer
    one is the seat, read on its own match."""
    doc = span.doc
    return any(doc[max(0, span.end - n):span.end].text.lower() in longer
               for n, longer in _ROLES_BY_LENGTH.items() if n > len(span))


#: the role words by their number of words
_ROLES_BY_LENGTH = {n: {w for w in ROLES if len(w.split()) == n} for n in {len(w.split()) for w in ROLES}}


def seat(ctx: Context, tok: Token, span: Span) -> None:
    """Facts of one role noun: the holder's crewRole on the flight, and the flight's
    commander or crew member."""
    noun = span[-1]
    role = ROLES.get(span.text.lower())
    if role is None or _part_of_longer(span):
        return
    if any(t.lower_ in _NOT_A_SEAT for t in _words_before(span)) or _rank_in_a_service(noun):
        return
    if _a_first(noun):
        return  # "the first spaceflight participant to request kosher food": a record, not the seat
    if _stand_in(span):
        return
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None and any(c.dep_ == "advmod" and c.lower_ in _NO_LONGER for c in verb.children):
        return  # "He was originally assigned as its pilot": a seat given up
    modality = mood(ctx, noun)
    if modality is None:
        return
    if modality == "planned" and _held_now(span):
        modality = "reported"
    holders, sure = _holders(ctx, noun)
    if not holders:
        return
    flight, direct = _flight(ctx, noun)
    if flight is None and _on_roster_line(ctx, noun):
        flight = _roster_flight(ctx, noun)  # "Primary crew" / "A (Commander), B (Flight engineer)": the page's
    if not direct and any(c.dep_ == "amod" and c.lower_ in _LEAVING for c in noun.children):
        return  # "the departing commander, A, handed the key to B, who now leads Expedition 70": not A's flight
    if not direct and _on_carrier(noun):
        return  # "VMS Eve was piloted by Commander X", "X commanded mothership VMS Eve, joined by pilot Y"
    told = ctx.in_sentence(noun.sent, *MISSIONS)
    if not direct and flight is not None and flight not in {c for _, c in told}:
        kinds = ("MISSION",) if _of_a_mission(noun) else MISSIONS  # "the mission commander": not an expedition
        # "X, who flew on Galactic 07 last year, serves as pilot": not the seat's flight
        asides = {c for t, c in told if _clause_apart(t, noun)}
        own = [f.subject for f in ctx.facts if f.entity in holders and f.predicate in ("commander", "crewMember")
               and ctx.labels[f.subject] in kinds and f.rule != _VETERAN and f.subject not in asides] + \
            _told_with(ctx, noun, holders)
        flight = own[0] if own and flight not in own else flight  # "Commander X will be returning ...": X's
        # flight, not the last named (nor one X is a veteran of)
    if flight is None or role in _SEAT_ONLY and not direct and not _as_seat(ctx, noun):
        return
    if not direct and flight not in {c for _, c in told} and _seat_taken(ctx, flight, role, holders):
        return  # "They were later joined by Commander B", of a crew planned before the flight that had A
    if not direct and ctx.labels[flight] != "EXPEDITION" and not set(holders).isdisjoint(hosts_of(ctx)):
        return  # "A and B reached Mir aboard X. Flight engineer C welcomed them": C's seat is the station's
    confidence = min(sure, DIRECT if direct else LISTED)
    for other_flight in _flights_listed_with(ctx, noun, flight) if direct else []:
        _seat_on(ctx, span, role, holders, other_flight, other_flight, confidence, modality)
    mission = flight if ctx.labels[flight] in MISSIONS else _the_mission(ctx, noun)
    if _craft_type(ctx, flight):  # "commander of the Soyuz vehicle" names a kind of craft, no one flight: the
        flight = mission if mission is not None else _numbered_craft(ctx, noun, flight)  # seat is on the mission
        if flight is None:  # the sentence speaks of, else on the numbered craft of that kind named, else on none
            return
    _seat_on(ctx, span, role, holders, flight, mission, confidence, modality)
    named = {c for _, c in ctx.in_sentence(noun.sent, *MISSIONS, "SPACECRAFT")}
    if (ctx.labels[flight] in MISSIONS or _numbered(ctx, flight)) and (flight in named or not _told_before(
            noun)):  # "as flight engineer onboard Soyuz MS-40 together with A and B": they flew it too; not "he
        for other in _beside(ctx, noun, holders):  # had flown the glider as pilot alongside B", an earlier flight
            ctx.add(flight, "crewMember", entity(other), span, rule=f"{VERSION}:crew", confidence=CONTEXT,
                    modality=modality)


#: seats a flight has one holder of
_ONE_HOLDER = {"commander", "pilot", "command module pilot", "lunar module pilot"}


def _seat_taken(ctx: Context, flight: int, role: str, holders: list[int]) -> bool:
    """Whether a seat of one holder is already told as someone else's on the flight: a seat
    tied to the flight only by the story around it ("They were later joined by Commander B",
    in a paragraph about the crew first planned) is then another crew's, not a second one."""
    return role in _ONE_HOLDER and any(
        f.predicate == "crewRole" and f.object == value(role) and ("mission", entity(flight)) in f.qualifiers
        and f.subject not in holders and f.modality == "reported" for f in ctx.facts)


#: prepositions that tie a seat to its flight ("commander of", "pilot on", "flight engineer onboard")
_SEAT_PREPOSITIONS = {"of", "on", "aboard", "onboard", "for"}


def _flights_listed_with(ctx: Context, noun: Token, flight: int) -> list[int]:
    """The other missions a seat's of- or on-phrase lists with its flight ("a mission specialist
    on the STS-41B and STS-31 missions"): the seat was held on each."""
    listed = [n for child in noun.children if child.dep_ == "prep" and child.lower_ in _SEAT_PREPOSITIONS
              for o in child.children if o.dep_ == "pobj" for n in (o, *o.conjuncts)]
    listed += [c for c in noun.conjuncts if ctx.is_a(c, *MISSIONS)]  # "on A and B": B parsed as the noun's conjunct
    named = [t for n in listed for t in _naming_words(n)]
    if not any(ctx.cluster(t) == flight for t in named):
        return []
    return list(dict.fromkeys(c for t in named if ctx.named_at.get(t.i) is not None and (c := ctx.cluster(t))
                              is not None and c != flight and ctx.labels[c] in MISSIONS))


def _naming_words(noun: Token) -> list[Token]:
    """A noun with the words before it that name it ("STS-39 Space Shuttle missions", "the
    STS-41B and STS-31 missions")."""
    return [noun, *(t for c in noun.lefts if c.dep_ in ("compound", "nmod") for x in (c, *c.conjuncts)
                    for t in _naming_words(x))]


def _seat_on(ctx: Context, span: Span, role: str, holders: list[int], flight: int, mission: int | None,
             confidence: float, modality: str) -> None:
    """Each holder's role on a flight, and the flight's commander or crew member; not as a plan
    a seat already told as held ("As payload specialist he will look after the experiments")."""
    for one in holders:
        if modality == "planned" and any(f.subject == flight and f.entity == one and f.modality == "reported"
                                         and f.predicate in ("commander", "crewMember") for f in ctx.facts):
            continue
        if role in _NO_ROLE:
            if ctx.labels[flight] in MISSIONS:
                ctx.add(flight, "crewMember", entity(one), span, rule=f"{VERSION}:crew", confidence=confidence,
                        modality=modality)
            continue
        ctx.add(one, "crewRole", value(role), span, rule=f"{VERSION}:crewRole", confidence=confidence,
                modality=modality, qualifiers=[("mission", entity(mission))] if mission is not None else [])
        if ctx.labels[flight] == "STATION":  # a seat on a station: aboard it
            ctx.add(one, "spacecraft", entity(flight), span, rule=f"{VERSION}:crew", confidence=confidence,
                    modality=modality)
            if role != "commander":
                continue
        ctx.add(flight, "commander" if role == "commander" else "crewMember", entity(one), span,
                rule=f"{VERSION}:{'commander' if role == 'commander' else 'crew'}", confidence=confidence,
                modality=modality)


def veteran(ctx: Context, tok: Token, span: Span) -> None:
    """ "X, a veteran of the Shenzhou-15 mission, will ...": X flew on the flights named in the
    of-phrase (an earlier flight, told as done, whatever the sentence plans)."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    holder = described(ctx, tok) if of is not None else None
    if of is None or holder is None:
        return
    flights = dict.fromkeys(c for t in of.subtree if (c := ctx.cluster(t)) is not None and ctx.labels[c] in MISSIONS)
    for flight in flights:
        ctx.add(flight, "crewMember", entity(holder), span, rule=_VETERAN, confidence=LISTED, modality="reported")


#: the rule of a flight someone is a veteran of: an earlier one, never the flight of a seat told beside it
_VETERAN = f"{VERSION}:veteran"
#: words that say a title is held at the time of telling ("outgoing Expedition 16 commander X")
_NOW = {"outgoing", "incumbent", "current", "sitting", "present"}
#: words of a holder about to leave the seat, whose flight the sentence does not name for them
_LEAVING = {"departing", "outgoing", "retiring", "leaving"}
#: entity labels of what a title names the seat on ("Expedition 56 Commander X", "ISS commander X")
_FLIGHT_LABELS = {"EXPEDITION", "MISSION", "SPACECRAFT", "STATION"}
#: verbs that end a flight: one who is due to do them holds the seat now
_HOMEWARD = {"undock", "land", "return", "splash", "depart", "leave"}


def _due_home(noun: Token) -> bool:
    """Whether a role noun names the doer of a plan to come home ("X, the Expedition 38
    commander, and his crewmates were due to undock on Monday"): a seat on a flight under way
    is held now, unlike one on a flight still to launch."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    top = next((t for t in (noun, *noun.ancestors) if verb is not None and t.head.i == verb.i), None)
    if verb is None or top is None or top.dep_ not in _DOERS:
        return False  # the title of whom the plan is about, not of a companion named in passing
    while (down := next((c for c in verb.children if c.dep_ in ("xcomp", "acomp") or c.dep_ == "prep"
                         and c.lower_ == "to" and verb.pos_ == "ADJ"), None)) is not None:
        verb = down  # "were due to undock", "is expected to land": the act the plan is of
    act = next((c for c in verb.children if c.dep_ == "pobj"), None) if verb.dep_ == "prep" else verb
    return act is not None and act.lemma_ in _HOMEWARD  # "due to undock" is parsed with a noun too


#: how a word hangs in the part of a clause that says who does what it tells ("Crew-5 commander X
#: and her crewmates are expected to launch", "will be led by commander X")
_DOERS = {"nsubj", "nsubjpass", "csubj", "agent"}


def _held_now(span: Span) -> bool:
    """Whether a role noun is a title its holder has now, in a sentence that plans what others
    will do ("will arrive on June 8, joining Expedition 56 Commander X", "will return with
    outgoing Expedition 16 commander X"): the title is said before the name of someone who
    is not the doer of the plan while other people are, or the words call it current. The planned seat of a flight
    still to fly stays planned ("Crew-5 commander X and her crewmates are expected to launch")."""
    noun, doc = span[-1], span.doc
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _NOW for c in noun.children) \
            or any(t.lower_ in _NOW for t in doc[max(noun.sent.start, span.start - 2):span.start]):
        return True
    if _due_home(noun):
        return True
    if span.end >= noun.sent.end or doc[span.end].ent_type_ != "PERSON":
        return False
    if span.start == 0 or doc[span.start - 1].ent_type_ not in _FLIGHT_LABELS:
        return False  # the flight is named in the title ("Expedition 56 Commander X"), not guessed from the story
    name = doc[span.end]
    if any(t.dep_ in _DOERS for t in (name, *name.ancestors)):
        return False
    verb = next((a for a in name.ancestors if any(c.dep_ in _DOERS for c in a.children)), None)
    doers = [t for c in verb.children if c.dep_ in _DOERS for t in c.subtree] if verb is not None else []
    return any(t.ent_type_ == "PERSON" or t.lower_ in ("he", "she", "they") for t in doers)  # others do the
    # planned thing with the holder; not "The crew will include pilot X", a seat on a flight still to fly


#: words for a crew that stands in for the flight's own ("commander of the backup crew")
_STAND_INS = ("backup", "back-up", "reserve", "standby", "stand-by")
#: verbs of being readied for a seat, not of holding it ("trained as a Soyuz flight engineer")
_TRAINED = {"train", "training"}


def _rank_in_a_service(noun: Token) -> bool:
    """Whether a role noun is a rank held in an armed service ("Tony Arlen, a commander in the
    U.S. Navy, pilots STS-199"; "a captain of the Navy"): no seat on the flight named beside it."""
    return any(p.dep_ == "prep" and p.lower_ in ("in", "of", "with") and any(
        o.dep_ == "pobj" and o.lower_ in _SERVICES for o in p.children) for p in noun.children)


def _stand_in(span: Span) -> bool:
    """Whether a seat is a stand-in's or one trained for, never flown as such: the role is a
    backup or reserve crew's ("stand-by commander of Crew-14", "commander of a back-up crew",
    "commander of the Mir-14 reserve crew"), or what someone trained as ("has undergone
    training in Russia as a Soyuz flight engineer")."""
    noun, doc = span[-1], span.doc
    before = "".join(t.lower_ for t in doc[max(noun.sent.start, span.start - 3):span.start])
    if before.endswith(_STAND_INS) or _under_stand_in_heading(noun):
        return True
    of = [t for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "for") for t in p.subtree]
    if any(t.lower_ in _STAND_INS or t.lower_ == "back" and t.i + 1 < len(doc) and doc[t.i + 1].text == "-"
           for t in of):
        return True  # "commander of a back-up crew" (the tokenizer splits "back-up")
    return noun.head.lower_ == "as" and any(a.lemma_ in _TRAINED or a.lower_ in _TRAINED
                                            for a in list(noun.head.ancestors)[:2])


def _under_stand_in_heading(noun: Token) -> bool:
    """Whether a role's line follows a heading of a stand-in crew ("Backup crew" / "A
    (Commander), B (Flight engineer)"): the line before, when it is a short one of its own."""
    text = extensions.text(noun.doc)
    start = text.rfind("\n", 0, noun.idx)
    if start < 0:
        return False
    words = re.findall(r"[a-z]+", text[text.rfind("\n", 0, start) + 1:start].lower())
    return len(words) <= 4 and any(w in _STAND_INS or w == "back" for w in words)


def _on_carrier(noun: Token) -> bool:
    """Whether a seat is on the carrier aircraft that takes a spaceplane aloft, not on the
    flight: the verb the role noun hangs from flies the mothership ("VMS Eve was piloted by
    Commander X", "X commanded mothership VMS Eve, joined by pilot Y")."""
    verbs = [a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")][:2]
    return any(_carrier_word(t) for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
               for t in c.subtree)


#: words that name a spaceplane's carrier aircraft ("mothership", "VMS Eve", "the carrier plane")
_CARRIERS = {"mothership", "motherships", "vms"}
_CARRIER_NOUNS = {"plane", "aircraft", "ship", "jet", "airplane"}


def _carrier_word(tok: Token) -> bool:
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ in _CARRIERS or tok.lower_ in ("carrier", "mother") and nxt is not None \
        and nxt.lower_ in _CARRIER_NOUNS or tok.text == "White" and nxt is not None and nxt.text == "Knight"


def _a_first(noun: Token) -> bool:
    """Whether a role noun says who did something first ("the first spaceflight participant to
    request kosher food"): what the holder did, not the seat they had."""
    return any(c.dep_ == "amod" and c.lower_ == "first" for c in noun.children) and any(
        c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in noun.children)


def _beside(ctx: Context, noun: Token, holders: list[int]) -> list[int]:
    """Others on the same flight: "served as X on M along with B", and whoever "served under
    commander X"."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return []
    found = [p for p in companions(ctx, verb, ctx.region(verb)) if p not in holders and _same_item(ctx, noun, p)]
    if noun.dep_ == "pobj" and noun.head.lower_ == "under" or noun.dep_ == "compound" and \
            noun.head.dep_ == "pobj" and noun.head.head.lower_ == "under":
        under = ctx.subject_of(verb, limit=2)
        found += [under] if under is not None and under not in holders else []
    return list(dict.fromkeys(found))


def _same_item(ctx: Context, noun: Token, person: int) -> bool:
    """Whether a companion is told in the same item of a semicolon list as the seat ("He flew
    three times: as pilot of Gemini 9, with B; as commander of Apollo 30"): B flew the one
    flight only. True when the sentence has no such list or does not name the companion."""
    sent = noun.sent
    stops = [t.i for t in sent if t.text == ";"]
    if not stops:
        return True
    start = max((i for i in stops if i < noun.i), default=sent.start)
    end = min((i for i in stops if i > noun.i), default=sent.end)
    told = [t.i for t in sent if ctx.person(t) == person]
    return not told or any(start <= i < end for i in told)


def _holders(ctx: Context, noun: Token) -> tuple[list[int], float]:
    """Who holds the seat: the person the noun describes, those listed with it ("flight
    engineers A and B"), the subject of "in command is X", the names after "was"."""
    head = noun.head
    seat = _seat_of(noun)
    if seat is not None and not (seat.dep_ == "pobj" and seat.head.lower_ in ("in", "into")):
        return [], 0.0  # "sat behind the commander's seat"
    if seat is not None:
        where = seat.head.head  # "with X in the commander's seat", "In the commander's seat was X"
        p = ctx.person(where)
        if p is not None:
            return [p], DIRECT
        for c in where.children:
            p = ctx.person(c) if c.dep_ in ("nsubj", "attr", "nsubjpass") else None
            if p is not None:
                return [p], DIRECT
        return [], 0.0
    headed = _line_head(ctx, noun)
    if headed:  # "- Commander: Tom Quill", "Mission specialists – A and B": a roster line's name
        return headed, DIRECT
    tail = _line_tail(ctx, noun)
    if tail is not None:  # "Tom Quill, Commander": a roster line's name, before its role
        return [tail], DIRECT
    aged = _aged_item(ctx, noun)
    if aged is not None:  # "were A, aged 40, commander, and B, aged 41, flight engineer": A, however parsed
        return [aged], DIRECT
    as_ = _as_before(noun)
    before_as = _name_before_as(ctx, as_, noun) if as_ is not None else None
    if before_as is not None:  # "with B as pilot and C", though the parser made the role a compound of C
        return [before_as], DIRECT
    after = _named_after(ctx, noun)
    if after is not None:  # "flying as pilot for the commander, Gus Grissom": Grissom, however it is parsed
        return [after], DIRECT
    opened = _bracket(ctx, noun)
    if opened is not None:  # "- Megan McArthur (NASA, pilot)", a line of a crew list: the name before the
        person = ctx.person(ctx.doc[opened - 1]) if opened > 0 else None  # bracket or, when none is known, nobody
        return ([person], DIRECT) if person is not None else ([], 0.0)
    if noun.lower_ == "command" and head.lower_ == "in":  # "In command is X", "X is in command"
        verb = head.head
        for c in verb.children:
            p = ctx.person(c) if c.dep_ in ("nsubj", "attr") else None
            if p is not None:
                return ctx.conjuncts(p, c), DIRECT
        return [], 0.0
    if noun.dep_ == "pobj" and head.lower_ == "as":  # "with A as pilot", "A and B as mission specialists"
        before = _name_before_as(ctx, head, noun)
        if before is not None:  # "with A as commander and B as pilot", however the parser hangs the "as"
            return [before], DIRECT
        antecedent = _relative_of_one(ctx, head.head, noun)
        if antecedent is not None:  # "A, B and C, who served as flight engineer": C alone
            return [antecedent], DIRECT
        if ctx.person(head.head) is not None:
            return [ctx.person(head.head)], DIRECT  # type: ignore[list-item]
        owner = head.head.head  # "and a Russian cosmonaut serving as the commander": the seat is the noun's
        if head.head.dep_ in ("acl", "relcl") and owner.pos_ == "NOUN" and ctx.person(owner) is None:
            p = described(ctx, owner)  # someone unnamed, unless the noun describes a name ("X, a cosmonaut ...")
            return ([p], DIRECT) if p is not None else ([], 0.0)
        named = people_before(ctx, head) or _listed_after_be(ctx, head)  # "Riding as X are A and B"
        if named:
            return named, LISTED
        held = _with_holder(ctx, head.head)
        if held is not None:  # "They had been aboard since May, with A, 46, serving as commander": A alone
            return [held], DIRECT
        subject = next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if head.head.tag_ == "VBG" and subject is not None and ctx.person(subject) is not None:
            said = [subject, *(c for c in subject.children if c.dep_ == "conj")]  # "with A serving as the
            return list(dict.fromkeys(p for t in said if (p := ctx.person(t)) is not None)), DIRECT  # commander"
    if noun.dep_ == "attr" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        named = people_before(ctx, head) or _first_after_and(ctx, head)  # "... and B is its pilot", "... and
        if named:  # B, also of NASA, is the pilot", with B parsed into the clause before
            return named, LISTED
    following = _names_right_after(ctx, noun)
    if following and (_plural(noun) or described(ctx, noun) is None):
        return following, DIRECT  # "Flight Engineers A and B", however the parser hangs the names
    person = described(ctx, noun)
    if person is None and (name := set_off(noun)) is not None:
        person = ctx.person(name)  # "For A, commander of the first such mission, the concern was ..."
    if person is None and noun.dep_ in ("nsubj", "nsubjpass") and head.lemma_ == "be":  # "its commander was X"
        person = next((ctx.person(c) for c in head.children if c.dep_ == "attr" and ctx.person(c) is not None), None)
    if person is None and noun.dep_ == "pobj" and head.lower_ == "under":  # "under commander X"
        person = next((ctx.person(t) for t in noun.subtree if ctx.person(t) is not None), None)
    if person is None:
        return [], 0.0
    if noun.tag_ == "NNS" or noun.dep_ == "pobj" and head.lower_ == "as":  # "flight engineers A and B"
        return [p for p in ctx.conjuncts(person, noun) if p == person or not _own_seat(ctx, p, noun)], LISTED
    return [person], DIRECT


def _relative_of_one(ctx: Context, verb: Token, noun: Token) -> int | None:
    """The one person a relative clause with a singular seat tells of: the name right before
    its "who" ("included A, B and C, who served as flight engineer": C, not the list the
    parser may hang the clause on)."""
    if noun.tag_ in ("NNS", "NNPS") or verb.dep_ != "relcl":
        return None
    who = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that")), None)
    if who is None:
        return None
    before = ctx.doc[who.i - 1]
    if before.is_punct and before.i > 0:
        before = ctx.doc[before.i - 1]
    return ctx.person(before)


def _name_before_as(ctx: Context, as_: Token, noun: Token) -> int | None:
    """The person named right before the "as" of a singular role ("B as pilot"): in "with A as
    commander and B as pilot" the parser may hang the second "as" on A or on the verb, but the
    words say whose seat it is."""
    if noun.tag_ in ("NNS", "NNPS") or as_.i == 0:
        return None
    before = ctx.doc[as_.i - 1]
    person = ctx.person(before)
    return person if person is not None and mention(ctx, before).end == as_.i else None


def _as_before(noun: Token) -> Token | None:
    """The "as" right before a role noun and the words it owns ("as pilot", "as the mission
    commander"), however the parser hangs the noun."""
    at = noun.i - 1
    while at > noun.sent.start and noun.doc[at].head.i == noun.i and noun.doc[at].dep_ in ("det", "compound", "amod"):
        at -= 1
    return noun.doc[at] if at >= noun.sent.start and noun.doc[at].lower_ == "as" else None


def _first_after_and(ctx: Context, verb: Token) -> list[int]:
    """The first person named between the "and" that opens a clause with no subject of its
    own and its verb: "A is the commander and B, also of NASA, is the pilot" (B, whatever
    aside stands between); nobody when no name does ("A is commander and is also pilot")."""
    doc = ctx.doc
    for i in range(verb.i - 1, verb.sent.start - 1, -1):
        if doc[i].lower_ in ("and", "while", "but", ";"):
            found = [p for t in doc[i + 1:verb.i] if (p := ctx.named_at.get(t.i)) is not None
                     and ctx.labels[p] == "PERSON"]
            return found[:1]
    return []


def _with_holder(ctx: Context, verb: Token) -> int | None:
    """The person of "with X serving as ...", however the parser hangs the "-ing" verb: the name
    right after "with", followed by nothing but an age or an aside in commas before the verb."""
    if verb.tag_ != "VBG":
        return None
    at = verb.i - 1
    while at > verb.sent.start and (ctx.doc[at].is_punct or ctx.doc[at].like_num):
        at -= 1
    person = ctx.person(ctx.doc[at]) if ctx.named_at.get(at) is not None else None
    if person is None:
        return None
    named = mention(ctx, ctx.doc[at])
    return person if named.start > verb.sent.start and ctx.doc[named.start - 1].lower_ == "with" else None


def _names_right_after(ctx: Context, noun: Token) -> list[int]:
    """The names that follow a role noun word for word: the one right after it, and for a
    plural the names joined to it by commas and "and" ("Flight Engineers A, B and C"), up to
    a word that is no name (another role: "Commander A and Flight Engineers B and C")."""
    doc = ctx.doc
    at = noun.i + 1
    found: list[int] = []
    while at < noun.sent.end:
        person = ctx.person(doc[at])
        if person is None or ctx.named_at.get(at) != person or found and not _plural(noun):
            break
        found.append(person)
        at = mention(ctx, doc[at]).end
        while at < noun.sent.end and doc[at].lower_ in (",", "and"):
            at += 1
    return list(dict.fromkeys(found))


def _plural(noun: Token) -> bool:
    """Whether a role noun is plural ("Flight Engineers" is often tagged a singular proper noun)."""
    return noun.tag_ in ("NNS", "NNPS") or noun.lower_.endswith("s")


def _own_seat(ctx: Context, person: int, noun: Token) -> bool:
    """Whether a person listed with others has a role word of their own just before their
    name ("commander A, pilot B and mission specialists C and D": A and B are no specialists)."""
    for start, _ in ctx.clusters[person]["mentions"]:
        if not noun.sent.start < start < noun.sent.end:
            continue
        before = ctx.doc[max(noun.sent.start, start - 2):start]
        if noun.i not in range(before.start, before.end) and any(
                before[i:].text.lower() in ROLES for i in range(len(before))):
            return True
    return False


def _named_after(ctx: Context, noun: Token) -> int | None:
    """The person named right after "the <role>," (or "the <role> of Y,") at the end of a clause:
    "for the commander, X.", "flying with the new commander of the station, astronaut X, and B"
    (the parser often hangs X elsewhere, and "the commander" alone would be read as the person
    the story is about)."""
    doc = ctx.doc
    comma = next((c.right_edge.i + 1 for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), noun.i + 1)
    # "the new commander of the space station, astronaut X": the of-phrase is the seat's
    if not any(c.dep_ in ("det", "poss") for c in noun.children) or comma + 1 >= noun.sent.end \
            or doc[comma].text != "," or _describes_name_before(ctx, noun):
        return None
    at = comma + 1
    while at + 1 < noun.sent.end and ctx.person(doc[at]) is None and (
            doc[at].lower_ in _TITLES or doc[at].ent_type_ in ("NORP", "ORG", "AGENCY")):
        at += 1  # "astronaut X", "Russian cosmonaut X", "NASA astronaut X"
    person = ctx.person(doc[at])
    if person is None or ctx.named_at.get(at) != person:
        return None
    end = mention(ctx, doc[at]).end
    return person if end >= noun.sent.end or doc[end].is_punct else None


#: the lower-case words of a trade that may stand before a name set off after a seat ("astronaut X")
_TITLES = {"astronaut", "cosmonaut", "taikonaut"}


#: what parts a roster line's role from its holder: "Commander: X", "Pilot – Y"
_LINE_MARKS = {":", "-", "–", "—"}
#: bullets a roster line may start with
_BULLETS = {"-", "•", "▪", "◦", "·", "*", "–", "—"}


def _line_head(ctx: Context, noun: Token) -> list[int]:
    """The people a role heads a line of a roster with: "- Commander: Tom Quill", "Pilot –
    Ann Lee", "Mission specialists: A and B" (the role words alone before the mark, at the
    start of the sentence or after a bullet)."""
    doc = ctx.doc
    lead = [t for t in doc[noun.sent.start:noun.i] if not t.is_space and t.text not in _BULLETS]
    if len(lead) > 2 or not all(t.is_alpha for t in lead) or noun.i + 2 >= len(doc) \
            or doc[noun.i + 1].text not in _LINE_MARKS:
        return []
    name = doc[noun.i + 2]
    person = ctx.person(name)
    if person is None or ctx.named_at.get(name.i) != person:
        return []
    return ctx.conjuncts(person, mention(ctx, name).root) if noun.tag_ == "NNS" else [person]


def _line_tail(ctx: Context, noun: Token) -> int | None:
    """The person a role ends a line of a roster after: "Tom Quill, Commander", "• Ann Lee,
    Pilot" (only a bullet, the name and a comma before the role words, nothing after them)."""
    doc, sent = ctx.doc, noun.sent
    if any(not (t.is_space or t.is_punct) for t in doc[noun.i + 1:sent.end]):
        return None
    lead = [t for t in doc[sent.start:noun.i] if not t.is_space and t.text not in _BULLETS]
    comma = next((i for i in range(len(lead) - 1, -1, -1) if lead[i].text == ","), None)
    if comma is None or comma == 0 or len(lead) - comma - 1 > 2:
        return None
    name = lead[comma - 1]
    person = ctx.person(name)
    if person is None or ctx.named_at.get(name.i) != person or mention(ctx, name).start != lead[0].i:
        return None
    return person


def _aged_item(ctx: Context, noun: Token) -> int | None:
    """The person an item of a list names before its age and its role: "A, aged 40, commander,
    and B, 41, flight engineer" (the role closes the item: a comma, "and" or the sentence's end
    after it). The parser hangs such roles anywhere."""
    doc = ctx.doc
    after = doc[noun.i + 1] if noun.i + 1 < noun.sent.end else None
    if after is not None and after.text not in (",", ";", ".", "and") or noun.i - 3 < noun.sent.start:
        return None
    at = noun.i - 1
    if doc[at].text != "," or not doc[at - 1].like_num:
        return None
    at -= 3 if doc[at - 2].lower_ in ("aged", "age") else 2
    if at - 1 < noun.sent.start or doc[at].text != ",":
        return None
    person = ctx.person(doc[at - 1])
    if person is None or mention(ctx, doc[at - 1]).end != at:
        return None
    return person


def _on_roster_line(ctx: Context, noun: Token) -> bool:
    """Whether a role stands on a roster's line with its holder's name: "Pilot: X", "X, Pilot",
    "X (Commander), Y (Flight engineer)"."""
    return bool(_line_head(ctx, noun)) or _line_tail(ctx, noun) is not None or _bracket(ctx, noun) is not None


def _roster_flight(ctx: Context, noun: Token) -> int | None:
    """The flight a roster names none of is the page's: the last mission, or craft with a
    flight's number ("Soyuz 13", not "Soyuz"), named in the sentences before it, nearest first."""
    for tok, cluster in reversed(ctx.in_sentence(ctx.doc[:noun.sent.start], *MISSIONS, "SPACECRAFT")):
        if (ctx.labels[cluster] in MISSIONS or any(ch.isdigit() for ch in str(ctx.clusters[cluster]["name"]))) \
                and not _past(ctx, tok):
            return cluster
    return None


def _describes_name_before(ctx: Context, noun: Token) -> bool:
    """Whether "the <role>," stands right after a name and a comma, as in a list of "name,
    role" pairs ("A, the mission commander, B, the command module pilot, and C"): the role is
    the name's before it, not the one after."""
    before = noun.left_edge.i - 1
    return before - 1 >= noun.sent.start and ctx.doc[before].text == "," \
        and ctx.named_at.get(before - 1) is not None and ctx.person(ctx.doc[before - 1]) is not None


def _bracket(ctx: Context, noun: Token) -> int | None:
    """Where the bracket opens that holds a role noun right after a name: "Megan McArthur
    (NASA, pilot)", "Akihiko Hoshide (JAXA, mission specialist)"; None when the noun is not in
    one that follows a proper name."""
    doc = ctx.doc
    for i in range(noun.i - 1, max(noun.sent.start, noun.i - 8) - 1, -1):
        if doc[i].text == ")" or "\n" in doc[i].text:
            return None
        if doc[i].text == "(":
            return i if i > 0 and doc[i - 1].pos_ == "PROPN" else None
    return None


def _seat_of(noun: Token) -> Token | None:
    """The seat a role noun owns: "the commander's seat"."""
    return noun.head if noun.dep_ == "poss" and noun.head.lemma_ in ("seat", "chair") else None


def _relative_flight(ctx: Context, noun: Token) -> int | None:
    """The flight a relative clause the seat is told in hangs on ("commanded the Soyuz MS-10
    mission, for which A served as the flight engineer", "Apollo 19, on which B was the pilot")."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    prep = next((t.doc[t.i - 1] for t in verb.subtree if t.i < verb.i and t.lower_ == "which" and t.i > 0
                 and t.doc[t.i - 1].lower_ in ("for", "on", "aboard", "in")), None) if verb is not None else None
    if prep is None or prep.i < 2:
        return None
    before = prep.doc[prep.i - 1] if prep.doc[prep.i - 1].text != "," else prep.doc[prep.i - 2]
    found = [t for t in before.subtree if t.i < prep.i and ctx.is_a(t, *_FLIGHTS)]  # the noun "which" stands
    return ctx.cluster(found[-1]) if found else None  # for, however the parser hangs the clause


def _the_mission(ctx: Context, noun: Token) -> int | None:
    """The story's mission, for the seat on a craft whose sentence speaks of "the mission" ("X is
    the pilot of the Crew Dragon spacecraft and second in command for the mission"): the last
    mission named before it."""
    if not any(t.lower_ in ("mission", "flight") and any(c.lower_ == "the" for c in t.children) for t in noun.sent):
        return None
    told = [t for t, c in ctx.in_sentence(ctx.doc[:noun.sent.start], "MISSION") if not _past(ctx, t)]
    return ctx.cluster(told[-1]) if told else None


def _in_role(word: Token, noun: Token) -> bool:
    """Whether a word is part of the role's own words ("Module" of "Lunar Module Pilot"), which
    the model may take for a craft: no flight of the seat."""
    doc = noun.doc
    return any(doc[max(0, word.i - k):noun.i + 1].text.lower() in ROLES for k in range(3))


def _flight(ctx: Context, noun: Token) -> tuple[int | None, bool]:
    """The flight a seat is on, and whether the noun names it itself (or its seat does: "the
    commander's seat of the Soyuz MS-20 capsule")."""
    seat = _seat_of(noun)
    if seat is not None:
        flight, direct = _flight(ctx, seat)
        if direct:
            return flight, direct
    relative = _relative_flight(ctx, noun)
    if relative is not None:
        return relative, True
    kind = _kind_before(ctx, noun)
    if kind is not None:  # "Soyuz commander X", "Expedition 46 Soyuz Commander X", "Soyuz spacecraft commander X":
        return _numbered_craft(ctx, noun, kind), True  # a seat on the craft of that kind the story names, never
        # the expedition its crew joins
    for child in noun.children:
        if child.dep_ in ("compound", "nmod", "poss") and ctx.is_a(child, *_FLIGHTS) and not _in_role(child, noun):
            if _craft_type(ctx, ctx.cluster(child)) and ctx.named_at.get(child.i) is None:
                continue  # "the capsule's commander", the capsule taken for a kind of craft: the story's flight
            return ctx.cluster(child), True  # "the Crew-5 commander", "Shenzhou-17's commander"
        if child.dep_ == "prep" and child.lower_ in _SEAT_PREPOSITIONS:
            found = sorted([t for t in child.subtree if ctx.is_a(t, *_FLIGHTS)],
                           key=lambda t: ctx.named_at.get(t.i) is None)  # a name before "the capsule" it is told of
            after = ctx.doc[child.right_edge.i + 1] if child.right_edge.i + 1 < noun.sent.end else None
            if not found and after is not None and after.dep_ == "appos" and after.head.i == noun.i \
                    and ctx.is_a(after, *_FLIGHTS):
                found = [after]  # "as research cosmonaut of the space ship Soyuz-30", the name hung on the seat
            if found:
                return ctx.cluster(found[0]), True
            if any(_unknown_flight(ctx, t) for t in child.subtree):
                return None, False  # "commander of the Apollo-Soyuz Test Project": a flight not known, no other
        if child.dep_ == "poss" and child.lower_ in ("its", "their"):
            found_its = recent_mentions(ctx, noun)
            if found_its:
                return ctx.cluster(found_its[-1]), True
    if _of_a_mission(noun):
        flights = [t for t, c in ctx.in_sentence(ctx.doc[:noun.i - 1], "MISSION", "SPACECRAFT")  # "the mission
                   if (ctx.labels[c] == "MISSION" or any(ch.isdigit() for ch in str(ctx.clusters[c]["name"])))
                   and not _past(ctx, t) and not _stood_by(t)]  # not "a veteran of the Shenzhou-15 mission"
        if flights:  # commander": a flight's, never an expedition's, whatever "the mission" was taken to mean
            return ctx.cluster(flights[-1]), False
    if noun.i > 0 and ctx.is_a(noun.doc[noun.i - 1], *_FLIGHTS) and not _in_role(noun.doc[noun.i - 1], noun):
        return ctx.cluster(noun.doc[noun.i - 1]), True
    told = ctx.in_sentence(noun.sent, *MISSIONS)
    if any(ctx.named_at.get(t.i) is not None for t, _ in told):  # a name, before a reference ("the crew")
        told = [(t, c) for t, c in told if ctx.named_at.get(t.i) is not None]
    told = [(t, c) for t, c in told if not _clause_apart(t, noun) and not _stood_by(t)]  # not "..., where they
    # will relieve the X crew", nor "the back-up crew of X"
    named = list(dict.fromkeys(c for t, c in told if not _past(ctx, t)))  # not "who flew on Shenzhou-34 in 2022"
    if len(named) == 1:  # "served under commander X on Apollo 8"
        return named[0], False
    before = [t for t in recent_mentions(ctx, noun, *MISSIONS)
              if not _past(ctx, t) and not _clause_apart(t, noun, {"relcl"}) and not _stood_by(t)] or (
        [t for t, _ in ctx.in_sentence(ctx.doc[:noun.sent.start], *MISSIONS)] if noun.sent.start else []) or \
        [t for t in recent_mentions(ctx, noun, "SPACECRAFT") if not _craft_type(ctx, ctx.cluster(t))]  # the
    # story's mission, else the craft just named (with its number: "Soyuz" names a kind)
    if before:
        return ctx.cluster(before[-1]), False
    past = list(dict.fromkeys(c for t, c in told if not other_crew(ctx.doc, mention(ctx, t).start)))
    if not past and _names_right_after(ctx, noun):  # "Commander X and Flight Engineers Y and Z landed Soyuz
        crafts = list(dict.fromkeys(c for t, c in ctx.in_sentence(noun.sent, "SPACECRAFT") if not _past(ctx, t)
                                    and any(ch.isdigit() for ch in str(ctx.clusters[c]["name"]))))
        return (crafts[0], False) if len(crafts) == 1 else (None, False)  # MS-40": the one numbered craft named
    return (past[0], False) if len(past) == 1 else (None, False)


def _told_before(noun: Token) -> bool:
    """Whether a seat is told in the past perfect ("he had flown the glider Kestrel as pilot
    alongside B"): a flight before the story's."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had"
                                                            for c in verb.children)


def _stood_by(tok: Token) -> bool:
    """Whether a flight's name is the one a crew that stays on the ground stands by for ("the
    prime crew of A is the back-up crew of B, with X as commander"; "the backup crew for B"): a
    seat told beside it is not on it."""
    head = tok
    while head.dep_ in ("compound", "nmod", "nummod", "appos") and head.head.i != head.i:
        head = head.head
    prep = head.head if head.dep_ == "pobj" else None
    return prep is not None and prep.lower_ in ("of", "for") and grounded_crew([*prep.head.lefts])


def _numbered(ctx: Context, cluster: int) -> bool:
    """Whether a craft's name has a flight's number ("Soyuz MS-40", not "Soyuz" or "Endeavour")."""
    return ctx.labels[cluster] == "SPACECRAFT" and any(ch.isdigit() for ch in str(ctx.clusters[cluster]["name"]))


def _craft_type(ctx: Context, cluster: int | None) -> bool:
    """Whether a craft is a kind of craft (:func:`extract.frames.crafts.a_kind`): "Soyuz
    Commander X" names no one flight."""
    return cluster is not None and ctx.labels[cluster] == "SPACECRAFT" and a_kind(str(ctx.clusters[cluster]["name"]))


def _numbered_craft(ctx: Context, noun: Token, kind: int | None = None) -> int | None:
    """The one craft with a flight's number a role's sentence names ("Soyuz TMA-06M"), if one;
    else, for a seat on a kind of craft ("the Soyuz commander"), the last craft of that kind with
    a number named before the sentence, or the one named after it."""
    crafts = list(dict.fromkeys(c for t, c in ctx.in_sentence(noun.sent, "SPACECRAFT") if not _past(ctx, t)
                                and _numbered(ctx, c)))
    if crafts or kind is None:
        return crafts[0] if len(crafts) == 1 else None
    before = [c for t, c in ctx.in_sentence(ctx.doc[:noun.sent.start], "SPACECRAFT", *MISSIONS)
              if not _past(ctx, t) and _of_kind(ctx, c, kind)]
    after = list(dict.fromkeys(c for t, c in ctx.in_sentence(ctx.doc[noun.sent.end:], "SPACECRAFT", *MISSIONS)
                               if _of_kind(ctx, c, kind)))
    return before[-1] if before else after[0] if len(after) == 1 else None


def _of_kind(ctx: Context, cluster: int, kind: int) -> bool:
    """Whether a craft or flight is one with a number of a kind of craft ("Soyuz TMA-19M" of "Soyuz")."""
    name, kind_name = str(ctx.clusters[cluster]["name"]), str(ctx.clusters[kind]["name"])
    return cluster != kind and name.lower().startswith(kind_name.lower() + " ") and any(ch.isdigit() for ch in name)


#: nouns of a craft between its kind's name and a seat ("Soyuz spacecraft commander")
_CRAFT_NOUNS = CRAFT_WORDS | {"vehicle"}


def _kind_before(ctx: Context, noun: Token) -> int | None:
    """The kind of craft named right before a seat ("Soyuz commander", "Soyuz spacecraft
    commander", "Soyuz flight engineer"), as a name of the story, not a word of the role."""
    at = noun.i - 1
    while at > noun.sent.start and (ctx.doc[at].lower_ in _CRAFT_NOUNS or _in_role(ctx.doc[at], noun)):
        at -= 1  # "spacecraft commander" may be a role's words too
    word = ctx.doc[at]
    if at < noun.sent.start or not ctx.is_a(word, "SPACECRAFT") or ctx.named_at.get(
            mention(ctx, word).start) is None:
        return None
    cluster = ctx.cluster(word)
    return cluster if _craft_type(ctx, cluster) else None


#: how a clause hangs that tells something else than the clause it hangs on
_CLAUSES = {"relcl", "advcl", "acl", "ccomp"}


def _clause_apart(word: Token, noun: Token, kinds: set[str] = _CLAUSES) -> bool:
    """Whether a word lies in a clause of its own that the role noun is not in ("commander A
    and pilot B flew to the station, where they will relieve the X crew"; "X, a native of Rome
    who went to space on Galactic 01 in June, serves as pilot"): a flight named there is
    another's, or the holder's earlier one. ``kinds``: which clauses count."""
    around = {a.i for a in noun.ancestors}
    return any(a.dep_ in kinds and a.i not in around and a.i != noun.i for a in (word, *word.ancestors))


def _of_a_mission(noun: Token) -> bool:
    """ "The mission commander": the word "mission" itself before the role (not a name), and
    not the role "mission specialist", whose "mission" says no flight."""
    return noun.i > 0 and noun.doc[noun.i - 1].lower_ == "mission" and noun.doc[noun.i - 1].ent_type_ == "" \
        and noun.lower_ not in ("specialist", "specialists")


def _told_with(ctx: Context, noun: Token, holders: list[int]) -> list[int]:
    """The flight named in the last sentence before a word that names one of the holders by
    name too ("the capsule of Shenzhou-13, carrying A, B and C, landed"): a mission, or a craft
    with a flight's number ("Soyuz MS-25", not "Crew Dragon" or "Sputnik")."""
    sent = noun.sent
    for _ in range(8):  # the sentences just before, nearest first
        if sent.start == 0:
            break
        sent = ctx.doc[sent.start - 1].sent
        name = next((t for t in sent if ctx.named_at.get(t.i) in holders), None)
        if name is not None:
            found = [c for t, c in ctx.in_sentence(sent, *MISSIONS, "SPACECRAFT") if not _past(ctx, t) and (
                ctx.labels[c] in MISSIONS or any(ch.isdigit() for ch in str(ctx.clusters[c]["name"])))
                and not _clause_apart(t, name)]
            if found:
                return found[:1]
    return []


def _past(ctx: Context, tok: Token) -> bool:
    """Whether a flight's name is told as one of the past ("on Shenzhou-34 in 2022")."""
    span = mention(ctx, tok)
    return past_mention(ctx.doc, span.start, span.end)


def _unknown_flight(ctx: Context, tok: Token) -> bool:
    """A proper noun that names no flight, person, place or agency the article knows: what a
    seat "of" it is on is a flight the patterns do not know ("the Apollo-Soyuz Test Project")."""
    c = ctx.cluster(tok)
    return tok.pos_ == "PROPN" and (c is None or ctx.labels[c] not in ("PERSON", "PLACE", "AGENCY"))


def _as_seat(ctx: Context, noun: Token) -> bool:
    """Whether a trade word names a seat by how it is said: "as pilot", "her pilot", "the pilot"
    next to a name, "Pilot: X" heading a roster line."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" or _as_before(noun) is not None:
        return True
    if _bracket(ctx, noun) is not None or _line_head(ctx, noun) or _line_tail(ctx, noun) is not None:
        # "(NASA, pilot)", "Pilot: X", "X, Pilot"
        return True
    if any(c.dep_ == "poss" for c in noun.children):
        return True
    return noun.dep_ in ("appos", "compound", "nsubj", "attr") and any(c.lower_ == "the" for c in noun.children) \
        or noun.dep_ == "compound" and noun.head.pos_ == "PROPN"


def _listed_after_be(ctx: Context, phrase: Token) -> list[int]:
    """The people named after "is"/"are" that follows a phrase: "Riding as mission specialists
    are A and B"."""
    end = max(t.i for t in phrase.subtree) + 1
    doc = ctx.doc
    if end >= phrase.sent.end or doc[end].lemma_ != "be":
        return []
    found: list[int] = []
    for t in doc[end + 1:phrase.sent.end]:
        p = ctx.named_at.get(t.i)
        if p is not None and ctx.labels[p] == "PERSON":
            if p not in found:
                found.append(p)
        elif t.lower_ not in ("and", ","):
            break
    return found
