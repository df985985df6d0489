"""A person's flights: how many there were, and the dates of one named flight.

"How many times did X fly?" is answered by the count the articles state, else by the
distinct flights they name. "When did X launch on Soyuz MS-22?" is answered only by a date the
articles tie to that flight, never by the date of another flight of the same person.

A person's launch or return date is stored as that person's fact; the flight it belongs to is
the one its sentence names nearest to where the date was read ("launched on Orion-4 on 3 May
2024; he had launched on Orion-2 on 9 June 2019" ties each date to its own flight), else the
one flight its article names. A date tied to no flight, or only to another, is not the named
flight's. Crewmates on a named craft are tied the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import date

from pyoxigraph import NamedNode, Triple

from kg.namespaces import AKG
from kg.questions.linking import EntityIndex, Mention
from kg.questions.match import Parsed
from kg.questions.one_flight import one_flight
from kg.questions.programmes import PROGRAMMES
from kg.questions.readers import CLASS_READ, agent_classes, iris_of, types_of
from kg.questions.tallies import unstated
from kg.questions.templates import Context, Item, Plan, Reader, Reply, query_text, template
from kg.questions.types import measured_unit
from kg.questions.values import show
from kg.questions.vocabulary import Vocabulary
from kg.store import Store
from kg.store.sparql import Rows, Term

#: The classes whose names place a statement on one flight (a station is where a flight goes).
FLIGHT_CLASSES = ("Mission", "Spaceflight", "Spacecraft")
#: ... apart from these.
NOT_FLIGHTS = ("SpaceStation", "Expedition", "Programme")


def flight_classes(vocabulary: Vocabulary) -> set[str]:
    """The IRIs of the classes of flights and craft."""
    kinds = vocabulary.family(*FLIGHT_CLASSES)
    return kinds - vocabulary.family(*NOT_FLIGHTS)


def asked_flight(parsed: Parsed, plan: Plan, index: EntityIndex, vocabulary: Vocabulary) -> Mention | None:
    """The flight the question names beside what the plan looked up ("on Soyuz MS-22")."""
    used = {m.start for m, _ in plan.used}
    kinds = flight_classes(vocabulary)
    for m in parsed.mentions:
        named = index.entities.get(m.best.iri)
        if m.start not in used and named is not None and kinds & set(named.types):
            return m
    return None


def on_flight(store: Store, parsed: Parsed, plan: Plan, reply: Reply, index: EntityIndex,
              vocabulary: Vocabulary) -> tuple[Plan, Reply]:
    """The dates of the flight the question names, or the people who flew it with someone
    ("Who flew with X on Lumen-7?": a crewmate of X's other flight is not one), and the plan
    marked as using that name; the reply unchanged when it gives neither or no flight is named."""
    flight = asked_flight(parsed, plan, index, vocabulary)
    if flight is None or plan.articles:
        return plan, reply
    people = vocabulary.family("Person")
    crew = [i for i in reply.items if i.support and i.kind == "entity" and bool(
        people & set(index.entities[i.iri].types if i.iri in index.entities else ()))]
    dated = [i for i in reply.items if i.kind == "date" and len(i.support) == 1] or crew
    if not dated or len(dated) != len(reply.items):
        return plan, reply
    node = NamedNode(flight.best.iri)
    own = [i for i in dated if any(node in (t.subject, t.object) for t in i.support)]
    if own and dated is not crew:
        return plan, reply  # the flight's own date
    tied = [i for i in dated if i in own or any(flight.best.iri in _tied(store, t, vocabulary) for t in i.support)]
    if dated is crew and len(tied) < len(crew):
        aboard = _aboard(store, flight.best.iri, vocabulary)
        if aboard & {c.iri for _, c in plan.used}:
            tied = [i for i in crew if i in tied or i.iri in aboard]
    used = replace(plan, used=(*plan.used, (flight, flight.best)))
    if tied:
        return used, replace(reply, items=tied, also=[i for i in (*reply.items, *reply.also) if i not in tied])
    shown = ", ".join(i.label for i in dated[:5])
    which = "it" if len(dated) == 1 else "any of them"
    note = f"The articles give {shown}, but do not tie {which} to {flight.best.label}."
    return used, Reply([], also=dated, note=note)


def _aboard(store: Store, flight: str, vocabulary: Vocabulary) -> set[str]:
    """The people the graph states on the flight (its crew, or a crew role on it): "Who were X's
    crewmates on Y?" is answered by X's stated crewmates whom the articles also put on Y, when
    they put X on Y too, wherever the sentence of the crewmate link names Y."""
    crew, role = vocabulary.properties.get("crewMember"), vocabulary.properties.get("crewRole")
    if crew is None or role is None:
        return set()
    bindings = {"flight": NamedNode(flight), "p": iris_of(crew), "role": iris_of(role),
                "mission": NamedNode(str(AKG.mission))}
    return {r["person"].value for r in store.select(query_text("aboard"), bindings)}  # type: ignore[arg-type]


#: Words before a flight's name that make it a bound in time, not the flight a statement is about.
_BOUNDING = re.compile(r"\b(?:prior to|before|after|since|until|following|ahead of)\s+(?:the\s+)?$", re.IGNORECASE)


def _nearest(rows: list[dict[str, Term]]) -> set[str]:
    """The flights named nearest to where each statement was read (in its sentence)."""
    by_statement: dict[tuple[str, int, int], list[tuple[int, str]]] = {}
    for row in rows:
        start, end = _int(row["start"]), _int(row["end"])
        begin, stop = _int(row["from"]), _int(row["to"])
        if "text" in row and _BOUNDING.search(row["text"].value[:max(0, begin - _int(row["first"]))]):
            continue  # "prior to Lumen-8": a flight that bounds the statement in time is not its flight
        gap = max(0, begin - end, start - stop)
        by_statement.setdefault((row["article"].value, start, end), []).append((gap, row["flight"].value))
    found: set[str] = set()
    for named in by_statement.values():
        closest = min(gap for gap, _ in named)
        found |= {flight for gap, flight in named if gap == closest}
    return found


def _int(term: Term) -> int:
    return int(term.value)



#: Verbs of being carried somewhere: the craft that carried someone is never the station they went to.
CARRIED = {"arrive", "fly", "launch", "ride", "travel", "return", "come", "go", "reach", "dock", "take", "carry"}
_DOCKED_WITH = NamedNode(str(AKG.dockedWith))


def _stations(vocabulary: Vocabulary) -> set[str]:
    return vocabulary.family("SpaceStation")


def _is_station(item: Item, index: EntityIndex, stations: set[str]) -> bool:
    return item.iri in index.entities and bool(stations & set(index.entities[item.iri].types))


def destination(parsed: Parsed, index: EntityIndex, vocabulary: Vocabulary) -> bool:
    """Does the question name a station as where someone went ("fly to the station", "to Kelda")?"""
    stations = _stations(vocabulary)
    words = {w.lower() for w in vocabulary.classes["SpaceStation"].words} if stations else set()
    starts = {m.start: m for m in parsed.mentions}
    for t in parsed.tokens:
        if t.lower != "to" or t.i + 1 >= len(parsed.tokens):
            continue
        at = t.i + 1 + (parsed.tokens[t.i + 1].pos == "DET")
        named = index.entities.get(starts[at].best.iri) if at in starts else None
        if (named is not None and stations & set(named.types)) or (
                at < len(parsed.tokens) and parsed.tokens[at].lower in words):
            return True
    return False


def carried_by_station(parsed: Parsed, item: Item, index: EntityIndex, vocabulary: Vocabulary) -> bool:
    """ "What spacecraft did X arrive on?": a station answers no question of what carried
    someone (the relation that names the craft, such as the launch vehicle, is tried next). A
    question that names the station as the destination is :func:`not_destination`'s. A station
    a craft is stated to have docked with ("Which station did X dock with?") is no carrier."""
    docked = bool(item.support) and all(t.predicate == _DOCKED_WITH for t in item.support)
    return (_is_station(item, index, _stations(vocabulary)) and any(t.lemma in CARRIED for t in parsed.tokens)
            and not docked and not destination(parsed, index, vocabulary) and not asks_station(parsed, vocabulary))


#: Verbs of going to a station or being on it ("Which station did X visit / live on / fly to?").
STAYING = {"visit", "live", "stay", "work", "go", "fly", "travel", "arrive", "reach", "board", "be", "spend"}


def asks_station(parsed: Parsed, vocabulary: Vocabulary) -> bool:
    """Does the question ask which station someone went to or stayed on ("Which space station
    did X visit?", "What station did X fly to?", "On which station did X live?")? The station
    someone was aboard then answers it, though a station carried no one up. Only when its verb
    is one of going or staying and no other word goes unread: "Which station did X command /
    build?" asks something else."""
    target = parsed.target_class
    if target is None or not set(target.family) <= _stations(vocabulary):
        return False
    if parsed.relations and parsed.relations[0].prop.name != "spacecraft":
        return False
    named = {i for m in parsed.mentions for i in range(m.start, m.end)}
    lemmas = {t.lemma.lower() for t in parsed.tokens if t.i not in named}
    unread = {t.lemma.lower() for t in parsed.tokens if t.text in parsed.unexplained}
    return bool(lemmas & STAYING) and unread <= STAYING


def not_destination(parsed: Parsed, reply: Reply, index: EntityIndex, vocabulary: Vocabulary) -> Reply:
    """ "What spacecraft did X fly to the station?": the station is where the flight went, not
    the craft that took X there, so a station is no answer; the other craft stay, and with none
    left the reply says what the articles do not say."""
    if not destination(parsed, index, vocabulary):
        return reply
    stations = _stations(vocabulary)
    kept = [i for i in reply.items if not _is_station(i, index, stations)]
    if len(kept) == len(reply.items):
        return reply
    if kept:
        return replace(reply, items=kept)
    where = reply.items[0].label
    return Reply([], note=f"The articles say where the flight went ({where}), not which craft took them there.")


def craft_crew(store: Store, parsed: Parsed, plan: Plan, reply: Reply, index: EntityIndex,
               vocabulary: Vocabulary) -> Reply:
    """ "Who flew with X on Soyuz MS-22?": the people the articles put on that craft, or whose
    link to X is stated in a sentence that names the craft nearest (a crewmate of X's other
    flights is not one). A flight named as a mission is scoped by its reader
    (:func:`~kg.questions.readers.read_linked`); a craft's crew is stated less often than a
    mission's, so the sentences that link two people are read for it too."""
    if plan.query != "linked" or not reply.items:
        return reply
    missions = vocabulary.family(*("Mission", "Spaceflight"))
    people = vocabulary.family("Person")
    kinds = flight_classes(vocabulary) - missions
    named = {c.iri: set(index.entities[c.iri].types) if c.iri in index.entities else set() for _, c in plan.used}
    craft = [iri for iri, types in named.items() if types & kinds and not types & missions]
    if len(craft) != 1 or not any(types & people for types in named.values()) or any(
            types & missions for types in named.values()):
        return reply
    rows = store.select(query_text("linked"), {"topic": NamedNode(craft[0]), "p": plan.bindings["p"]})
    aboard = {row["x"].value for row in rows} | _went_up_together(store, craft[0], named, index, vocabulary)
    kept = [i for i in reply.items
            if i.iri in aboard or any(craft[0] in _tied(store, t, vocabulary) for t in i.support)]
    if kept:
        return replace(reply, items=kept)
    label = index.entities[craft[0]].label
    return Reply([], note=f"The articles name {', '.join(i.label for i in reply.items[:5])}, but do not put them on "
                          f"{label}.")


def went_to(store: Store, parsed: Parsed, plan: Plan, reply: Reply, index: EntityIndex,
            vocabulary: Vocabulary) -> Reply:
    """ "Who flew to the ISS on Soyuz MS-18?": the station the question sends the craft to is
    claimed without being asked of (:func:`kg.questions.generic._linking`): the craft's people
    answer unless the articles put the craft, someone the question names or one of them on
    another station and never on this one (the question's premise then contradicts them)."""
    if plan.query != "linked" or not reply.items:
        return reply
    bound = plan.bindings.get("topic")
    topics = {t.value for t in bound if isinstance(t, NamedNode)} if isinstance(bound, list) else set()
    stations = _stations(vocabulary)
    sent = [c for _, c in plan.used if c.iri not in topics and c.iri in index.entities
            and set(index.entities[c.iri].types) & stations]
    if not sent:
        return reply
    station = sent[0]
    ends = list(dict.fromkeys([*topics, *(c.iri for _, c in plan.used if c.iri != station.iri),
                               *(i.iri for i in reply.items if i.iri)]))

    def tied(place: str) -> bool:
        return any(store.select(query_text("link"), {"a": NamedNode(e), "b": NamedNode(place)}).rows for e in ends)

    others = [iri for iri, e in index.entities.items() if set(e.types) & stations and iri != station.iri]
    if tied(station.iri) or not any(tied(other) for other in others):
        return reply  # stated, or at least not contradicted by a stay on another station
    return Reply([], note=f"The articles name {', '.join(i.label for i in reply.items[:5])}, but put them on "
                          f"another station than {station.label}.")


def _went_up_together(store: Store, craft: str, named: Mapping[str, set[str]], index: EntityIndex,
                      vocabulary: Vocabulary) -> set[str]:
    """The people stated to have gone up in a numbered craft (which flies once) that the person
    asked about went up in too: one crew, wherever the articles state their link. None for a
    craft that flies many times ("Endeavour"), nor when the person asked about did not ride it."""
    if "launchVehicle" not in vocabulary.properties or not one_flight(vocabulary, index, craft):
        return set()
    people = vocabulary.family("Person")
    rows = store.select(query_text("linked"), {"topic": NamedNode(craft),
                                               "p": iris_of(vocabulary.properties["launchVehicle"])})
    up = {row["x"].value for row in rows}
    return up if any(types & people and iri in up for iri, types in named.items()) else set()


def _tied(store: Store, fact: Triple, vocabulary: Vocabulary) -> set[str]:
    """The flights and craft named nearest to where the articles state ``fact``; when its
    sentences name none, the flight of each article stating it that names only one."""
    bindings = {"s": fact.subject, "p": fact.predicate, "o": fact.object,
                "kind": [NamedNode(i) for i in flight_classes(vocabulary)]}
    rows = [r for r in store.select(query_text("tied"), bindings).rows  # type: ignore[arg-type]
            if r["flight"] != fact.subject]  # "Atlantis took off on STS-30": a craft's date is of the flight beside it
    found = _nearest(rows)
    if found:
        return found
    named: dict[str, set[str]] = {}
    for row in store.select(query_text("tied_article"), bindings):  # type: ignore[arg-type]
        named.setdefault(row["article"].value, set()).add(row["flight"].value)
    return {f for flights in named.values() if len(flights) == 1 for f in flights}


def homeward(parsed: Parsed, mention: Mention) -> bool:
    """Is the name the Earth a return goes back to ("came back to Earth with X", "returned to
    Earth")? Every return goes there: it restricts nothing."""
    return mention.best.label.lower() == "earth" and mention.start > 0 and \
        parsed.tokens[mention.start - 1].lower == "to"


#: Words of a question that ask about the trip up or the trip home ("to the station", "landed with").
UP = {"up", "launch", "launched", "lift", "station", "orbit", "blast"}
HOME = {"home", "back", "land", "landed", "return", "returned", "splash", "splashed", "earth"}
#: The properties whose statement beside a link between two people makes it the trip up or home.
TRIP_EVENTS = {"up": ("launchDate", "launchSite", "launchVehicle", "launchedWith"),
               "home": ("returnDate", "landingSite", "landedWith")}


def trip_asked(parsed: Parsed) -> str | None:
    """ "Who flew to the station with X?" asks the trip up, "Who came home with X?" the trip
    home; None when the question says neither (or both)."""
    words = {t.lower for t in parsed.tokens}
    if "with" not in words:
        return None
    up, home = bool(words & UP), bool(words & HOME)
    return "up" if up and not home else "home" if home and not up else None


def trip_companions(store: Store, parsed: Parsed, plan: Plan, reply: Reply, index: EntityIndex,
                    vocabulary: Vocabulary) -> Reply:
    """Someone who went up with A and came home with B: asked who flew to the station with
    them, the answer leaves out those the articles link to them only in sentences about the
    trip home (a landing site or date read from the same sentence), and the other way round.
    A sentence that states both trips may be about either, and someone no sentence places on
    either trip stays. When no link says which trip, the answer is unchanged and says so."""
    trip = trip_asked(parsed)
    if trip is None or plan.query != "linked" or not reply.items:
        return reply
    people = vocabulary.family("Person")
    topics = [c.iri for _, c in plan.used if c.iri in index.entities and set(index.entities[c.iri].types) & people]
    if len(topics) != 1:
        return reply
    ends = [NamedNode(topics[0]), *(NamedNode(i.iri) for i in reply.items if i.iri)]
    rows = store.select(query_text("trip"), {"s": ends, "o": ends, "p": plan.bindings["p"]})
    events = {name: {i for p in props if p in vocabulary.properties for i in vocabulary.properties[p].family}
              for name, props in TRIP_EVENTS.items()}
    said: dict[tuple[str, str], set[str]] = {}  # (the other person, a sentence linking them) -> its trips
    for row in rows:
        s, o = row["s"].value, row["o"].value
        if topics[0] not in (s, o):
            continue
        found = said.setdefault((o if s == topics[0] else s, row["sentence"].value), set())
        found |= {name for name, family in events.items() if row["event"].value in family}
    trips: dict[str, set[str]] = {}
    for (other, _), found in said.items():
        trips.setdefault(other, set()).update(found)
    trips = {other: found or set(TRIP_EVENTS) for other, found in trips.items()}  # no sentence says: either
    if all(found == set(TRIP_EVENTS) for found in trips.values()):
        note = "The articles do not say which of them went up and which came home with " \
               f"{index.entities[topics[0]].label}."
        return replace(reply, note=" ".join(n for n in (reply.note, note) if n))
    kept = [i for i in reply.items if trip in trips.get(i.iri or "", set(TRIP_EVENTS))]
    if kept:
        return replace(reply, items=kept)
    linked = ", ".join(i.label for i in reply.items[:5])
    return Reply([], note=f"The articles link {linked} to {index.entities[topics[0]].label} only on the other trip.")


def craft_trip(store: Store, parsed: Parsed, plan: Plan, reply: Reply, index: EntityIndex,
               vocabulary: Vocabulary) -> Reply:
    """ "Which spacecraft brought X back to Earth?" asks the craft of the trip home, "Which
    capsule took X up?" the one of the trip up: of several craft, those the articles tie to
    that person only in sentences about the other trip (a launch date or site beside it, or a
    landing, or the craft they are said to have launched on) are left out, and so is a space
    station (where they stayed: it takes no one up or home). Unchanged when nothing tells the
    trips apart; none when asked the trip home and every craft is one the articles give only
    for the trip up (a crew may come home in another craft)."""
    words = {t.lower for t in parsed.tokens}
    up, home = bool(words & UP), bool(words & HOME)
    if "with" in words or up == home or not reply.items or "p" not in plan.bindings or asks_station(
            parsed, vocabulary):
        return reply
    stations = vocabulary.family("SpaceStation")
    ridden = [i for i in reply.items if not (i.iri in index.entities and set(index.entities[i.iri].types) & stations)]
    if not ridden:
        names = ", ".join(i.label for i in reply.items[:3])
        return Reply([], note=f"The articles give {names}, a space station, not a craft that carried anyone "
                              f"{'home' if home else 'up'}.")
    reply = replace(reply, items=ridden)
    kinds = flight_classes(vocabulary)
    if not all(i.iri in index.entities and kinds & set(index.entities[i.iri].types) for i in reply.items):
        return reply
    people = vocabulary.family("Person")
    topics = [c.iri for _, c in plan.used if c.iri in index.entities and set(index.entities[c.iri].types) & people]
    if len(topics) != 1:
        return reply
    crafts = [NamedNode(i.iri) for i in reply.items if i.iri]
    rows = store.select(query_text("trip"), {"s": [NamedNode(topics[0])], "o": crafts, "p": plan.bindings["p"]})
    events = {name: {i for p in props if p in vocabulary.properties for i in vocabulary.properties[p].family}
              for name, props in TRIP_EVENTS.items()}
    trips: dict[str, set[str]] = {}
    for row in rows:
        trips.setdefault(row["o"].value, set()).update(
            name for name, family in events.items() if row["event"].value in family)
    rode = iris(vocabulary, "launchVehicle") if "launchVehicle" in vocabulary.properties else []  # the craft
    # they launched on is the trip up's
    for row in store.select(query_text("objects"), {"topic": NamedNode(topics[0]), "p": rode}) if rode else ():
        trips.setdefault(row["o"].value, set()).add("up")
    kept = [i for i in reply.items if ("up" if up else "home") in (trips.get(i.iri or "") or set(TRIP_EVENTS))]
    if not kept and home:
        names = ", ".join(i.label for i in reply.items[:3])
        return Reply([], note=f"The articles give {names} only as the craft {index.entities[topics[0]].label} "
                              "went up in, not the one that brought them home.")
    return replace(reply, items=kept) if kept else reply


def craft_riders_trip(store: Store, parsed: Parsed, plan: Plan, reply: Reply, index: EntityIndex,
                      vocabulary: Vocabulary) -> Reply:
    """ "Who came back to Earth aboard Soyuz TM-31?" asks who rode the craft home, "Who went up
    in it?" who rode it up: a crew swapped in orbit comes home in a craft that took others up. When
    the articles tie some of its riders to it in sentences about the trip asked (a landing site or
    date, or who landed with whom, beside the link; for the trip up, its seats too), only those
    answer; else the answer is unchanged (most crews ride one craft both ways). The trip is told
    by the verb and its particles ("came back", "went up"), never by a noun ("around the Earth",
    "at the station")."""
    words = {t.lower for t in parsed.tokens if t.pos not in ("NOUN", "PROPN")}
    up, home = bool(words & UP), bool(words & HOME)
    if "with" in words or up == home or plan.query != "linked" or not reply.items:
        return reply
    kinds = flight_classes(vocabulary)
    topics = [c.iri for _, c in plan.used if c.iri in index.entities and set(index.entities[c.iri].types) & kinds]
    if len(topics) != 1 or len(plan.used) != 1:
        return reply
    ends = [NamedNode(topics[0]), *(NamedNode(i.iri) for i in reply.items if i.iri)]
    rows = store.select(query_text("trip"), {"s": ends, "o": ends, "p": plan.bindings["p"]})
    events = {name: {i for p in props if p in vocabulary.properties for i in vocabulary.properties[p].family}
              for name, props in TRIP_EVENTS.items()}
    trips: dict[str, set[str]] = {}  # each rider: the trips the sentences tying them to the craft tell
    for row in rows:
        s, o = row["s"].value, row["o"].value
        if topics[0] in (s, o):
            trips.setdefault(o if s == topics[0] else s, set()).update(
                name for name, family in events.items() if row["event"].value in family)
    seats = {i for p in ("commander", "crewMember") if p in vocabulary.properties
             for i in vocabulary.properties[p].family}  # the crew a craft took up
    told = [i for i in reply.items if ("up" if up else "home") in trips.get(i.iri or "", set())
            or up and any(t.predicate.value in seats for t in i.support)]
    return replace(reply, items=told) if told else reply


# ---------------------------------------------------------------------- how many flights

#: Verbs of going to space: "how many times did X fly / launch / go to space" (not "orbit": "how many
#: times did X orbit the Earth" counts orbits, :mod:`extract.rules.orbit_counts`).
FLY = {"fly", "launch", "go", "travel", "journey"}
#: Number words of a stated count.
_NUMBERS = {"once": 1, "only": 1, "twice": 2, "thrice": 3, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
            "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10}
_TRIP = r"(?:space\s?flights?|flights?(?:\s+(?:in|to|into)\s+(?:space|orbit))?|(?:space\s+)?missions?|" \
        r"trips?\s+(?:in|to|into)\s+(?:space|orbit)|journeys?\s+(?:in|to|into)\s+(?:space|orbit))"
_COUNT = r"(?:once|twice|thrice|one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
#: How articles state a count of someone's flights: exactly ("flew twice", "has flown three
#: times"; the last of a series: "his third and final spaceflight"), or one it is at least: the place
#: of one flight in the series ("his third spaceflight", "it was the third trip to space"; never a
#: thing's: "its first flight"), or the flights before ("a veteran of two missions", often said of
#: someone setting off on another); the one flight of a person ("his first and only spaceflight",
#: "her only trip to space"; never a thing's: "the only flight of the programme").
STATED = (
    (re.compile(rf"\b(?:flew|flown|(?:been|gone|went|travell?ed)\s+(?:in)?to\s+(?:space|orbit)|launched)\s+"
                rf"(?:in(?:to)?\s+(?:space|orbit)\s+)?"
                rf"(?P<n>{_COUNT})(?:\s+times)?\b", re.I), "exact"),
    (re.compile(rf"\bveteran\s+of\s+(?P<n>{_COUNT})\s+(?:previous\s+|earlier\s+|prior\s+)?{_TRIP}", re.I),
     "at least"),
    (re.compile(rf"(?<![Ii]ts )\b(?P<n>{'|'.join(_ORDINALS)}|\d+(?:st|nd|rd|th))\s+"
                rf"(?:space\s?flight|flight|(?:space\s+)?mission|trip\s+(?:in|to|into)"
                rf"\s+(?:space|orbit)|journey\s+(?:in|to|into)\s+(?:space|orbit))\b", re.I), "at least"),
    (re.compile(rf"(?<![Ii]ts )\b(?P<n>{'|'.join(_ORDINALS)}|\d+(?:st|nd|rd|th))\s+and\s+(?:final|last)\s+"
                rf"(?:space\s?flight|flight|(?:space\s+)?mission|trip\s+(?:in|to|into)"
                rf"\s+(?:space|orbit)|journey\s+(?:in|to|into)\s+(?:space|orbit))\b", re.I), "exact"),
    (re.compile(rf"(?:\b(?:his|her|their)\s+|(?<![Tt]he )\bfirst\s*[—–,-]*\s*and\s+)(?P<n>only)\s*[—–,-]*\s+"
                rf"{_TRIP}\b", re.I), "exact"),
)

#: How articles call someone on their first flight: "X is the rookie", "will be a newcomer to
#: space", "as a rookie flyer", "a first-time flier". It says which flight this is, not whether
#: they have flown yet, so only "Was this X's first flight?" reads it; "rookies" of a group, a
#: "rookie pilot" of an air force and "the rookie season" are none.
_FIRST_WORDS = {"rookie", "newcomer", "first-timer", "first-time"}
ROOKIE = (
    (re.compile(r"\b(?:is|was|be|been|as)\s+(?:a|the)\s+(?:space\s+)?(?P<n>"
                r"rookie(?=\s+(?:astronaut|cosmonaut|taikonaut|flyer|flier|spaceflyer)\b|\s*[.,;]|\s+(?:to|in)\s+space\b)|"
                r"newcomer(?=\s+to\s+space\b)|first-timer\b|first-time(?=\s+(?:flyer|flier|space\s+traveller)\b))",
                re.I), "at least"),
)

#: How articles state a count of someone's flights to one place or of one kind, which is no
#: count of all their flights: "visited Russia's Mir space station five times", "the first of
#: his 16 X-15 missions" (an aircraft's flights, mostly not to space), "has flown on three shuttle
#: missions". ``what`` is the place or kind: capitalised words, or a programme's word in any case
#: (:data:`kg.questions.programmes.PROGRAMMES`: "shuttle" is a common noun).
_KIND = rf"(?:[A-Z0-9][\w-]*(?:\s+[A-Z0-9][\w-]*)*|(?i:{'|'.join(PROGRAMMES)}))"
OF_ONE = (
    (re.compile(rf"\bvisit(?:ed|s)?\s+(?P<what>[^.;,]{{1,60}}?)\s+(?P<n>{_COUNT})\s+times\b", re.I), "exact"),
    (re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ff]lew|[Ff]lown)\s+(?:on\s+)?(?P<n>{_COUNT})\s+(?P<what>{_KIND})\s+"
                rf"(?:missions|flights|trips)\b"), "exact"),
    (re.compile(rf"\b(?P<n>{_COUNT})\s+(?:separate\s+|different\s+)?(?:missions|flights|trips|visits|expeditions)\s+"
                rf"to\s+(?P<what>(?:[\w'-]+\s+){{0,6}}[A-Z0-9][\w-]*)"), "exact"),
)


