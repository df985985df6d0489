"""Who was aboard together, told the way wire copy lists a crew after the flight is named:
"On board are A, B and C", "Aboard with her were A and B", "Others aboard were C and D":
each named person flew with the others (and with "him" or "her", and with those a list of
"others" adds to); and "C and D joined them" after a sentence about the flight of the people
"them" stands for; "X joined A and B in the Soyuz", "X is joined by A and B on Crew-9"; and
the riders of a craft the sentence names ("On board Soyuz MS-9 were A and B", "Soyuz MS-9 had
A and B on board"), told in a sentence of their own, away from the launch or the landing."""

from __future__ import annotations

from functools import partial

from spacy.tokens import Span, Token

from extract.components.context import Context, entity
from extract.frames.crafts import CRAFT_NOUNS
from extract.frames.mood import mood
from extract.rules.common import MISSIONS, VEHICLES, VERSION, listed, once_flown, recent

#: how far a list of "others aboard" may be from the list it adds to, in sentences
_OTHERS_REACH = 3
_PRONOUNS = {"him", "her", "them"}
#: what "joined them aboard/on/in ..." may name and still be the flight
_RIDES = {"aboard", "capsule", "spacecraft", "flight", "trip", "ride", "journey", "mission", "board"}
#: prepositions of riding a craft: "joined A and B in the Soyuz"
_INSIDE = {"in", "aboard", "on", "inside", "onboard"}
#: words that open an inverted list of the riders as "aboard" does ("In the cabin were A and B")
INSIDE_WORDS = ["in the cabin", "inside the cabin", "in the capsule", "inside the capsule"]
#: verbs of a flight, which make "joined them" in the next sentence a seat beside them
_FLIGHT_VERBS = {"launch", "land", "undock", "dock", "splash", "lift", "return", "fly", "blast", "arrive",
                 "touch", "leave", "depart"}


def aboard(ctx: Context, tok: Token, span: Span) -> None:
    """The people listed after "aboard ... were" (an inverted sentence: the list is its
    subject) flew together, in the craft named between ("On board Soyuz MS-9 were A and B")."""
    _owned_trip(ctx, tok, span)
    _had_aboard(ctx, span)
    listed = _listed(ctx, span)
    if listed is None:
        return
    people, verb = listed
    craft = _craft_between(ctx, span, verb)
    if craft is not None and mood(ctx, verb) is not None:
        for one in dict.fromkeys(people):
            rode(ctx, one, craft, span, "planned" if ctx.planned(verb) else "reported")
    _aboard_the_flight(ctx, span, verb, people)
    if any(t.lower_ == "others" for t in ctx.doc[tok.sent.start:tok.i]):  # "Others aboard were ..."
        people = _earlier(ctx, tok.sent) + people
    people = list(dict.fromkeys(people))
    modality = "planned" if ctx.planned(verb) else "reported"  # "On board will be A and B"
    for k, one in enumerate(people):
        for other in people[k + 1:]:
            ctx.add(one, "flewWith", entity(other), tok.sent, rule=f"{VERSION}:aboard", confidence=0.65,
                    modality=modality)


#: the labels of a craft or a flight whose riders are its crew (a station's are not)
CRAFT = ("SPACECRAFT", *MISSIONS)


#: words of coming home: a craft told with them may be the one its riders landed in, not the one
#: they went up in
_HOMEWARD = {"land", "landing", "splash", "splashdown", "return", "touch", "touchdown", "undock", "home", "back",
             "descend", "descent", "recover", "recovery", "reentry", "re-entry"}


def rode(ctx: Context, person: int, craft: int, span: Span, modality: str) -> None:
    """A person rode a craft, told in a sentence of its own: a seat on it when it is a flight,
    else the craft they went up in (as "Soyuz MS-9 is carrying A"), unless the sentence or the
    one before tells of coming home, whose craft may be another."""
    if ctx.labels[craft] in MISSIONS:
        ctx.add(craft, "crewMember", entity(person), span, rule=f"{VERSION}:aboard", confidence=0.75,
                modality=modality)
    elif not homeward(span.sent):
        ctx.add(person, "launchVehicle", entity(craft), span, rule=f"{VERSION}:aboard", confidence=0.75,
                modality=modality)