def _counted_person(parsed: Parsed, ctx: Context) -> Mention | None:
    """The person a "how many" question names, when it asks for a count, not an amount in a unit."""
    if parsed.wh != "how many" or measured_unit(parsed) is not None:
        return None
    people = agent_classes(ctx)
    return next((m for m in parsed.mentions if set(types_of(ctx, m.best.iri)) & people), None)


def asks_flights(parsed: Parsed, ctx: Context) -> Mention | None:
    """The person a question asks the number of flights of: "How many times did X fly (to
    space)?", "How many spaceflights has X made?", "How many missions has X flown?"; not "How
    many flight hours did X log?", an amount in a unit."""
    person = _counted_person(parsed, ctx)
    if person is None:
        return None
    target = parsed.target_class
    flights = ctx.vocabulary.family("Mission", "Spaceflight")
    tokens = parsed.tokens
    times = any(t.lemma == "time" for t in tokens) and any(t.lemma in FLY for t in tokens) and not any(
        t.lower in _NOT_FLIGHTS for t in tokens)  # "go on a spacewalk", "go around the Earth": walks, orbits
    trips = any(t.lemma in ("trip", "journey") and [w.lower for w in tokens[t.i + 1:t.i + 3]] in _TO_SPACE
                for t in tokens)  # "How many trips into space has X made?"; never "trips to the station"
    return person if times or trips or (target is not None and set(target.family) <= flights) else None


#: words that make "how many times did X go ..." a count of spacewalks or orbits, not of flights
_NOT_FLIGHTS = {"spacewalk", "spacewalks", "eva", "evas", "moonwalk", "moonwalks", "around", "round"}
#: the words after "trips" that make them trips to space
_TO_SPACE = [[to, where] for to in ("to", "into", "in") for where in ("space", "orbit")]


def asks_of_one(parsed: Parsed, ctx: Context) -> tuple[Mention, list[str]] | None:
    """The person and the names of the place or kind of "How many times did X visit the Mir
    space station?", "How many X-15 missions did X fly?", "How many shuttle missions had X
    flown?": the capitalised words (or a programme's, "shuttle") after "visit",
    or before "missions"/"flights"; None without such a name (a count of visits to "the
    station" says no which)."""
    person = _counted_person(parsed, ctx)
    if person is None:
        return None
    tokens = parsed.tokens
    visit = next((t.i for t in tokens if t.lemma.lower() == "visit"), None)
    kind = next((t.i for t in tokens if t.text.lower() in ("missions", "flights", "trips")), None)
    if visit is not None and any(t.lemma == "time" for t in tokens):
        words = tokens[visit + 1:]
    elif kind is not None and kind + 2 < len(tokens) and tokens[kind + 1].lower == "to" \
            and tokens[kind - 1].lower in ("many", "separate", "different"):  # "how many trips to Mir"
        words = tokens[kind + 2:]
    elif kind is not None and kind > 1 and tokens[kind - 2].text.lower() == "many" \
            and _named(tokens[kind - 1].text):  # "how many X-15 missions", "how many shuttle missions"
        words = tokens[kind - 1:kind]
    else:
        return None
    names = [t.text for t in words if _named(t.text) and not person.start <= t.i < person.end]
    return (person, names) if names else None