def homeward(sent: Span) -> bool:
    """Whether a sentence or the one before tells of coming home: a craft told there may be the
    one its riders landed in, not the one they went up in."""
    return any(t.lemma_ in _HOMEWARD or t.lower_ in _HOMEWARD for t in _told_with(sent))


def _told_with(sent: Span) -> Span:
    """A sentence with the one before it: what "it" and "the crew" go back to."""
    doc = sent.doc
    return doc[doc[sent.start - 1].sent.start:sent.end] if sent.start > 0 else sent


def _craft_between(ctx: Context, span: Span, verb: Token) -> int | None:
    """The one craft or flight named between "aboard" and its verb ("On board Soyuz MS-9 were
    ..."), else None."""
    named = {c for t, c in ctx.in_sentence(span.sent, *CRAFT) if span.end <= t.i < verb.i}
    return named.pop() if len(named) == 1 else None


def _aboard_the_flight(ctx: Context, span: Span, verb: Token, people: list[int]) -> None:
    """ "Aboard were A, B and C", "On board will be A and B", naming no craft, right after a
    sentence about a flight: they are its crew (the flight named last, in the sentence or the
    one before, else the one flight or numbered craft, "Soyuz MS-40", the article has named so far);
    "On board with her were A and B": she too."""
    tok = span[0]
    beside = {t.i for w in ctx.doc[span.end:verb.i] if w.lower_ == "with" for t in w.subtree}
    if tok.i != tok.sent.start or len(people) < 2 or any(
            t.pos_ != "AUX" and t.i not in beside for t in ctx.doc[span.end:verb.i]):
        return
    flight = recent(ctx, tok, *MISSIONS)
    if flight is None:  # "... put the Soyuz MS-40 spacecraft into orbit. [...] Aboard are A, B and C."
        flight = numbered_so_far(ctx, tok)
    modality = mood(ctx, verb)
    if flight is None or modality is None:
        return
    for one in people:
        ctx.add(flight, "crewMember", entity(one), tok.sent, rule=f"{VERSION}:aboard", confidence=0.7,
                modality=modality)


def numbered_so_far(ctx: Context, tok: Token) -> int | None:
    """The one flight or numbered craft ("Soyuz MS-40") the article has named before a word: the
    story's flight; None when it named several (not told which) or none."""
    crafts = {c for _, c in ctx.in_sentence(ctx.doc[:tok.i], *CRAFT) if once_flown(ctx, c) is not None}
    return crafts.pop() if len(crafts) == 1 else None


def craft_of(ctx: Context, noun: Token, *labels: str, lefts: bool = False) -> int | None:
    """The craft or flight a noun names (with ``lefts``, also a name before it: "the Soyuz MS-9
    spacecraft"), else, for a craft noun or "it", the one named last; None for a rocket or
    anything else."""
    named = next((ctx.cluster(t) for t in (noun, *(noun.lefts if lefts else ())) if ctx.is_a(t, *labels)), None)
    if named is None and noun.lower_ in CRAFT_NOUNS - {"rocket"} | {"it"}:
        return recent(ctx, noun, *labels)
    return named