def _named(word: str) -> bool:
    """A name of a place or kind of flight: capitalised, with a digit, or a programme's word in
    any case (:data:`kg.questions.programmes.PROGRAMMES`: "shuttle" is a common noun)."""
    return word[:1].isupper() or any(c.isdigit() for c in word) or word.lower() in PROGRAMMES


@template("flights-of-one", priority=47)
def flights_of_one(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """ "How many times did X visit Mir?", "How many X-15 missions did X fly?": only a count
    the articles state of that place or kind, never X's count of all flights (see OF_ONE). With
    none stated of a programme ("How many shuttle missions ..."), the flights plan lists its
    flights named (:func:`kg.questions.craft_types.of_the_programme`)."""
    asked = asks_of_one(parsed, ctx)
    if asked is None:
        return
    person, names = asked
    topic = NamedNode(person.best.iri)
    voc = ctx.vocabulary
    people = [NamedNode(i) for i in voc.classes["Person"].family] if "Person" in voc.classes else []
    label = person.best.label

    def read(rows: Rows) -> Reply:
        stated = stated_count(rows.rows, person.best.iri, OF_ONE, names)
        if stated is None:
            return Reply([])
        n, _, sentence = stated
        return Reply([Item(str(n), n, kind="count", confidence=CLASS_READ)],
                     note=f"The articles state a count for {label}: “{sentence.strip()}”")

    programme = any(w.lower() in PROGRAMMES for w in names)  # none stated: the flights of it named are listed
    yield Plan("flights-of-one", "flown_said", {"topic": topic}, read, ((person, person.best),), final=not programme,
               empty=f"The articles state no count of {label}'s flights of {' '.join(names)}.",
               parts=(("flown_people", {"topic": topic, "people": people}),))


@template("flights", priority=49)
def flights(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """ "How many times did X fly?": the count the articles state; else no answer, and the
    message lists the distinct flights they put X in the crew of or the launch dates they give
    (months apart), whichever are more, else the one craft they name."""
    person = asks_flights(parsed, ctx)
    if person is None:
        return
    query, bindings, parts = flown_queries(ctx.vocabulary, person.best.iri)
    yield Plan("flights", query, bindings,
               read_flown(person.best.iri, person.best.label, {i.value for i in iris(ctx.vocabulary, "returnDate")},
                          counting=True),
               ((person, person.best),),
               empty=f"The articles give no flights of {person.best.label}.", final=True, parts=parts)


def flown_queries(voc: Vocabulary, person: str) -> tuple[str, dict[str, Term | list[Term]],
                                                           tuple[tuple[str, Mapping[str, Term | Sequence[Term]]], ...]]:
    """The queries whose rows :func:`read_flown` reads for a person: the flights they were in the
    crew of, the craft they rode, their launch dates, counts and places in a series said of them,
    and the people their articles name (the first query, its bindings, and the others)."""
    topic = NamedNode(person)
    kinds: list[Term] = [NamedNode(i) for i in flight_classes(voc)]
    people = [NamedNode(i) for i in voc.classes["Person"].family] if "Person" in voc.classes else []
    return "flown", {"topic": topic, "p": list(iris(voc, "crewMember")), "kind": kinds}, (
        ("flown_craft", {"topic": topic, "p": iris(voc, "spacecraft"), "kind": kinds}),
        ("flown_dates", {"topic": topic, "p": iris(voc, "launchDate"), "back": iris(voc, "returnDate")}),
        ("flown_said", {"topic": topic}),
        ("flown_people", {"topic": topic, "people": people}),
    )


def asks_first_flight(parsed: Parsed, ctx: Context) -> Mention | None:
    """The person of "Was this X's first space flight?" / "Is it her first mission?"."""
    lemmas = {t.lemma.lower() for t in parsed.tokens}
    if parsed.wh != "yesno" or "first" not in lemmas or not lemmas & _TRIPS or not _first_trip(parsed):
        return None
    people = agent_classes(ctx)
    named = [m for m in parsed.mentions if set(types_of(ctx, m.best.iri)) & people]
    return named[0] if len(named) == 1 and len(parsed.mentions) == 1 else None


#: the nouns of one's own flight ("her first mission")
_TRIPS = {"flight", "spaceflight", "mission", "trip"}


def _first_trip(parsed: Parsed) -> bool:
    """Whether a "first" describes one's flight as such ("his first space flight", "her first
    mission"): not a first of a group whose achievement names one ("the first Canadian to take
    part in a long mission", "the first time a woman flew a mission"), nor a flight of a kind
    ("her first long-duration mission", "his first shuttle flight"), which a count of flights
    does not settle."""
    tokens = parsed.tokens
    for t in tokens:
        if t.lemma.lower() != "first":
            continue
        for u in tokens[t.i + 1:t.i + 3]:
            if u.lemma.lower() in _TRIPS:
                return True
            if u.lower != "space":
                break
    return False


@template("first-flight", priority=48)
def first_flight(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """ "Was this X's first space flight?": yes or no only as the articles state X's count or
    the place of the flight in X's series ("on his first space mission", "her third flight");
    flights the articles merely name may be only some of X's, so they settle nothing."""
    person = asks_first_flight(parsed, ctx)
    if person is None:
        return
    voc = ctx.vocabulary
    topic = NamedNode(person.best.iri)
    people = [NamedNode(i) for i in voc.classes["Person"].family] if "Person" in voc.classes else []
    yield Plan("first-flight", "flown_said", {"topic": topic}, _read_first(person.best.iri, person.best.label),
               ((person, person.best),), final=True,
               empty=f"The articles do not say whether this was {person.best.label}'s first flight: they state no "
                     f"count of {person.best.label}'s flights.",
               parts=(("flown_people", {"topic": topic, "people": people}),))


def _read_first(topic: str, name: str) -> Reader:
    def read(rows: Rows) -> Reply:
        stated = stated_count(rows.rows, topic, STATED + ROOKIE)
        if stated is None:
            return Reply([])
        n, how, sentence = stated
        first = n == 1
        said = "the first flight" if first else f"flight {n}" if how != "exact" else f"{n} flights"
        return Reply([Item("yes" if first else "no", first, kind="boolean", confidence=CLASS_READ)],
                     note=f"The articles state {said} for {name}: “{sentence.strip()}”")

    return read


def iris(vocabulary: Vocabulary, name: str) -> list[NamedNode]:
    """The property and its subproperties."""
    return [NamedNode(i) for i in vocabulary.properties[name].family]


def read_flown(topic: str, name: str, back: set[str], *, counting: bool = False) -> Reader:
    """The number of flights, from the rows of flown*.rq (``back``: the return date properties);
    ``counting`` when the number is the answer, which only a stated count gives (the flights the
    articles name may be only some: :mod:`kg.questions.tallies`), not whether there was a flight
    at all nor how many the articles date."""

    def read(rows: Rows) -> Reply:
        missions: dict[str, Item] = {}
        craft: dict[str, Item] = {}
        dates: dict[str, Item] = {}
        returned: set[str] = set()  # a launch date also read as a return date is a misreading
        for row in rows:
            what = row["what"].value
            if what in ("flight", "craft"):
                iri = (row["s"] if what == "flight" else row["o"]).value
                label = row["label"].value if "label" in row else iri.rsplit("/", 1)[-1]
                (missions if what == "flight" else craft).setdefault(iri, Item(label, label, iri, support=(
                    Triple(row["s"], row["p"], row["o"]),)))  # type: ignore[arg-type]
            elif what == "date" and row["q"].value in back:
                returned.add(row["value"].value)
            elif what == "date" and not str(row.get("modality", "")).endswith("Planned>"):
                value = row["value"].value
                dates.setdefault(value, Item(show(row["value"])[0], value, kind="date", support=(
                    Triple(row["s"], row["q"], row["o"]),)))  # type: ignore[arg-type]
        # a craft up and another home are one flight: craft count only when they are all there is
        # and there is one (several craft and nothing else is no count)
        dates = {value: item for value, item in dates.items() if value not in returned}
        best = max((missions, _apart(dates)), key=len) or (craft if len(craft) == 1 else {})
        named = dict(sorted(best.items(), key=lambda kv: str(kv[1].value) if kv[1].kind == "date" else kv[1].label))
        stated = stated_count(rows.rows, topic)
        counted = len(named)
        if stated and stated[0] >= counted and not (counting and stated[1] == "at least" and stated[0] <= 1):
            # "his first mission" bounds the count by one only, which any flight does: no count
            n, how, sentence = stated
            what = "a count" if how == "exact" else f"at least {n} flights"
            return Reply([Item(str(n), n, kind="count", confidence=CLASS_READ)], also=list(named.values()),
                         note=f"The articles state {what} for {name}: “{sentence.strip()}”")
        if not named:
            rode = "; ".join(sorted(i.label for i in craft.values()))
            return Reply([], note=f"The articles name the craft {name} rode ({rode}) but not which were one "
                                  f"flight (up on one, home on another)." if craft else None)
        kind = "flights" if best is missions else "craft" if best is craft else "launch dates"
        if counting:
            return unstated(list(named.values()), f"times {name} flew", kind)
        support = tuple(t for i in named.values() for t in i.support)
        return Reply([Item(str(counted), counted, kind="count", support=support)], also=list(named.values()))

    return read


#: The LIMIT of flown_people.rq.
PEOPLE_LIMIT = 5000
#: A sentence about the last two people named ("For both, it was the third trip to space").
_PAIR = re.compile(r"^\W*(?:for\s+)?(?:both|the\s+(?:pair|two|duo))\b", re.I)
#: A count or place said of the people named after it ("the first space flight for A and B").
_FOR = re.compile(r"\s+(?:for|of|by)\s", re.I)
#: Launch dates closer than this are one flight read twice (or misread), not two flights.
SAME_FLIGHT_DAYS = 60


def _apart(dates: dict[str, Item]) -> dict[str, Item]:
    """The launch dates that are clearly different flights: one per run of dates within
    :data:`SAME_FLIGHT_DAYS` of each other (a month-only date counts from its first day)."""
    kept: dict[str, Item] = {}
    last: date | None = None
    for value in sorted(dates):  # ISO dates sort in time
        try:
            day = date.fromisoformat((value + "-01-01")[:10] if len(value) < 10 else value[:10])
        except ValueError:
            continue
        if last is None or (day - last).days > SAME_FLIGHT_DAYS:
            kept[value] = dates[value]
        last = day
    return kept


def stated_count(rows: list[dict[str, Term]], topic: str, patterns: tuple[tuple[re.Pattern[str], str], ...] = STATED,
            names: Sequence[str] = ()) -> tuple[int, str, str] | None:
    """The count of flights the articles state for ``topic`` (the latest article's; exact counts
    before the place of a flight in the series), with how it was stated and the sentence. A
    phrase is someone's when they are the last person named before it in the article (the last
    two, in a sentence about "both"; those named after it in its sentence when it is said "for"
    them: "the first space flight for A and B"). With ``names``, only a count whose place or
    kind (``what``) holds every one of them."""
    people: dict[str, list[tuple[int, str]]] = {}
    if sum(row["what"].value == "person" for row in rows) >= PEOPLE_LIMIT:
        return None  # flown_people.rq was cut short: whose each count is cannot be told
    for row in rows:
        if row["what"].value == "person":
            people.setdefault(row["article"].value if "article" in row else "", []).append(
                (int(row["from"].value), row["person"].value))
    found: list[tuple[str, int, int, str, str]] = []  # (published, exact?, n, how, sentence)
    for row in rows:
        if row["what"].value != "said":
            continue
        text, start = row["text"].value, int(row["start"].value)
        named = sorted(people.get(row["article"].value, []))
        for pattern, how in patterns:
            for hit in pattern.finditer(text):
                if names and not all(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", hit.group("what"), re.I)
                                     for w in names):
                    continue  # "visited Mir five times" is no count of visits to Salyut 7
                at = start + hit.start()
                before = list(dict.fromkeys(p for f, p in reversed(named) if f < at))
                after = [(f - start, p) for f, p in named if at < f < start + len(text)]
                owners = (_listed(text, hit.end(), after) if _FOR.match(text, hit.end()) else
                          before[:2] if _PAIR.match(text) else before[:1])
                n = _number(hit.group("n"))
                if topic in owners and n:
                    published = row["published"].value if "published" in row else ""
                    found.append((published, int(how == "exact"), n, how, text))
    if not found:
        return None
    _, _, n, how, sentence = max(found)
    return n, how, sentence


#: A word of a list of names ("A, B and C"): a name's word or what joins them.
_NAME_WORD = re.compile(r"[A-Z][\w.'’-]*|,|and|&")


def _listed(text: str, at: int, named: list[tuple[int, str]]) -> list[str]:
    """The people of the list of names right after ``at`` in a sentence ("the first spaceflight
    for A and B, while C and D have flown before": A and B), from where each is named in it: a
    title may come before the first ("for NASA astronaut A"), the list ends after the name that
    follows "and", and at any other word."""
    out: list[str] = []
    last = at
    for f, person in sorted(named):
        if f < last:
            continue
        words = re.findall(r"[\w.'’&-]+|,", text[last:f])
        if out and not all(_NAME_WORD.fullmatch(w) for w in words):
            break
        if person not in out:
            out.append(person)
        last = f
        if {"and", "&"} & set(words[1:]):
            break
    return out


def _number(word: str) -> int:
    word = word.lower()
    if word in _NUMBERS:
        return _NUMBERS[word]
    if word in _ORDINALS:
        return _ORDINALS[word]
    if word in _FIRST_WORDS:
        return 1
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits else 0