def _had_aboard(ctx: Context, span: Span) -> None:
    """ "Soyuz MS-9 had A and B, as well as C, on board", "It has A and B aboard": the people
    named between "have" and "aboard" rode the craft that is the verb's subject (a craft noun
    or "it" for the craft named last). A person who "had" something aboard is no craft."""
    verb = next((a for a in span[0].ancestors if a.lemma_ == "have" and a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.i > span.start:  # not the first verb above: "cosmonauts" may be read as one
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head  # "the Soyuz MS-9 spacecraft, which had A and B on board"
    if subject is None:
        return
    craft = craft_of(ctx, subject, *CRAFT, lefts=True)
    modality = mood(ctx, verb)
    if craft is None or modality is None:
        return
    people = [c for t, c in ctx.in_sentence(span.sent, "PERSON")
              if verb.i < t.i < span.start and ctx.named_at.get(t.i) == c]  # named, not "three astronauts"
    if not people:  # "the capsule had three astronauts on board: A, B and C"
        people = [p for c in verb.children if c.dep_ == "dobj" and c.i < span.start for p in listed(ctx, c)]
    for one in dict.fromkeys(people):
        rode(ctx, one, craft, span, modality)


#: nouns of one person's trip, whose "aboard X" is the craft they flew
_TRIPS = {"mission", "flight", "trip", "journey", "voyage", "spaceflight", "stay"}


def _owned_trip(ctx: Context, tok: Token, span: Span) -> None:
    """ "Bondar's 1992 mission aboard the shuttle Discovery took eight days", "her flight aboard
    Soyuz MS-9": the owner of the trip rode the craft named."""
    trip = tok.head
    owner = next((c for c in trip.children if c.dep_ == "poss"), None)
    person = ctx.person(owner) if owner is not None else None
    if tok.dep_ != "prep" or trip.lower_ not in _TRIPS or person is None:
        return
    craft = next((ctx.cluster(c) for c in tok.children if c.dep_ == "pobj" and ctx.is_a(c, "SPACECRAFT", *MISSIONS)),
                 None)
    if craft is not None:
        ctx.add(person, "launchVehicle", entity(craft), span, rule=f"{VERSION}:aboard", confidence=0.8,
                modality="planned" if ctx.planned(trip) else "reported")


def _listed(ctx: Context, span: Span) -> tuple[list[int], Token] | None:
    """The people a sentence lists after "aboard ... are/were" (up to a clause about one of
    them: "B, who became ..."), with the one "with him" or "with her" before the verb stands
    for, and the verb; None when the sentence is not so built ("X was aboard", "aboard the
    station, X said")."""
    tok, sent = span[0], span[0].sent
    verb = next((t for t in ctx.doc[span.end:min(sent.end, span.end + 8)] if t.lemma_ == "be"), None)
    if verb is None or any(ctx.person(t) is not None for t in ctx.doc[sent.start:verb.i]
                           if t.lower_ not in _PRONOUNS and not _with_whom(t)):
        return None  # a person before the verb is its subject: "Ana Ruiz was aboard"
    end = next((t.i for t in ctx.doc[verb.i:sent.end] if t.lower_ in ("who", "whose", "which")), sent.end)
    people = [c for t, c in ctx.in_sentence(sent, "PERSON") if verb.i < t.i < end]
    if not people:
        return None
    for t in ctx.doc[tok.i:verb.i]:
        named = _with_whom(t) and ctx.named_at.get(t.i) is not None  # "with Mrs. Ruiz"
        if t.lower_ in ("him", "her") and t.head.lower_ == "with" or named:
            one = ctx.person(t) if ctx.person(t) is not None else recent(ctx, t, "PERSON")
            if one is not None and one not in people:
                people.insert(0, one)
    return people, verb


def _with_whom(tok: Token) -> bool:
    """Whether a word is the one "with" names before the verb ("On board with Mrs. Ruiz were
    A and B", "with Ana Ruiz"): a companion of the list, not the sentence's subject."""
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "with"


def _earlier(ctx: Context, sent: Span) -> list[int]:
    """The people of the nearest list aboard in the sentences just before."""
    doc = ctx.doc
    at = sent.start
    for _ in range(_OTHERS_REACH):
        if at == 0:
            break
        before = doc[at - 1].sent
        for t in before:
            if t.lower_ in ("aboard", "onboard") or t.lower_ == "board" and t.i > 0 and doc[t.i - 1].lower_ == "on":
                start = t.i - 1 if t.lower_ == "board" else t.i
                found = _listed(ctx, doc[start:t.i + 1])
                if found:
                    return found[0]
        at = before.start
    return []


def joined(ctx: Context, tok: Token, span: Span) -> None:
    """ "The pair left the station at dawn. C and D joined them.": C and D flew
    with the people of the flight the sentence before tells."""
    them = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ in _PRONOUNS), None)
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    person = ctx.person(subject) if subject is not None else None
    if person is None and subject is not None and subject.lower_ == "who" and tok.dep_ == "relcl":
        person = ctx.person(tok.head)  # "commanded by X, who is joined by A and B aboard Y": X
    if tok.pos_ != "VERB" or subject is None or person is None:
        return
    if any(c.dep_ == "prep" and not any(ctx.is_a(t, *VEHICLES, *MISSIONS, "STATION") or t.lower_ in _RIDES
                                         for t in c.subtree) for c in tok.children):
        return  # "joined him for dinner": not on the flight
    if them is None:
        _joined_by_name(ctx, tok, span, subject, person)
        return
    verbs = _flights_before(ctx, tok.sent)
    if not verbs:
        return
    told = _told(ctx, verbs[0], them.lower_ == "them")
    people = ctx.conjuncts(person, subject)
    modality = "planned" if ctx.planned(tok) else "reported"
    for one in dict.fromkeys(people):
        for other in told:
            if other != one:
                ctx.add(one, "flewWith", entity(other), span, rule=f"{VERSION}:joined", confidence=0.6,
                        modality=modality)


def _joined_by_name(ctx: Context, verb: Token, span: Span, subject: Token, person: int) -> None:
    """ "X joined A and B in the Soyuz TMA-12 spacecraft", "X is joined by A and B on Crew-9":
    they flew together, when the clause names the craft or the flight (else "X joined A at the
    news conference", "joined A and B aboard the station" would be a flight together)."""
    side = next((c for c in verb.children if c.dep_ == ("agent" if subject.dep_ == "nsubjpass" else "dobj")), None)
    if side is None and subject.dep_ == "nsubjpass":  # "joined on the trip by A": "by" hung on "trip"
        side = next((t for t in verb.subtree if t.i > verb.i and t.lower_ == "by" and t.dep_ == "prep"), None)
    if side is None:
        return
    sent = verb.sent
    end = next((t.i for t in ctx.doc[side.i:sent.end] if t.lower_ in ("who", "which", "that", ";")), sent.end)
    ride = next((t for t in ctx.doc[side.i:end] if t.lower_ in _INSIDE and t.dep_ == "prep"), None)
    if ride is None:
        ride = _trip_before(ctx, verb, side)  # "was joined on the trip by A and B"
        if ride is None:
            if subject.dep_ == "nsubjpass" and _flights_before(ctx, sent):
                ctx.later.append((partial(_joined_after_flight, person=person), verb, span))
            return
        named = [t for t in ctx.doc[side.i:end] if ctx.named_at.get(t.i) is not None and ctx.person(t) is not None]
    elif not any(ctx.is_a(t, *VEHICLES, "MISSION") for t in ride.subtree) or any(
            t.dep_ == "prep" for t in ctx.doc[side.i:ride.i]):  # "joined A at a news conference on X"
        return  # "joined A and B aboard the station": the crew already there, who flew up another day
    else:
        named = [t for t in ctx.doc[side.i:ride.i] if ctx.named_at.get(t.i) is not None and ctx.person(t) is not None]
    mates = [p for t in named if (p := ctx.person(t)) is not None and p != person]
    modality = "planned" if ctx.planned(verb) else "reported"
    for other in dict.fromkeys(mates):
        ctx.add(person, "flewWith", entity(other), span, rule=f"{VERSION}:joined", confidence=0.6,
                modality=modality)


#: nouns of a flight that a ride may be said by without its name: "joined on the trip by A"
_TRIPS = {"trip", "flight", "journey", "ride", "voyage", "mission"}


def _joined_after_flight(ctx: Context, verb: Token, span: Span, person: int) -> None:
    """ "Shenzhou-41 lifted off on Monday. Commander X was joined by A and B.": right after a
    sentence about a flight, those who joined someone the article seats on it (its one flight
    named there) are its crew too; not a relative ("was joined by his wife")."""
    side = next((c for c in verb.children if c.dep_ == "agent"), None)
    if side is None or any(t.lower_ in _KIN for t in side.subtree):
        return
    before = ctx.doc[verb.sent.start - 1].sent
    flights = {c for _, c in ctx.in_sentence(before, *MISSIONS)}
    flight = flights.pop() if len(flights) == 1 else None
    if flight is None or not any(f.subject == flight and f.entity == person
                                 and f.predicate in ("commander", "crewMember") for f in ctx.facts):
        return
    mates = [p for t in side.subtree if ctx.named_at.get(t.i) is not None and (p := ctx.person(t)) is not None
             and p != person]
    modality = "planned" if ctx.planned(verb) else "reported"
    for other in dict.fromkeys(mates):
        ctx.add(flight, "crewMember", entity(other), span, rule=f"{VERSION}:joined", confidence=0.7, modality=modality)
        ctx.add(person, "flewWith", entity(other), span, rule=f"{VERSION}:joined", confidence=0.6, modality=modality)


def _trip_before(ctx: Context, verb: Token, side: Token) -> Token | None:
    """The ride a passive "joined" names between the verb and who joined ("was joined on
    the trip by A and B", "on the Soyuz by A"), when it names a craft, a mission or a trip."""
    ride = next((t for t in ctx.doc[verb.i:side.i] if t.lower_ in _INSIDE and t.dep_ == "prep"), None)
    if ride is None or not any(ctx.is_a(t, *VEHICLES, "MISSION") or t.lower_ in _TRIPS for t in ride.subtree):
        return None
    return ride


def _told(ctx: Context, verb: Token, many: bool) -> list[int]:
    """Who did what a flight verb says: its subject (a person, or the group "the pair" names),
    with the people coordinated with it; one person for "him"/"her", more for "them"."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "acl":  # "The pair undocked ...", parsed as a noun and its clause
        subject = verb.head
    if subject is None:
        return []
    group = ctx.group_at.get(subject.i) if ctx.group_at else None
    if group:
        people = [p for p in group if ctx.labels[p] == "PERSON"]
    else:
        person = ctx.person(subject)
        people = ctx.conjuncts(person, subject) if person is not None else []
    return people if many == (len(people) > 1) else []


#: words that make a companion family, not a crewmate: "accompanied by his wife, Mia Berg"
_KIN = {"wife", "husband", "son", "daughter", "family", "children", "mother", "father", "parents", "brother",
        "sister", "partner", "fiancee", "fiancé", "fiance", "fiancée"}


def accompanied(ctx: Context, tok: Token, span: Span) -> None:
    """ "A was accompanied by B and C", "B and C will accompany A": they flew together, when
    the clause names the ride (a craft, a mission, a trip, space) or the sentence before tells
    a flight of A's (else "accompanied by an aide at the ceremony" would be a flight)."""
    if tok.pos_ != "VERB" or tok.lemma_ != "accompany":
        return
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return
    other: Token | None
    led: Token | None
    if subject.dep_ == "nsubjpass":
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        other = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        led = subject
    else:
        other, led = subject, next((c for c in tok.children if c.dep_ == "dobj"), None)
    if led is not None and led.lower_ in ("who", "that") and tok.dep_ == "relcl":
        led = tok.head  # "A, who was accompanied into orbit by B"
    if other is None or led is None or any(t.lower_ in _KIN for t in [*other.subtree, *led.subtree]):
        return
    mates = list(dict.fromkeys(_people_at(ctx, other)))
    first = [p for p in dict.fromkeys(_people_at(ctx, led)) if p not in mates]  # a clause on A holds B and C
    if not first or not mates or not (_rides_in(ctx, tok) or _flew_before(ctx, tok.sent, first)):
        return
    modality = "planned" if ctx.planned(tok) else "reported"
    pairs = [(one, mate) for one in first for mate in mates]
    pairs += [(a, b) for k, a in enumerate(mates) for b in mates[k + 1:]]  # those who went along, together too
    for one, mate in pairs:
        if mate != one:
            ctx.add(one, "flewWith", entity(mate), span, rule=f"{VERSION}:accompanied", confidence=0.6,
                    modality=modality)


def with_them(ctx: Context, tok: Token, span: Span) -> None:
    """ "A and B launched aboard Soyuz 30. With them was C, a French cosmonaut.": C flew with
    the people the flight verb of the sentence before tells ("them" more than one, "him" or
    "her" one)."""
    sent = tok.sent
    if tok.i != sent.start or sent.start == 0 or len(span) < 2:
        return
    verb = next((t for t in ctx.doc[span.end:min(sent.end, span.end + 3)] if t.lemma_ == "be"), None)
    if verb is None:
        return
    end = next((t.i for t in ctx.doc[verb.i:sent.end] if t.lower_ in ("who", "whose", "which", ";")), sent.end)
    mates = list(dict.fromkeys(c for t, c in ctx.in_sentence(sent, "PERSON") if verb.i < t.i < end))
    flights = _flights_before(ctx, sent)
    told = _told(ctx, flights[0], span[1].lower_ == "them") if flights else []
    modality = "planned" if ctx.planned(verb) else "reported"
    for one in told:
        for mate in mates:
            if mate != one:
                ctx.add(one, "flewWith", entity(mate), span, rule=f"{VERSION}:with_them", confidence=0.6,
                        modality=modality)


def _people_at(ctx: Context, tok: Token) -> list[int]:
    """The people a phrase names ("Rafael Ibsen and Kasia Lund"), with those coordinated with
    them ("the pair")."""
    people = [p for t in tok.subtree if (p := ctx.person(t)) is not None]
    return list(dict.fromkeys(c for p in people[:1] for c in ctx.conjuncts(p, tok))) + people


def _rides_in(ctx: Context, verb: Token) -> bool:
    """Whether a clause names a ride: a craft, a mission, a trip or space ("accompanied by A on
    the Soyuz", "will accompany B into orbit"); not a place one is at ("at the launch")."""
    for t in verb.subtree:
        if any(a.lower_ == "at" and a.dep_ == "prep" for a in t.ancestors if a.i > verb.i):
            continue
        if ctx.is_a(t, *VEHICLES, *MISSIONS) or t.lower_ in _TRIPS or t.lower_ in ("space", "orbit"):
            return True
    return False


def _flew_before(ctx: Context, sent: Span, people: list[int]) -> bool:
    """Whether the sentence before tells a flight of one of the people."""
    return any(p in people for t in _flights_before(ctx, sent) for p in [*_told(ctx, t, True), *_told(ctx, t, False)])


def _flights_before(ctx: Context, sent: Span) -> list[Token]:
    """The verbs of flying (launch, land, dock ...) of the sentence before ``sent``: who "them"
    or "they" of a sentence that opens on a companion means."""
    if sent.start == 0:
        return []
    return [t for t in ctx.doc[sent.start - 1].sent if t.lemma_ in _FLIGHT_VERBS and t.pos_ == "VERB"]


#: participles of going somewhere that "alongside" may follow: "travelling alongside B"
_GOING = {"travel", "fly", "ride", "journey", "head", "sail", "soar"}


def going_alongside(ctx: Context, tok: Token, span: Span) -> None:
    """ "A flew to the station, travelling alongside his colleague, B, in the Soyuz 30
    spaceship": the one doing the going flew with B, when the sentence names the ride (else
    "travelling alongside B through Texas by car" would be a flight)."""
    going = tok.head
    if tok.dep_ != "prep" or going.lemma_ not in _GOING or going.tag_ != "VBG":
        return
    main = going.head if going.dep_ in ("advcl", "xcomp", "conj") else going
    subject = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if going.dep_ in ("acl", "appos") and ctx.person(going.head) is not None:
        subject = going.head  # "B, riding alongside C in the capsule, docked"
    if subject is None or any(t.lower_ in _KIN for t in tok.subtree):
        return
    first = [p for p in dict.fromkeys(_people_at(ctx, subject))]
    told = tok if any(c.dep_ == "pobj" for c in tok.children) else next(  # "alongside A and B" parsed as
        (c for c in going.children if c.i > tok.i and ctx.person(c) is not None), tok)  # the participle's object
    mates = [p for p in dict.fromkeys(_people_at(ctx, told)) if p not in first]
    ride = main if going.dep_ in ("advcl", "xcomp", "conj") else going
    if not first or not mates or not _rides_in(ctx, ride):
        return
    modality = "planned" if ctx.planned(main) else "reported"
    for one in first:
        for mate in mates:
            ctx.add(one, "flewWith", entity(mate), span, rule=f"{VERSION}:alongside", confidence=0.6,
                    modality=modality)
