"""Flights: commanders, crews, launches (vehicle, site, date), landings, crewmates and time
in space."""

from __future__ import annotations

import re
from functools import partial

from spacy.tokens import Doc, Span, Token

from extract.components.context import Context, date, entity, span_of, value
from extract.components.found import Obj, TermRef
from extract.components.lists import DASHES, list_after
from extract.components.quantities import duration_at, figure, find_durations
from extract.frames.companions import carrying, stood_in_for
from extract.frames.crafts import CRAFT_NOUNS
from extract.frames.crews import flight_crew
from extract.frames.fields import field_owner
from extract.frames.mood import mood
from extract.frames.reading import CONTEXT, DIRECT, LISTED
from extract.frames.split_subjects import split_subjects
from extract.rules.aboard import CRAFT, craft_of, homeward, numbered_so_far, rode
from extract.rules.common import (
    MISSIONS,
    STAYS,
    VEHICLES,
    VERSION,
    ancestors,
    described,
    listed,
    once_flown,
    recent,
)
from extract.rules.crew_sizes import COUNTED, GROUP_NOUNS, flight_before, flight_of
from extract.rules.length_flights import flight_of_length
from extract.rules.length_scopes import over_flights, perfect_total


def ferry(ctx: Context, tok: Token, span: Span) -> None:
    """"the Starliner that brought them to the station", "Soyuz MS-15 carried her into orbit":
    the craft that took people up is the one they launched on."""
    _carried_by_owner(ctx, tok, span)
    _craft_carrying(ctx, tok, span)
    _named_craft_carrying(ctx, tok, span)
    _carried_crews(ctx, tok, span)
    if tok.pos_ != "VERB" or not any(c.dep_ == "prep" and c.lower_ in ("to", "into") and any(
            ctx.is_a(t, "STATION", "CELESTIAL") or t.lower_ in ("space", "orbit", "station") for t in c.subtree)
            for c in tok.children):
        return
    relative = next((c for c in tok.children if c.dep_ == "nsubj" and c.lower_ in ("that", "which")), None)
    before = ctx.doc[relative.i - 1] if relative is not None and relative.i > 0 else None
    named = tok.head if before is not None and before.text == "," and tok.dep_ == "relcl" else before \
        if before is not None else \
        next((c for c in tok.children if c.dep_ == "nsubj"), None)
    craft = ctx.cluster(named) if named is not None and ctx.is_a(named, *VEHICLES) else None
    if craft is None:
        return
    riders = [t for t in tok.children if t.dep_ == "dobj"]
    people: list[int] = []
    for rider in riders:
        person = ctx.person(rider)
        if person is None and rider.lower_ == "them" and relative is not None:  # the people the clause is about
            person = ctx.subject_of(tok.head)
        if person is not None:
            people += ctx.conjuncts(person, rider if ctx.person(rider) is not None else tok.head)
    mod = "planned" if ctx.planned(tok) and tok.tag_ != "VBD" else "reported"  # "brought" is done, whatever comes
    for one in dict.fromkeys(people):
        ctx.add(one, "launchVehicle", entity(craft), span, rule=f"{VERSION}:ferry", confidence=0.65, modality=mod)


def _carried_by_owner(ctx: Context, tok: Token, span: Span) -> None:
    """"X's capsule also carried A and B", "her Soyuz brought two cosmonauts, A and B": those a
    person's craft carried flew with that person."""
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if tok.pos_ != "VERB" or subject is None or subject.lower_ not in CRAFT_NOUNS:
        return
    owner = next((p for c in subject.children if c.dep_ == "poss" and (p := ctx.person(c)) is not None), None)
    modality = mood(ctx, tok)
    if owner is None or modality is None:
        return
    riders: list[int] = []
    for c in tok.children:
        p = ctx.person(c) if c.dep_ == "dobj" else None
        riders += ctx.conjuncts(p, c) if p is not None else listed(ctx, c) if c.dep_ == "dobj" else []
    for one in dict.fromkeys(riders):
        if one != owner:
            ctx.add(owner, "flewWith", entity(one), span, rule=f"{VERSION}:ferry", confidence=LISTED,
                    modality=modality)


#: the nouns of a flight's crew a craft carried ("the Crew-3 astronauts", "the Demo-2 test crew")
_CREWS = {"crew", "crews", "astronaut", "astronauts", "cosmonaut", "cosmonauts", "taikonaut", "taikonauts",
          "crewmate", "crewmates", "passengers"}


def _carried_crews(ctx: Context, tok: Token, span: Span) -> None:
    """ "Endurance, which carried the Crew-3 and Crew-5 astronauts", "Endeavour carried the
    Demo-2 test crew", "the Crew Dragon Freedom carrying A and his Ax-3 crewmates": a named craft
    that carried a flight's crew is that flight's craft (``spacecraft``, up and home alike)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in ("carry", "bring"):
        return
    subject = tok.head if tok.dep_ == "acl" else next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("which", "that") and tok.dep_ == "relcl":
        subject = tok.head
    if subject is None or not ctx.is_a(subject, "SPACECRAFT"):
        return
    craft, modality = ctx.cluster(subject), mood(ctx, tok)
    if craft is None or modality is None:
        return
    crews = [c for o in tok.children if o.dep_ == "dobj" for c in (o, *o.conjuncts) if c.lower_ in _CREWS]
    if tok.dep_ == "acl" and subject.head.i > tok.i:  # "Freedom carrying A and his crewmates splashed down",
        # the crewmates parsed as a second subject of "splashed"
        crews += [t for t in ctx.doc[tok.i + 1:subject.head.i] if t.lower_ in _CREWS and t not in crews]
    named = [t for c in crews for t in ctx.doc[min(c.left_edge.i, tok.i + 1 if c.head == tok else c.i):c.i]]
    # "the Crew-3 astronauts" (the flight parsed as an object of its own: "brought [the Crew-3] astronauts")
    named += [t for c in crews for of in c.rights if of.lower_ == "of" for t in of.subtree]  # "the crew of Ax-3"
    flights = [ctx.cluster(t) for t in named if ctx.is_a(t, "MISSION")]
    for flight in dict.fromkeys(f for f in flights if f is not None and f != craft):
        ctx.add(flight, "spacecraft", entity(craft), span, rule=f"{VERSION}:carried-crew", confidence=0.75,
                modality=modality)


#: words that send a carrying craft home: its riders land on it, they did not launch on it
_BACK_HOME = {"home", "back", "earth"}


def _carried_home(verb: Token) -> bool:
    """Does the verb carry its people home ("carrying them back to Earth")? That craft need not
    be the one they went up in."""
    return any(t.lower_ in _BACK_HOME for c in verb.children if c.dep_ in ("advmod", "prep") for t in c.subtree)


def _craft_carrying(ctx: Context, tok: Token, span: Span) -> None:
    """ "Soyuz MS-9 is carrying A and B to the station", "The spacecraft is carrying members of the
    expedition: A and B, as well as C": a flight named (or a craft noun or "it" for the one named
    last) carries its crew, who ride it. Not a rocket carrying a capsule, not a craft with an
    owner (see :func:`_carried_by_owner`), not one carrying people home."""
    if tok.lemma_ != "carry" or tok.pos_ != "VERB" or tok.dep_ not in ("ROOT", "conj", "ccomp"):
        return
    subject = _carrier(tok)
    if subject is None or any(c.dep_ == "poss" for c in subject.children) or _carried_home(tok):
        return
    craft = craft_of(ctx, subject, "SPACECRAFT", *MISSIONS)
    modality = mood(ctx, tok)
    if craft is None or modality is None:
        return
    riders: list[int] = []
    for c in (c for c in tok.children if c.dep_ == "dobj"):
        riders += [p for t in c.subtree if (p := ctx.person(t)) is not None and ctx.named_at.get(t.i) == p]
        riders += listed(ctx, c)  # "members of the expedition: A and B, as well as C"
    for one in dict.fromkeys(riders):
        if ctx.labels[craft] in MISSIONS:
            ctx.add(craft, "crewMember", entity(one), span, rule=f"{VERSION}:ferry", confidence=LISTED,
                    modality=modality)
        ctx.add(one, "launchVehicle", entity(craft), span, rule=f"{VERSION}:ferry", confidence=LISTED,
                modality=modality)


def _named_craft_carrying(ctx: Context, tok: Token, span: Span) -> None:
    """ "steered the Soyuz MS-9 also carrying A and B to a docking", "The Soyuz TM-9 spacecraft,
    carrying A and B, docked": the people a named craft or flight is told carrying, wherever the
    craft stands in the sentence, rode it (not one told coming home: see :func:`rode`)."""
    craft = next((ctx.cluster(t) for t in (tok.head, *tok.head.lefts) if ctx.is_a(t, "SPACECRAFT", *MISSIONS)),
                 None)
    if tok.lemma_ != "carry" or tok.tag_ != "VBG" or tok.dep_ != "acl" or craft is None or _carried_home(tok):
        return
    modality = mood(ctx, tok)
    if modality is None:
        return
    riders = [p for c in tok.children if c.dep_ == "dobj" for t in (c, *c.conjuncts)
              if (p := ctx.person(t)) is not None and ctx.named_at.get(t.i) == p]
    for one in dict.fromkeys(riders):
        rode(ctx, one, craft, span, modality)


def _carrier(verb: Token) -> Token | None:
    """The subject of a carrying verb, or the word right before it and its helping verbs when the
    parse hangs the subject elsewhere ("Soyuz MS-9 is carrying", with "MS-9" read as a verb)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None:
        return subject
    before = [t for t in verb.doc[verb.sent.start:verb.i] if t.dep_ not in ("aux", "neg")]
    return before[-1] if before else None


#: verbs of setting off, whose "for N days" is the length of the trip ahead ("bind": "bound for a stay")
_SETTING_OFF = {"launch", "lift", "blast", "rocket", "head", "leave", "depart", "set", "bind", "bound"}


def _trip_ahead(unit: Token) -> bool:
    """Whether a duration is the length of a trip someone sets off on ("blasts off for 12
    days", "lifted off for a six-month stay"): planned, however the launch is told."""
    prep = unit.head
    while prep.dep_ in ("compound", "amod", "nummod") and prep.head.i != prep.i:  # "a 12-day stay"
        prep = prep.head
    prep = prep.head if prep.dep_ == "pobj" else prep
    return prep.lower_ == "for" and prep.dep_ == "prep" and prep.head.lemma_ in _SETTING_OFF


def backup(ctx: Context, tok: Token, span: Span) -> None:
    """A mission's backup: the person named as its backup pilot or commander, or every person of
    its backup crew."""
    head = span[-1]
    person = _named_as(ctx, head)
    if person is None:
        person = described(ctx, head)
    if person is None:
        nxt = [t for t in head.subtree if ctx.person(t) is not None]
        person = ctx.person(nxt[0]) if nxt else None
    if person is None and head.dep_ == "nsubj" and head.head.lemma_ == "be":  # "the backup pilot of M was X"
        person = next((ctx.person(c) for c in head.head.children if c.dep_ == "attr"), None)
    if person is None:  # "its backup pilot was X", parsed loosely
        person = next((ctx.person(t) for t in ctx.doc[span.end:span.end + 4] if ctx.person(t) is not None
                       and ctx.doc[span.end].lemma_ == "be"), None)
    missions = ctx.in_sentence(tok.sent, *MISSIONS)
    if person is None or not missions:
        return
    best = min(missions, key=lambda m: abs(m[0].i - tok.i))
    people = ctx.conjuncts(person, head) if head.lemma_ in _CREW_NOUNS else [person]
    for one in people:  # "A, B and C will be the backup crew": each of them
        ctx.add(best[1], "backupPilot", entity(one), span, rule=f"{VERSION}:backup", confidence=0.75)


def _named_as(ctx: Context, noun: Token) -> int | None:
    """The person named right before "as" a role ("with A as backup pilot", "named A as backup"),
    whom the parse does not make the clause's subject."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "as" or prep.i == 0 or ctx.named_at.get(prep.i - 1) is None:
        return None
    return ctx.person(ctx.doc[prep.i - 1])


#: nouns of a backup that is a group of people, each one a backup ("the backup crew")
_CREW_NOUNS = {"crew", "team"}


def operate(ctx: Context, tok: Token, span: Span) -> None:
    sent = tok.sent
    agencies = ctx.in_sentence(sent, "AGENCY", "ORG")
    missions = ctx.in_sentence(sent, *MISSIONS, "SPACECRAFT", "STATION")
    if not agencies or not missions:
        return
    agency = min(agencies, key=lambda a: abs(a[0].i - tok.i))[1]
    mission = min(missions, key=lambda m: abs(m[0].i - tok.i))[1]
    ctx.add(mission, "operator", entity(agency), span, rule=f"{VERSION}:operator", confidence=0.8)


#: verbs whose "in 1 hour and 48 minutes" is how long the flight was ("orbited Earth once in ...")
_FLYING = {"orbit", "fly", "circle", "circumnavigate", "travel", "loop"}


def days(ctx: Context, tok: Token, span: Span) -> None:
    """Time in space: "spent 215 days in space", "at 382 days", "the 878 days of X", "a 371-day
    mission", "their 178-day stay", "410 days 11 hours and 5 minutes" (all of it, in days). The
    figure belongs to whom its own noun phrase says (:func:`_owner`: "X's", "of X", "that X
    logged", "set by X"), else to whom the clause is about; a broken record's figure without its
    holder named is nobody's. Hours and minutes are time in space only for a flight that short,
    never on a spacewalk."""
    unit_tok = next(t for t in span[1:] if t.lower_ in _UNITS)  # "a 371-day mission", "the 157-day X mission": the day
    unit = _UNITS[unit_tok.lower_]
    amount = figure(tok) if tok.ent_type_ != "ORDINAL" and tok.lower_ not in ("one", "a") else None
    if amount is None or any(t.lower_ in ("about", "almost", "nearly", "around", "some", "roughly", "than", "over",
                                          "under", "approximately") for t in tok.doc[max(0, tok.i - 2):tok.i]):
        return  # a bound or a guess ("more than 1,000 days") is not a figure
    lead = [t.lower_ for t in tok.doc[max(0, tok.i - 2):tok.i]]
    if len(lead) == 2 and lead[0] in ("years", "year") and lead[1] in ("and", ","):
        return  # "90 years and 253 days old": an age to the day, not time in space
    after = [t.lower_ for t in tok.doc[unit_tok.i + 1:unit_tok.i + 3]]
    if after[:1] == ["per"] or after[:2] in (["a", "day"], ["a", "week"], ["each", "day"], ["every", "day"]):
        return  # "two hours a day": a rate, not a total
    since_launch = _back_since_launch(unit_tok)
    if after[:1] and after[0] in _INTERVAL and not since_launch:
        return  # "three days before launch", "two days later", "eight days docked": a span of something else
    if unit != "day" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("in", "within") \
            and tok.doc[tok.i - 1].head.lemma_ not in _FLYING:
        return  # "completing the marathon in three hours, 35 minutes": how long a task took, not a flight
    if unit == "month" and not _months_in_space(unit_tok):
        return  # "trained for 18 months", "a delay of two months": no stay in space
    if unit in ("minute", "hour"):  # "108 minutes", "20 hours and 5 minutes": one figure in minutes
        first = tok.i == 0 or not (tok.doc[tok.i - 1].lower_ in ("and", ",") or tok.doc[tok.i - 1].lower_ in (
            "hours", "hour", "days", "day"))
        told = duration_at(unit_tok)
        if told is None or not first or (_SPACEWALK | _ON_THE_MOON) & {t.lower_ for t in tok.sent} or any(
                t.lower_ in ("walk", "walks") and t.i > 0 and t.doc[t.i - 1].lower_ == "space" for t in tok.sent) or \
                told.largest in ("day", "week"):
            return  # the hours of "410 days 11 hours", the minutes after the hours, a spacewalk's time
        if unit_tok.head.lower_ == "after" and unit_tok.head.head.lemma_ in _MIDWAY:
            return  # "after nine hours in space, they docked with the station": the trip there, not the flight
        if (trip := _measured(unit_tok)) is not None and any(
                c.dep_ == "prep" and c.lower_ in ("to", "toward", "towards") or c.lower_ in _LEG
                or c.dep_ == "prep" and c.lower_ == "from" and _at_station(ctx, c) for c in trip.children):
            return  # "launched on a three-hour trip to the station", "the three-hour return trip from the
            # station": the way there or back, not the whole flight
        amount, unit = told.minutes, "minute"
    elif (told := duration_at(unit_tok)) is not None and told.largest in ("week", "day") \
            and abs(told.minutes - amount * 1440) >= 1:  # not "8.92 days" rounded to the minute
        # "7 days and 22 hours", "two weeks and three days": all of it, in days
        amount = told.days if not told.minutes % 1440 else round(told.minutes / 1440, 6)
    sent = tok.sent
    before = ctx.doc[sent.start - 1].sent if sent.start > 0 else None
    flight = _flight_measured(ctx, unit_tok)
    flight = _flight_ended(ctx, unit_tok) if flight is None else flight
    spaceflight = since_launch or _about_flight(ctx, sent, days=unit == "day") or _length_field(ctx, tok) is not None
    if not spaceflight and not (
            before is not None and _about_flight(ctx, before) and any(
                t.lower_ in ("total", "tally") for t in sent)) and (flight is None or not any(
                t.lower_ in STAYS for t in sent)):  # "By then her total will stand at 610 days"; "The
        return  # expedition is due to last for 191 days" is a flight's; "Duration: 9 days." a flight page's field
    modality = mood(ctx, unit_tok)
    if modality is None:
        return
    if _trip_ahead(unit_tok):
        modality = "planned"  # "blasts off for 12 days on the ISS": the stay is still to come
    elif modality == "planned" and _described_as(unit_tok):
        modality = "reported"  # "A, a veteran of three flights totalling 520 days, will command": past days
    if _margin(unit_tok) or _said_of_others(ctx, unit_tok) and not _carried(ctx, unit_tok) \
            or any(a.lower_ == "supposed" for a in unit_tok.ancestors):
        return  # "for what was supposed to be an eight-day test flight": a plan that did not hold
    people, sure = _owner(ctx, unit_tok)
    fielded = _time_field(ctx, tok) if not people and flight is None else None
    if fielded is not None:  # "Total time in space: 8.92 days." on a profile page
        people, sure = [fielded], DIRECT
    elif not people and flight is None:  # "Mission duration: 36 minutes" on a flight's page
        flight = _length_field(ctx, tok)
    if not people and flight is None:
        return
    clause = _told_in(ctx, unit_tok)
    if clause is not None:  # "he will pass the 340 days that X spent": X's figure is past, not planned
        modality = mood(ctx, clause)
        if modality is None:
            return
    scope = "Cumulative" if fielded is not None else "SingleFlight" if not people else (
        _figure_scope(unit_tok) or ("Cumulative" if over_flights(unit_tok) else None) or _flight_of_clause(unit_tok)
        or _running_total(ctx, unit_tok) or _scope(sent, strong=True)
        or (_scope(before, strong=True) if before is not None else None) or _scope(sent, strong=False))
    q: list[tuple[str, Obj]] = [("unit", value(unit))]
    if scope:
        q.append(("scope", TermRef(scope)))
    region = ctx.region(unit_tok.head) if unit_tok.head.i != unit_tok.i else [unit_tok]
    dated = ctx.dates_in([t for t in sent if t.i not in range(tok.i, unit_tok.i + 1)])
    clause_dates = [d for d in dated if d in ctx.dates_in(region) or _same_clause(ctx, sent, d, unit_tok)] or \
        _while_dates(ctx, unit_tok.head)
    as_of = date(clause_dates[-1]) if clause_dates else None
    if not people and flight is not None:  # the flight's length: its own, and its crew's once the article names them
        station = _at_station(ctx, unit_tok)
        reused = ctx.labels[flight] == "SPACECRAFT" and once_flown(ctx, flight) is None
        if not station and not reused:  # "155 days at the station" is the stay there, not the flight; "Columbia
            # ... on its return from a 16-day mission" is one of an orbiter's many flights
            ctx.add(flight, "flightLength", value(str(amount), "decimal"), span, qualifiers=q[:1], as_of=as_of,
                    rule=f"{VERSION}:days", confidence=CONTEXT, modality=modality)
        q.append(("mission", entity(flight)))
        ctx.later.append((partial(_crew_days, flight=flight, amount=value(str(amount), "decimal"), qualifiers=q,
                                  as_of=as_of, modality=modality, station=station), tok, span))
        return
    tied = flight_of_length(ctx, unit_tok, _measured(unit_tok), station=_at_station(ctx, unit_tok)) \
        if scope in ("SingleFlight", None) and fielded is None else None
    if tied is not None:  # "186 days in space on Soyuz 41": one flight's, that one's
        q = [("unit", value(unit)), ("scope", TermRef("SingleFlight")), ("mission", entity(tied))]
    measured = [unit_tok, *([unit_tok.head.head] if unit_tok.head.lower_ == "of" else [])]  # "a stay of 340 days"
    aboard = [c for n in measured for p in n.children if p.dep_ == "prep" and p.lower_ in ("on", "aboard", "in")
              for t in p.subtree if (c := ctx.cluster(t)) is not None and ctx.labels[c] == "STATION"]
    for one in people:
        ctx.add(one, "timeInSpace", value(str(amount), "decimal"), span, qualifiers=q, as_of=as_of,
                rule=f"{VERSION}:days", confidence=sure, modality=modality)
        for c in aboard[:1]:  # "after 186 days on the station"
            ctx.add(one, "spacecraft", entity(c), span, rule=f"{VERSION}:days", confidence=min(sure, LISTED),
                    modality=modality)


#: nouns of a launch: "eight days after launch"
_LAUNCH_NOUNS = {"launch", "liftoff", "lift-off", "blastoff", "blast-off", "takeoff"}
#: labels of a profile's field line that gives a career's time in space
_TIME_FIELDS = {"total time in space", "time in space", "cumulative time in space", "total time spent in space"}


def _time_field(ctx: Context, tok: Token) -> int | None:
    """The person of a profile page whose field line a figure is the value of ("Total time in
    space: 8.92 days."): a career's total, of the person the page's title names."""
    colon = next((t for t in reversed(tok.doc[tok.sent.start:tok.i]) if t.text == ":"), None)
    if colon is None or colon.i != tok.i - 1:
        return None
    start = colon.i
    while start > 0 and "\n" not in tok.doc[start - 1].text and "\n" not in tok.doc[start - 1].whitespace_:
        start -= 1
    label = tok.doc[start:colon.i]
    return field_owner(ctx, label) if label.text.lower() in _TIME_FIELDS else None


#: labels of a flight page's field line that gives the flight's length
_LENGTH_FIELDS = {"mission duration", "flight duration", "duration of the mission", "duration of the flight"}


def _length_field(ctx: Context, tok: Token) -> int | None:
    """The flight of a flight's page whose field a figure is the value of ("Mission duration 36
    minutes", "Flight duration: 9 days" on a line of its own, "Duration: 9 days." in a paragraph
    of fields of a fact sheet): the one flight the page's title names."""
    start = tok.i
    while start > tok.sent.start and "\n" not in tok.doc[start - 1].text \
            and "\n" not in tok.doc[start - 1].whitespace_ and tok.doc[start - 1].text != ".":
        start -= 1  # back to the line's start, or the end of the field before: "Crew size: 2. Duration: 9 days."
    end = tok.i
    while end < tok.sent.end - 1 and "\n" not in tok.doc[end].whitespace_ and "\n" not in tok.doc[end + 1].text:
        end += 1
    value = re.sub(r"\[\d+\]", "", tok.doc[tok.i:end + 1].text).strip(" .")
    told = find_durations(value)
    label = tok.doc[start:tok.i].text.lower().strip()
    named = label.rstrip(": ") in _LENGTH_FIELDS or label.endswith(":") and label.rstrip(": ") == "duration"
    if not label and _line_start(tok):  # "Flight duration\n\n25 hours 18 minutes": the label is the line above
        above = _line_above(tok).lower().rstrip(": ")
        named = above in _LENGTH_FIELDS or above == "duration"
    if not named or len(told) != 1 or told[0][:2] != (0, len(value)):
        return None  # the line, or the sentence of a run of fields, holds the field's label and its length
    title = ctx.cluster(tok.doc[0])
    return title if title is not None and (ctx.labels[title] == "MISSION" or once_flown(ctx, title) is not None) \
        else None


def _line_start(tok: Token) -> bool:
    """Whether a word opens its line."""
    return tok.i == 0 or "\n" in tok.doc[tok.i - 1].whitespace_ or "\n" in tok.doc[tok.i - 1].text


def _line_above(tok: Token) -> str:
    """The text of the last line with words above a word's line: a table's label, where a
    flattened table puts each value on the line under its label."""
    end = tok.i - 1
    while end >= 0 and tok.doc[end].is_space:
        end -= 1
    start = end
    while start > 0 and "\n" not in tok.doc[start - 1].whitespace_ and "\n" not in tok.doc[start - 1].text:
        start -= 1
    return tok.doc[start:end + 1].text.strip() if end >= 0 else ""


#: verbs of a launch: "12 days after lifting off", "186 days after she left Earth"
_LAUNCH_VERBS = {"launch", "lift", "blast", "leave"}
#: what a launch leaves: "left Earth", "left the planet"
_EARTH = {"earth", "planet", "ground"}


def _back_since_launch(unit: Token) -> bool:
    """Whether a span "after" something is a whole flight: a return told so many days after the
    launch ("Eight days after launch, she landed", "splashed down 186 days after she left Earth",
    "returned 12 days after lifting off"); not "two days after the crew left the station"."""
    after = unit.head
    if after.lower_ == "after" and after.dep_ == "prep":
        since = next((c for c in after.children if c.dep_ in ("pobj", "pcomp")), None)
        back = after.head
    elif after.pos_ == "VERB" and any(c.dep_ == "mark" and c.lower_ == "after" for c in after.children):
        since, back = after, after.head  # "186 days after she left Earth": the clause's verb
    else:
        return False
    if since is None or back.lemma_ not in _BACK:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in since.children):
        return False  # "three days after the launch of Crew-9": another flight's
    if since.lemma_ == "leave":
        return any(c.dep_ == "dobj" and c.lower_ in _EARTH for c in since.children)
    return since.lower_ in _LAUNCH_NOUNS or since.pos_ == "VERB" and since.lemma_ in _LAUNCH_VERBS


def _flight_measured(ctx: Context, unit: Token) -> int | None:
    """The flight a figure is the length of, told by the noun it measures or by the subject of
    its verb, with no person between: "a 204-day mission" of the Shenzhou-20 taikonauts,
    "Crew-11 ... spent 167 days in space", "The crew is scheduled to spend 242 days in orbit"
    (the story's flight), "The expedition is due to last for 191 days". Never a figure of
    someone's or something else's ("the 92 days of the Shenzhou-12 crew", "the record of 84
    days", "after 86 days on the ground"), nor one beside a record."""
    noun = _measured(unit)
    if noun is not None and noun.lower_ not in STAYS or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in unit.children) or any(
            t.lower_ in _NOT_THE_FLIGHT for t in unit.sent):
        return None
    top = noun if noun is not None else unit
    own = flight_of(ctx, noun) if noun is not None and any(c.lower_ == "the" for c in noun.children) else None
    own = own if own is not None else next((c for t in (noun.subtree if noun is not None else ())
                                            if (c := ctx.cluster(t)) is not None and ctx.labels[c] in MISSIONS), None)
    if own is not None:
        return own
    while top.dep_ in ("pobj", "prep") and top.head.i != top.i:
        top = top.head  # "after a 204-day mission", "for 191 days": the word the phrase hangs from
    verb = top if top.pos_ in ("VERB", "AUX") else top.head if top.dep_ in ("dobj", "npadvmod", "attr") else None
    for _ in range(3):  # "spent" of "Crew-11 launched ... and spent", "last" of "is due to last"
        if verb is None or verb.dep_ in ("relcl", "acl") or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            break
        verb = verb.head if verb.dep_ in ("xcomp", "conj", "acomp") else None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
    if verb is not None and verb.dep_ in ("relcl", "acl") and (subject is None or subject.lower_ in _RELATIVE):
        subject = verb.head  # "the crew who returned after a 204-day mission", "Astronauts to return after 33-day trip"
    if subject is None or ctx.person(subject) is not None:
        return None
    if ctx.is_a(subject, *MISSIONS):
        return ctx.cluster(subject)
    if (craft := _flown_once_during(ctx, subject, noun)) is not None:
        return craft
    if (named_stay := _stay_named(ctx, subject)) is not None:
        return named_stay
    if subject.lower_ in ("they", "it"):  # "Expedition 3 left Earth ... They would spend 117 days"
        return flight_before(ctx, subject)
    named = any(ctx.is_a(t, *MISSIONS) for t in subject.subtree)
    if named or subject.lower_ in STAYS | CREW_WORDS and (any(c.lower_ == "the" for c in subject.children) or _headline(
            subject)):  # "the Shenzhou-20 taikonauts", "The crew", "The expedition" (of the story's flight, else of
        return flight_of(ctx, subject) or (story_flight(ctx, subject) if not named else None)  # its craft)
    return None


def _flown_once_during(ctx: Context, subject: Token, noun: Token | None) -> int | None:
    """A numbered craft that flew once, as the subject of what it did during its flight ("During
    the eight-day mission, Soyuz 58 docked with Salyut 9"): that craft's flight; not what it did
    after a span ("Soyuz 58 docked after a two-day trip" is the way there)."""
    craft = once_flown(ctx, ctx.cluster(subject))
    during = noun is not None and noun.dep_ == "pobj" and noun.head.lower_ in _ON_FLIGHT
    return craft if craft is not None and ctx.labels[craft] == "SPACECRAFT" and during else None


def _stay_named(ctx: Context, noun: Token) -> int | None:
    """The flight a stay's noun is told of by name beside it: set after the name as what it is
    ("aboard STS-51, a flight that lasted 8 days"), or as what a named flight landed after
    ("After a journey that lasted 8 days, STS-51 landed")."""
    if noun.lower_ not in STAYS:
        return None
    if noun.dep_ == "appos" and ctx.is_a(noun.head, *MISSIONS):
        return ctx.cluster(noun.head)
    after = noun.head
    if noun.dep_ != "pobj" or after.lower_ != "after" or after.head.lemma_ not in _BACK:
        return None
    landed = next((c for c in after.head.children if c.dep_ == "nsubj"), None)
    return ctx.cluster(landed) if landed is not None and ctx.is_a(landed, *MISSIONS) else None


#: words that tell a flight's end, whose "a 157-day mission" is the length of the flight that ended
_ENDING = {"end", "ends", "ended", "ending", "conclusion", "concluded", "concludes", "close", "closed", "splashdown",
           "splashed", "landing", "landed", "touchdown", "return", "returned", "returns", "returning"}


def _flight_ended(ctx: Context, unit: Token) -> int | None:
    """The story's flight, for "a 157-day mission" (with "a", of no one) in a sentence that tells
    a flight's end ("The descent marked the ending of a 157-day mission"): the flight the story
    is about, when it has named one. Not a mission someone's, of something, or an earlier one."""
    noun = _measured(unit)
    if noun is None or noun.lower_ not in STAYS or not any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                           for c in noun.children):
        return None
    if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "by") or c.lower_ in _OLD | _OTHER
           for c in noun.children) or any(c.dep_ == "prep" and c.lower_ == "of" for c in unit.children):
        return None
    words = {t.lower_ for t in unit.sent}
    if not words & _ENDING or words & _NOT_THE_FLIGHT:
        return None
    return story_flight(ctx, noun)


#: words that make "a 157-day mission" another than the story's ("another 157-day mission")
_OTHER = {"another", "first", "last", "second", "third", "similar", "typical", "usual", "standard"}


def _at_station(ctx: Context, unit: Token) -> bool:
    """Whether a figure's own phrase puts it aboard a station ("after 155 days at the space
    station", "155 days spent on board the station"): a stay there, which is less than the flight
    when the flight's own length is told too."""
    return any(t.lower_ == "station" or ctx.is_a(t, "STATION") for t in unit.subtree if t.i > unit.i)


#: words of a sentence whose figure of days is no flight's length: a record's or a total's, or time on the
#: ground ("Astronauts to spend 30 days in quarantine")
_NOT_THE_FLIGHT = {"record", "mark", "total", "tally", "quarantine", "isolation", "training", "rehabilitation"}
#: pronouns that open a relative clause, standing for the noun it describes
_RELATIVE = {"who", "that", "which"}


def _headline(noun: Token) -> bool:
    """Whether a bare noun opens the article's headline ("Astronauts to return to Earth after
    33-day trip"), which drops its "the": the story's people, not people in general."""
    return noun.sent.start == 0 and noun.i == 0 and not any(c.dep_ in ("det", "poss", "nummod")
                                                           for c in noun.children)


#: nouns for a flight's people, whose figure of days is their flight's ("The crew spent 242 days")
CREW_WORDS = {"crew", *GROUP_NOUNS, *COUNTED}


def _crew_days(ctx: Context, tok: Token, span: Span, *, flight: int, amount: Obj,
               qualifiers: list[tuple[str, Obj]], as_of: Obj | None, modality: str, station: bool) -> None:
    """A flight's length for each of its crew (:func:`~extract.frames.crews.flight_crew`), as
    the time of their one flight; a stay aboard a station only when the article tells no other
    length of that flight ("155 days at the station" beside "a 157-day mission" is not its length)."""
    if station and any(isinstance(again, partial) and again.func is _crew_days and again.keywords["flight"] == flight
                       and not again.keywords["station"] and again.keywords["modality"] == modality
                       for again, _, _ in ctx.later):
        return
    for one in flight_crew(ctx, flight):
        ctx.add(one, "timeInSpace", amount, span, qualifiers=qualifiers, as_of=as_of, rule=f"{VERSION}:days",
                confidence=CONTEXT, modality=modality)


#: the unit words of a figure of time in space; months stay months (a month is no number of days)
_UNITS = {"days": "day", "day": "day", "minutes": "minute", "minute": "minute", "hours": "hour", "hour": "hour",
          "months": "month", "month": "month"}
#: verbs whose "for eight months" is a stay ("remain in orbit for eight months", "spent six months aboard")
_STAYING = {"spend", "remain", "stay", "live", "last", "orbit", "fly"}
#: verbs whose "after six months" is the stay that ended ("will come home after six months")
_BACK = {"return", "land", "come", "splash", "touch"}


def _months_in_space(unit: Token) -> bool:
    """Whether a figure in months is a stay in space by its own words, as months are also told
    of training, delays and plans on the ground: "a six-month mission", "a stay of six months",
    "remain in orbit for eight months", "spent six months aboard", "come home after six months"."""
    noun = _measured(unit)
    if noun is not None:
        return noun.lower_ in STAYS
    if any(t.lower_ in _NOT_THE_FLIGHT for t in unit.sent):
        return False
    head = unit.head.head if unit.head.dep_ == "prep" else unit.head
    if unit.head.lower_ == "after":
        return head.lemma_ in _BACK
    return head.lemma_ in _STAYING and (unit.head.lower_ in ("for", "about") or unit.dep_ in ("dobj", "npadvmod"))
#: words of a trip that make it one leg of a flight ("the three-hour return trip", "a ride home")
_LEG = {"return", "home", "back", "homeward"}
#: verbs of reaching a station, whose "after N hours" is the trip there, not the whole flight
_MIDWAY = {"rendezvous", "dock", "arrive", "reach", "berth"}
#: prepositions that put a figure's clause on one flight ("for 210 days on his first spaceflight")
_ON_FLIGHT = {"on", "during"}
#: words after a figure of time that make it the span of something else than a stay in space
_INTERVAL = {"before", "after", "later", "earlier", "ago", "into", "prior", "until", "since", "longer",
             "shorter", "short", "behind", "ahead", "late", "early", "docked", "attached", "berthed"}
#: words that make hours and minutes a spacewalk's
_SPACEWALK = {"spacewalk", "spacewalks", "spacewalking", "spacewalker", "eva", "evas", "extravehicular", "outside",
              "stroll"}
#: words that make hours and minutes a stay on the Moon's surface ("a lunar surface stay of 71 hours")
_ON_THE_MOON = {"lunar", "moonwalk", "moonwalks"}
#: words that make a record the one that was broken
_OLD = {"previous", "old", "former", "earlier", "standing", "existing"}
#: verbs whose subject is the one who held a record ("who held the previous record of 410 days")
_HELD = {"hold", "set", "own", "have"}
#: nouns a figure can be the measure of, whose own phrase may say whose it is
_MEASURES = {"record", "mark", "best", "total", "tally", "streak", "figure", *STAYS}


def _owner(ctx: Context, unit: Token) -> tuple[list[int], float]:
    """Whose a figure is, and how sure: first what its own noun phrase says, then who the
    clause is about (the shared reading of :func:`extract.frames.about.about`)."""
    nouns = [unit, *(c for c in unit.children if c.dep_ == "appos" and c.lower_ in ("hours", "minutes"))]
    if unit.head.lower_ in ("of", "at") and unit.head.head.lower_ in _MEASURES:
        nouns.append(unit.head.head)  # "the record of 290 days", "a mark at 290 days"
    if unit.dep_ in ("compound", "amod", "nmod") and unit.head.lower_ in _MEASURES:
        nouns.append(unit.head)  # "their 178-day stay", "Bo Tan's 371-day mission"
    for noun in nouns:
        for child in noun.children:
            p = None
            if child.dep_ == "poss":  # "her 328 days", "Bo Tan's record of 290 days"
                p = ctx.person(child)
            elif child.dep_ == "relcl":  # "the 520 days that X logged"
                p = next((ctx.person(t) for t in child.children if t.dep_ == "nsubj" and ctx.person(t) is not None),
                         None)
            elif child.dep_ == "acl" or child.dep_ == "prep" and child.lower_ in ("of", "by"):
                # "290 days, set by Bo Tan", "the 878 days of X"
                p = next((ctx.person(t) for t in child.subtree if ctx.person(t) is not None), None)
                if p is None and _set_by_others(child):
                    return [], 0.0  # "the record of 84 days, set by three Skylab astronauts": theirs
                if p is None and child.lower_ == "of" and unit not in child.subtree and any(
                        t.pos_ in ("NOUN", "PROPN") for t in child.subtree):
                    return [], 0.0  # "the 92 days of the earlier crew": someone else's
            if p is not None:
                return [p], DIRECT
        p = _set_by(ctx, noun)
        if p is not None:
            return [p], DIRECT
    for noun in nouns:  # "gives him a lifetime total of 523 days": whom the verb gives it to
        given = next((c for c in noun.head.children if c.dep_ == "dative" and ctx.person(c) is not None), None) \
            if noun.dep_ == "dobj" and noun.lower_ in _MEASURES else None
        if given is not None:
            return [ctx.person(given)], DIRECT  # type: ignore[list-item]
    verb = next((a for a in unit.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if any(c.lower_ in _OLD for n in nouns for c in n.children) and (verb is None or verb.lemma_ not in _HELD):
        return [], 0.0  # "broke the previous record of 290 days": not the breaker's figure
    if _broken(nouns):
        return [], 0.0  # "they broke the record of 18 days, set by their countrymen": the old figure
    if unit.head.lower_ == "with" and ctx.person(unit.head.head) is not None:
        named = [t for t in unit.doc[unit.sent.start:unit.head.i] if ctx.named_at.get(t.i) is not None
                 and ctx.person(t) is not None]
        if named:  # "only A, with 437 days, and B, with 379 days": the name each figure follows
            return [ctx.person(named[-1])], DIRECT  # type: ignore[list-item]
    stay = _named_after(unit)
    if stay is not None:  # "Ten days, seven hours – this was the duration of X's first flight": X's, else no one's
        owner = next((ctx.person(c) for c in stay.children if c.dep_ == "poss"), None)
        return ([owner], DIRECT) if owner is not None else ([], 0.0)
    listed = _after_name(ctx, unit)
    if listed is not None:  # "A who racked up 666 days over three flights and B, 534 days over four": B's
        return [listed], DIRECT
    if verb is not None:
        total = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _MEASURES), None)
        if total is None and verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            total = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in STAYS),
                         None)  # "X's first flight took place in 1988 and lasted nine days": the flight's subject
        poss = next((p for p in total.children if p.dep_ == "poss"), None) if total is not None else None
        owner = ctx.person(poss) if poss is not None else None
        if owner is not None and poss is not None:  # "her total will stand at 610 days", "their mission lasted"
            return ctx.conjuncts(owner, poss) if poss.lower_ == "their" else [owner], DIRECT
        if poss is not None:
            return [], 0.0  # a total or mission of someone the story does not name here
    kept = next((c for c in verb.children if c.dep_ == "dobj" and ctx.person(c) is not None), None) \
        if verb is not None and verb.lemma_ in _KEEPING else None
    if kept is not None:  # "helium leaks kept them in orbit for 286 days": whom it kept there
        return ctx.conjuncts(ctx.person(kept), kept), LISTED  # type: ignore[arg-type]
    flown = flown_by(ctx, nouns, verb)
    if flown:  # "the 108-minute flight made A the first man in space": whom the flight made or carried
        return flown, LISTED
    carried = _carried(ctx, unit)
    if carried:  # "a capsule carrying A and B landed after 165 days in space"
        return carried, LISTED
    misparsed = verb is not None and _misparsed_subject(verb)
    if not misparsed and _of_a_thing(ctx, verb):
        return [], 0.0
    p = ctx.subject_of(verb.head if misparsed else unit)  # type: ignore[union-attr]
    if p is not None:
        together = ctx.conjuncts(p, unit)  # "Ruiz and Lee had spent 190 days", "the pair"
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and ctx.person(c) == p),
                    None) if verb is not None else None
        if subj is not None and verb is not None:  # "Ruiz, Lee and Bo spent 165 days": the parse splits the list
            together += [q for q in split_subjects(ctx, subj, verb) if q not in together]
        return together, LISTED
    return [], 0.0


def _of_a_thing(ctx: Context, verb: Token | None) -> bool:
    """Whether the clause of a figure is about something or someone unnamed ("the crew will stay
    in orbit for three months, said A", "flying with a crewmate who will come home after six
    months"): then the figure is not of a person named higher up the sentence."""
    while verb is not None and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i else None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
    if subject is not None and subject.lower_ in ("which", "that"):
        return False  # "a flight aboard the station, which lasted 179 days": of the thing, whoever's it is
    if subject is not None and subject.lower_ == "who" and verb is not None and verb.dep_ == "relcl":
        someone = verb.head  # "an American crewmate who will come home": someone new, not named here
        return someone.pos_ == "NOUN" and someone.dep_ != "appos" and ctx.person(someone) is None and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in someone.children)
    return subject is not None and subject.pos_ in ("NOUN", "PROPN") and ctx.person(subject) is None \
        and ctx.subject_of(subject, limit=1) is None


def _misparsed_subject(verb: Token) -> bool:
    """Whether the parser gave a "to" infinitive of a clause a subject of its own ("X is returning
    with crewmates A and B ... to complete a journey of 185 days", read with A as the subject of
    "complete"): English gives one only after "for" ("for A to complete"), so the figure is of the
    clause it hangs from."""
    return verb.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and any(c.dep_ == "nsubj" for c in verb.children) and not any(
            c.lower_ == "for" for c in verb.children) and not any(
            verb.doc[max(0, c.left_edge.i - 1)].lower_ == "for" for c in verb.children if c.dep_ == "nsubj")


#: verbs of going past a figure, whose "by N days" is the margin, not a stay
_PASSING = {"exceed", "beat", "surpass", "break", "top", "eclipse", "pass", "outlast"}
#: verbs of setting a record, whose agent holds it
_SETTING = {"set", "hold", "achieve", "establish"}
#: verbs of saying, whose reported clause may tell others' plans ("X said the crew should ...")
_SAYING = {"say", "tell", "announce", "note", "add", "explain", "state"}


#: verbs of changing a flight's dates or length, whose "by N days" is the change ("was delayed by 12 days")
_CHANGING = {"delay", "postpone", "extend", "prolong", "lengthen", "shorten", "cut", "push", "slip", "move"}


def _margin(unit: Token) -> bool:
    """Whether a figure is the margin by which a record falls ("exceed the record of 84 days
    ... but by only six days") or a flight was changed ("the mission was extended by 12
    days", "the launch was delayed 2 minutes"), not anyone's stay."""
    if unit.dep_ in ("npadvmod", "dobj") and unit.head.lemma_ in _CHANGING:
        return True  # "the launch was delayed 2 minutes"
    return unit.head.lower_ == "by" and (unit.head.head.lemma_ in _CHANGING or unit.head.dep_ != "agent" and any(
        t.lemma_ in _PASSING for t in unit.sent))  # "delayed by 12 days": no agent, whatever the parse says


def _set_by_others(acl: Token) -> bool:
    """Whether a figure's modifier says it was set by people other than a named one ("the
    record of 84 days, set by three Skylab astronauts in 1974")."""
    return acl.dep_ == "acl" and acl.lemma_ in _SETTING and any(c.dep_ == "agent" for c in acl.children)


def _said_of_others(ctx: Context, unit: Token) -> bool:
    """Whether a figure is in what someone said of others ("Mike Orlan said the spacecraft and
    crew should arrive ... to complete a 13-day mission"): the reported clause has its own
    subject, who is no named person, so the speaker is not whom the figure is of."""
    for tok in (unit, *unit.ancestors):
        if tok.dep_ == "ccomp" and tok.head.lemma_ in _SAYING:
            subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return subject is not None and subject.pos_ != "PRON" and ctx.person(subject) is None
    return False


def _after_name(ctx: Context, unit: Token) -> int | None:
    """The person whose name a figure follows after a comma, in a list of people and their
    figures ("A who racked up 666 days, and B, 534 days over four flights"): the figure is
    that name's, whatever the parser hung it on."""
    start = min(t.i for t in unit.subtree)
    doc = unit.doc
    if start < 2 or doc[start - 1].text != "," or not doc[start].like_num:
        return None
    return ctx.person(doc[start - 2])


def _carried(ctx: Context, unit: Token) -> list[int]:
    """Those a craft carried, when a figure of days hangs from the craft's own verb: "a Soyuz
    capsule carrying A and B landed after 165 days in space", "the Soyuz X parachuted down,
    bringing A and B back after 186 days in orbit". Not a rocket's riders (a trip ahead)."""
    verb = next((a for a in unit.ancestors if a.pos_ == "VERB"), None)
    if verb is None:
        return []
    for v in (verb, *([verb.head] if verb.dep_ in ("advcl", "conj", "xcomp") else [])):
        subject = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subject is None or not (subject.lower_ in CRAFT_NOUNS and subject.lower_ != "rocket"
                                   or ctx.is_a(subject, "SPACECRAFT")):
            continue
        return list(dict.fromkeys(p for t in carrying(subject, v) if (p := ctx.person(t)) is not None)) \
            or _inside(ctx, subject, v)
    return []


def _inside(ctx: Context, craft: Token, verb: Token) -> list[int]:
    """Those a craft's own noun phrase says it held: "their capsule touched down", "the descent
    module, with A, B and C inside, landed" (the parser may make A a second subject)."""
    owner = next((c for c in craft.children if c.dep_ == "poss"), None)
    p = ctx.person(owner) if owner is not None else None
    if owner is not None and p is not None:
        return ctx.conjuncts(p, owner) if owner.lower_ == "their" else [p]
    held = [t for c in craft.children if c.dep_ == "prep" and c.lower_ == "with" for t in c.subtree]
    held += [t for c in verb.children if c.dep_ == "nsubj" and c.i != craft.i and ctx.person(c) is not None
             for t in c.subtree]
    return list(dict.fromkeys(p for t in held if (p := ctx.person(t)) is not None))


#: verbs whose object is whom a stay's figure is of: "the leaks kept them in orbit for 286 days"
_KEEPING = {"keep", "strand", "hold", "leave"}
#: verbs whose subject, a flight, tells of the one who flew it: "the 108-minute flight made A the first man in
#: space", "a 12-day mission took A and B to the station"
_FLIGHT_DID = {"make", "take", "carry", "bring", "send", "turn"}


def flown_by(ctx: Context, nouns: list[Token], verb: Token | None) -> list[int]:
    """Those a flight measured by a figure made or carried, when that flight is the subject
    ("this historic 108-minute flight made A the first man in space"): the flight was theirs."""
    if verb is None or verb.lemma_ not in _FLIGHT_DID or not any(
            n.lower_ in STAYS and n.dep_ == "nsubj" and n.head == verb for n in nouns):
        return []
    # "made A the first ...": A as the object, or as the subject of the clause "A the first ..."
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        t for c in verb.children if c.dep_ in ("ccomp", "xcomp") for t in c.children if t.dep_ == "nsubj"]
    flyer = next((c for c in objects if ctx.person(c) is not None), None)
    return ctx.conjuncts(ctx.person(flyer), flyer) if flyer is not None else []  # type: ignore[arg-type]


def _told_in(ctx: Context, unit: Token) -> Token | None:
    """The verb of the relative clause that gives a figure its owner ("the 340 days that X
    spent"), whose tense, not the main clause's, says whether the figure is a fact or a plan."""
    return next((c for c in unit.children if c.dep_ in ("relcl", "acl") and any(
        ctx.person(t) is not None for t in c.subtree)), None)


#: verbs of going past a record: their record's own figure is the old one
_BREAKING = {"break", "beat", "surpass", "eclipse", "top", "smash", "shatter", "exceed", "overtake", "better",
             "erase", "pass"}


def _broken(nouns: list[Token]) -> bool:
    """Whether a figure measures a record that its verb goes past ("broke the record of 18 days",
    "surpassed the mark of 290 days"): the figure of whoever held it, not of the breaker (whose
    own figure is told apart: "with 355 days")."""
    return any(n.lower_ in ("record", "mark", "best") and n.dep_ == "dobj" and n.head.lemma_ in _BREAKING
               for n in nouns)


def _set_by(ctx: Context, noun: Token) -> int | None:
    """Whose a record or mark is, told by its verb: "the mark of 355 days was set by X", "the
    record of 288 days belonged to X"."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.lower_ not in ("record", "mark", "best", "total"):
        return None
    return next((ctx.person(t) for c in noun.head.children if c.dep_ == "agent" or c.dep_ == "prep"
                 and c.lower_ == "to" for t in c.children if ctx.person(t) is not None), None)


def _while_dates(ctx: Context, verb: Token) -> list[int]:
    """The dates of an as- or when-clause joined to a verb, on either side: "broke the record
    on June 28, as he reached 804 days", "When he returned September 11, he had spent 879 days"."""
    clauses = [c for c in verb.children if c.dep_ == "advcl" and _while(c)]
    if verb.dep_ == "advcl" and _while(verb):
        clauses.append(verb.head)
    return next((found for c in clauses if (found := ctx.dates_in(ctx.region(c)))), [])


def _while(clause: Token) -> bool:
    return any(c.lower_ in ("as", "when") and c.dep_ in ("mark", "advmod") for c in clause.children)


def _described_as(unit: Token) -> bool:
    """Whether a figure is told in an apposition that describes someone ("A, a veteran of
    three flights totalling 520 days, will ..."): what they have done, whatever the verb plans."""
    for a in unit.ancestors:
        if a.dep_ == "appos":
            return True
        if a.pos_ in ("VERB", "AUX") and a.tag_ not in ("VBG", "VBN"):
            return False
    return False


#: words besides those of :func:`_about_flight` that put a stay's days (not hours: "after 17 hours, they
#: splashed down" is the trip home) in space: "landed after a 186-day stay aboard the orbiting laboratory",
#: "186 days circling the Earth", "splashed down after 199 days" (not "landed": on the Moon too)
_IN_ORBIT = {"orbiting", "outpost", "circling", "splashed", "splashdown"}


def _about_flight(ctx: Context, sent: Span, *, days: bool = False) -> bool:
    """Whether a sentence speaks of spaceflight, so that its days are days in space; with
    ``days``, also by the words that put only days in orbit (:data:`_IN_ORBIT`)."""
    words = {t.lower_ for t in sent}
    return bool(words & {"space", "orbit", "orbits", "orbited", "station", "flight", "flights", "spaceflight",
                         "spaceflights", "mission", "record", "aloft"}) or \
        days and (bool(words & _IN_ORBIT) or "off the planet" in sent.text.lower()) or \
        bool(ctx.in_sentence(sent, "STATION", *MISSIONS, *VEHICLES))


#: words that make the noun a figure measures a career's ("a lifetime total of 523 days")
_TOTALS = {"total", "tally", "lifetime", "career", "cumulative"}


#: nouns for what a figure told first is then called ("this was the duration of ...")
_LENGTHS = {"duration", "length"}


def _named_after(unit: Token) -> Token | None:
    """The stay a figure told first is then named the length of: "Ten days, seven hours and 47
    minutes – this was the duration of X's first experience in space" (the experience)."""
    verb = unit.head
    if unit.dep_ not in ("npadvmod", "dep", "nsubj") or verb.lemma_ != "be" or unit.i > verb.i or not any(
            c.dep_ == "nsubj" and c.lower_ in ("this", "that") for c in verb.children):
        return None
    length = next((c for c in verb.children if c.dep_ == "attr" and c.lower_ in _LENGTHS), None)
    stay = next((t for c in length.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.children
                 if t.dep_ == "pobj"), None) if length is not None else None
    return stay if stay is not None and stay.lower_ in STAYS | {"experience"} else None


def _figure_scope(unit: Token) -> str | None:
    """Cumulative or one flight, from the noun the figure itself measures, which outweighs the
    words of its sentence: "his journey into space of 355 days ... gives him a lifetime total of
    523 days" holds one flight's figure and a career's."""
    noun = _measured(unit) or _named_after(unit)
    if noun is None:
        return None
    if noun.lower_ == "experience":  # "the duration of X's first experience in space": one, when counted
        return "SingleFlight" if any(c.dep_ == "amod" and c.ent_type_ == "ORDINAL" for c in noun.children) else None
    if noun.lower_ == "total" and not any(c.lower_ in _TOTALS for c in noun.children) and (
            _told_with_parts(unit) or _landed_after(noun)):
        return "SingleFlight"
    if noun.lower_ in _TOTALS or any(c.lower_ in _TOTALS for c in noun.children):
        return "Cumulative"
    return "SingleFlight" if noun.lower_ in STAYS else None


#: words that say a figure spans several flights ("a total of 640 days over four flights")
_MANY_FLIGHTS = {"flights", "missions", "trips", "expeditions", "spaceflights", "career", "lifetime", "cumulative"}


def _told_with_parts(unit: Token) -> bool:
    """Is a total told with its parts right after it ("a total of 64 days in orbit, 62 of which
    were spent aboard the station")? Then it is one flight's days and where they were spent, not
    a career's."""
    after = unit.doc[unit.i + 1:min(unit.i + 8, unit.sent.end)]
    return not any(t.lower_ in _MANY_FLIGHTS for t in unit.sent) and any(
        a.like_num and b.lower_ == "of" and c.lower_ in ("which", "them", "those")
        for a, b, c in zip(after, after[1:], after[2:], strict=False))


def _landed_after(noun: Token) -> bool:
    """Is the figure or total the one a landing came after ("splashed down after a total of 64
    days", "landed after 64 days")? A landing ends one flight, so the figure is that flight's."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "after" and noun.head.head.lemma_ in _BACK and not any(
        t.lower_ in _MANY_FLIGHTS for t in noun.sent)


def _running_total(ctx: Context, unit: Token) -> str | None:
    """Cumulative, for a present perfect total ("X, who has spent 180 days in space, will
    launch"), unless its sentence says one flight ("the longest single flight") or its clause
    names the one flight it was spent on ("has spent 186 days in space on Soyuz 41")."""
    if not perfect_total(unit) or any(t.lower_ in _ONE_FLIGHT for t in unit.sent) or _since_launch(unit) or \
            flight_of_length(ctx, unit, _measured(unit), station=_at_station(ctx, unit)) is not None:
        return None
    return "Cumulative"


#: words that say a figure is one flight's outright
_ONE_FLIGHT = {"single", "consecutive", "single-longest"}


def _since_launch(unit: Token) -> bool:
    """ "has spent 150 days in space since she launched in November", "on this mission": the time
    of the flight under way, not a career's."""
    verb = next((a for a in unit.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(t.lower_ == "since" or t.lower_ == "this" and t.head.lower_ in STAYS
                                    for t in verb.subtree if t.i > unit.i)


def _flight_of_clause(unit: Token) -> str | None:
    """One flight, when the figure's own verb names the single stay it measures, which
    outweighs a total told beside it: "stayed for 210 days on his first spaceflight", "during
    the mission", "his first journey lasted 200 days", "a flight that lasted 15 minutes" (not
    "over three flights")."""
    verb = next((a for a in unit.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    if _landed_after(unit):  # "landed on Friday after 64 days in orbit", whatever total the sentence tells
        return "SingleFlight"
    for child in verb.children:
        if child.dep_ == "nsubj" and (child.lower_ in STAYS or child.lower_ in _RELATIVE and verb.dep_ == "relcl"
                                      and verb.head.lower_ in STAYS):  # "a flight that lasted 15 minutes"
            return "SingleFlight"
        if child.dep_ == "prep" and child.lower_ in _ON_FLIGHT and any(
                o.dep_ == "pobj" and o.lower_ in STAYS for o in child.children):
            return "SingleFlight"
    return None


def _measured(unit: Token) -> Token | None:
    """The noun a figure of time measures: "a total of 523 days", "a 371-day mission", "his journey
    into space of 355 days" (the journey, past the place it went to)."""
    if unit.dep_ in ("compound", "amod", "nmod") and unit.head.pos_ == "NOUN":
        return unit.head
    if unit.head.lower_ not in ("of", "at") or unit.head.head.pos_ != "NOUN":
        return None
    noun = unit.head.head
    if noun.lower_ in ("space", "orbit") and noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "journey into space of 355 days"
    return noun


def _scope(sent: Span, *, strong: bool) -> str | None:
    """Cumulative or one flight, from the words of a sentence; ``strong`` words only say it
    outright ("cumulative", "single"), the others hint ("returned after 186 days")."""
    words = {t.lower_ for t in sent}
    if strong:
        if words & {"cumulative", "total", "career", "overall"} or "flights" in words:
            return "Cumulative"
        if words & {*_ONE_FLIGHT, "stay"} or any(
                t.lemma_ == "stay" and t.pos_ == "VERB" for t in sent):  # "the three stayed in orbit for 154 days"
            return "SingleFlight"
        return None
    if words & {"landed", "returned", "return", "lands", "mission", "flight", "spaceflight", "after"}:
        return "SingleFlight"
    return None


def _same_clause(ctx: Context, sent: Span, d: int, tok: Token) -> bool:
    span = ctx.doc.char_span(ctx.dates[d].start, ctx.dates[d].end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    anc = {t.i for t in ancestors(tok)} | {tok.i}
    return any(t.i in anc for t in ancestors(root)) and root.head.lemma_ in ("reach", "spend", "return", "pass",
                                                                            "break", "beat", "surpass", "be")


def crew(ctx: Context, tok: Token, span: Span) -> None:
    """"its crew included A, B and C", "the crew of Apollo 8 was A, B and C", "Passengers
    include A, B and C" (the story's flight), "the Apollo 11 mission, which included fellow
    astronauts A and B", "A, B and C make up the Apollo 8 crew"."""
    if tok.lemma_ == "include":
        _included(ctx, tok, span)
        return
    if any(c.lower_ in _NOT_THE_CREW for c in tok.lefts):
        return  # "the backup crew includes A and B", "the ground crew: A and B": no one of them flew
    if tok.lower_ == "crew" and (_captioned_crew(ctx, tok, span) or _crew_set_off(ctx, tok, span)
                                 or _crew_with(ctx, tok, span) or _had_a_crew(ctx, tok, span)
                                 or _crew_members_set_off(ctx, tok, span)
                                 or _crew_of_people(ctx, tok, span) or _crew_in_apposition(ctx, tok, span)):
        return
    made_up, inverted = _made_up(tok), _named_after_be(tok)
    verb = tok.head if tok.dep_ == "nsubj" or made_up else inverted if inverted is not None else \
        ctx.doc[min(tok.i + 1, len(ctx.doc) - 1)]
    if verb.lemma_ not in ("include", "be", "comprise", "consist") and not made_up and inverted is None:
        return
    modality = mood(ctx, verb)
    if modality is None:
        return
    mission = next((ctx.cluster(t) for t in tok.subtree if ctx.is_a(t, *MISSIONS)), None)
    if mission is None:  # "The Soyuz MS-40 crew are A, B and C": the riders of one numbered craft
        mission = next((c for n in tok.children if n.dep_ in ("compound", "nmod", "nummod", "poss") for t in n.subtree
                        if ctx.is_a(t, "SPACECRAFT") and (c := once_flown(ctx, ctx.cluster(t))) is not None), None)
    if mission is None and any(c.lower_ == "whose" for c in tok.children) and verb.dep_ == "relcl":
        mission = ctx.cluster(verb.head) if ctx.is_a(verb.head, *MISSIONS) else None  # "X, whose crew included"
    if mission is None and (any(c.lower_ == "its" for c in tok.children) or tok.lower_ == "passengers"):
        mission = recent(ctx, tok, *MISSIONS)
    if mission is None and (tok.lower_ == "passengers" or [c.lower_ for c in tok.lefts] == ["the"]):
        mission = story_flight(ctx, tok)  # "Passengers include ...", "The crew comprises ..." (not "the ISS crew")
    if mission is None:
        return
    lists = [c for c in verb.children if c.dep_ in ("dobj", "attr")] + [
        o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]  # "consists of A and B"
    if made_up or inverted is not None:
        lists = [c for c in verb.children if c.dep_ in ("nsubj", "attr") and (made_up or c.i > tok.i)]
    people = [ctx.person(t) for c in lists for t in c.subtree if _listed_in(t, c)]  # not "veterans of flights led by X"
    carrier = _carrier_of_crew(ctx, mission, tok) if people and ctx.labels[mission] in MISSIONS else None
    for p in dict.fromkeys(x for x in people if x is not None):
        if ctx.labels[mission] in MISSIONS:
            ctx.add(mission, "crewMember", entity(p), span_of(tok, verb), rule=f"{VERSION}:crew", confidence=0.75,
                    modality=modality)
        else:
            rode(ctx, p, mission, span_of(tok, verb), modality)
        if carrier is not None:
            rode(ctx, p, carrier[0], span_of(tok, verb), carrier[1])


#: words before "crew" that make it a crew that did not fly
_NOT_THE_CREW = {"backup", "back-up", "reserve", "standby", "support", "rescue", "ground", "recovery"}


def _named_after_be(noun: Token) -> Token | None:
    """The verb of an inverted sentence that names a crew's people after "are": "Completing
    the X crew are A and B" (the participle, its "are" an auxiliary in the parse), "Also on
    the X crew are A and B" ("are"); None for any other sentence."""
    head = noun.head
    if noun.dep_ == "dobj" and head.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children):
        return head
    if noun.dep_ == "pobj" and head.lower_ in ("on", "in", "aboard") and head.head.lemma_ == "be" \
            and head.i < head.head.i:
        return head.head
    return None


def _made_up(noun: Token) -> bool:
    """Whether a crew noun is what its verb's subjects make up: "A, B and C make up the crew",
    "A and B formed the crew", "A and B comprise the crew"."""
    verb = noun.head
    return noun.dep_ == "dobj" and (verb.lemma_ in ("form", "comprise") or verb.lemma_ == "make" and any(
        c.dep_ == "prt" and c.lower_ == "up" for c in verb.children))


def _carrier_of_crew(ctx: Context, mission: int, before: Token) -> tuple[int, str] | None:
    """The craft the story said carries the crew of a flight ("the spacecraft, carrying the crew
    of Expedition 74 to the station, ..."), with how it was said: whoever it then names as that
    crew ("The crew comprises A, B and C") rode the craft. None when no such craft was said."""
    for verb in ctx.doc[:before.i]:
        if verb.lemma_ != "carry" or verb.pos_ != "VERB" or not any(
                c.dep_ == "dobj" and c.lower_ == "crew" and any(
                    p.lower_ == "of" and any(ctx.cluster(o) == mission for o in p.children if o.dep_ == "pobj")
                    for p in c.children if p.dep_ == "prep") for c in verb.children):
            continue
        noun = verb.head if verb.dep_ == "acl" else next((c for c in verb.head.children if c.dep_ == "nsubj"), None) \
            if verb.dep_ == "advcl" else _carrier(verb)  # "the craft, carrying", "X lifted off carrying", "X carries"
        if noun is None or any(c.dep_ == "poss" and ctx.person(c) is not None for c in noun.children) or \
                _carried_home(verb):
            continue  # the owner's craft is read elsewhere; a craft carrying a crew home is not the one they rode up
        craft = craft_of(ctx, noun, "SPACECRAFT")
        modality = mood(ctx, verb)
        if craft is not None and craft != mission and modality is not None:
            return craft, modality
    return None


def story_flight(ctx: Context, tok: Token) -> int | None:
    """The one flight the story has named before a word, else the one craft it has named (the
    crew of a story about a Soyuz is that Soyuz's riders); None when it named several."""
    for labels in (MISSIONS, ("SPACECRAFT",)):
        named = {c for t, c in ctx.in_sentence(ctx.doc[:tok.i], *labels)}
        if named:
            return named.pop() if len(named) == 1 else None
    return None


def _crew_with(ctx: Context, tok: Token, span: Span) -> bool:
    """ "carried the Soyuz MS-9 spacecraft with three crew members: A, B and C": the people a
    craft's with-phrase lists after a colon rode it."""
    noun = tok.head if tok.dep_ == "compound" else tok
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return False
    held = verb = noun.head.head  # the craft, or the verb whose object it is ("carried X with ...")
    if verb.pos_ in ("VERB", "AUX"):
        held = next((c for c in verb.children if c.dep_ == "dobj"), verb)
    craft = next((ctx.cluster(t) for t in (held, *held.lefts) if ctx.is_a(t, *CRAFT)), None)  # "the X spacecraft"
    modality = mood(ctx, verb)
    if craft is None or modality is None:
        return False
    people = listed(ctx, noun)
    for p in people:
        rode(ctx, p, craft, span, modality)
    return bool(people)


#: verbs that open a crew's list rather than a clause of its own ("a crew of seven, including A")
_LISTING = {"including", "includes", "include", "included", "among"}


def _had_a_crew(ctx: Context, tok: Token, span: Span) -> bool:
    """ "The shuttle Discovery had a crew of seven astronauts, including A, B and C", "Soyuz 40
    had a crew of three: A, B and C": the people the sentence names after the crew a craft or
    flight had (up to a clause of its own: "who replaced D") rode it, however the parser splits
    a long list."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_ != "have" or not any(c.lower_ == "of" for c in tok.children):
        return False
    craft = next((c for s in verb.children if s.dep_ == "nsubj" and (c := craft_of(ctx, s, *CRAFT)) is not None),
                 None)
    modality = mood(ctx, verb)
    if craft is None or modality is None:
        return False
    sent = tok.sent
    end = next((t.i for t in ctx.doc[tok.i:sent.end] if t.lower_ in ("who", "whose", "which", "that", ";")), sent.end)
    verb_after = next((t for t in ctx.doc[tok.i + 1:end] if t.pos_ in ("VERB", "AUX") and t.lower_ not in _LISTING
                       and t.dep_ not in ("compound", "amod", "nmod")), None)  # not a noun tagged a verb
    if verb_after is not None:  # "..., according to flight director A", "..., and spokesman A said": not the crew
        end = verb_after.left_edge.i if verb_after.left_edge.i > tok.i else verb_after.i
    people = list(dict.fromkeys(p for t in ctx.doc[tok.i:end] if ctx.named_at.get(t.i) is not None
                                and (p := ctx.person(t)) is not None and not stood_in_for(t)))
    for p in people:
        _in_crew(ctx, p, craft, span, modality)
    return bool(people)


def _in_crew(ctx: Context, person: int, craft: int, span: Span, modality: str) -> None:
    """A person of a flight's or a craft's crew rode it: up (see :func:`rode`), or, in a sentence
    told of coming home, the craft they rode, which may not be the one they went up in."""
    if homeward(span.sent) and ctx.labels[craft] not in MISSIONS:
        ctx.add(person, "spacecraft", entity(craft), span, rule=f"{VERSION}:crew", confidence=LISTED,
                modality=modality)
    else:
        rode(ctx, person, craft, span, modality)


#: determiners of the whole of a story's crew: "both crew members", "the crew members"
_WHOLE = {"both", "the", "all", "its", "their"}


def _crew_members_set_off(ctx: Context, tok: Token, span: Span) -> bool:
    """ "Both crew members, Roscosmos cosmonaut A and NASA astronaut B, were recovered": the
    people set off after "crew members" of no one named (not "the station's crew members") are
    the crew of the story's one flight (:func:`story_flight`), two or more of them."""
    noun = tok.head
    if tok.dep_ != "compound" or noun.lower_ != "members" or any(
            c.dep_ in ("poss", "nmod") or c.dep_ == "compound" and c.i != tok.i for c in noun.children) \
            or not any(c.lower_ in _WHOLE or c.like_num for c in noun.lefts) \
            or any(c.lower_ in _NOT_THE_CREW for c in noun.lefts):  # "the backup crew members"
        return False
    people = _set_off_after(ctx, noun.i)
    flight = story_flight(ctx, tok)
    if flight is None:  # "Soyuz lands" above "The Soyuz MS-40 spacecraft landed": the numbered one
        flight = numbered_so_far(ctx, tok)
    modality = mood(ctx, noun)
    if not people or flight is None or modality is None:
        return False
    for p in people:
        _in_crew(ctx, p, flight, span, modality)
    return True


def _crew_of_people(ctx: Context, tok: Token, span: Span) -> bool:
    """ "the Soyuz 23 crew of A and B", "Soyuz 23's crew of A and B": the people a named
    flight's crew is given as, after "of", flew it: its crew members, or for a craft, those it
    took up (the crew a craft is named for went up in it, wherever the sentence has them land)."""
    flight = next((ctx.cluster(t) for c in tok.children if c.dep_ in ("compound", "nmod", "nummod", "poss")
                   for t in c.subtree if ctx.is_a(t, *MISSIONS, "SPACECRAFT")), None)
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    modality = mood(ctx, tok)
    if flight is None or of is None or modality is None:
        return False
    people = list(dict.fromkeys(p for t in list_after(of) if ctx.named_at.get(t.i) is not None
                                and (p := ctx.person(t)) is not None))
    for p in people:
        subject, prop, obj = (flight, "crewMember", p) if ctx.labels[flight] in MISSIONS else \
            (p, "launchVehicle", flight)
        ctx.add(subject, prop, entity(obj), span, rule=f"{VERSION}:crew", confidence=0.75, modality=modality)
    return bool(people)


def _crew_in_apposition(ctx: Context, noun: Token, span: Span) -> bool:
    """ "The three-man crew of Soyuz TMA-9, A, B and C, landed ...", "The Soyuz TMA-9 crew --
    A and B -- ...": the people set beside a named flight's crew (or its name) flew it: its crew
    members, or for a craft, those it took up. Not a backup crew."""
    if any(c.lower_ in _NOT_THE_CREW for c in noun.lefts):
        return False
    named = [t for t in noun.lefts if t.dep_ in ("compound", "nmod", "nummod", "poss", "amod")]
    named += [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
              if o.dep_ == "pobj"]
    flight = next((c for t in named if (c := ctx.cluster(t)) is not None
                   and ctx.labels[c] in (*MISSIONS, "SPACECRAFT")), None)
    modality = mood(ctx, noun)
    if flight is None or modality is None:
        return False
    beside = [a for t in (noun, *named) for a in t.children if a.dep_ == "appos"]
    people = list(dict.fromkeys(p for a in beside if (one := ctx.person(a)) is not None
                                for p in ctx.conjuncts(one, a))) or _set_off_after(
        ctx, max((t.i for n in named for t in n.subtree), default=None))
    for p in people:
        subject, prop, obj = (flight, "crewMember", p) if ctx.labels[flight] in MISSIONS else \
            (p, "launchVehicle", flight)
        ctx.add(subject, prop, entity(obj), span, rule=f"{VERSION}:crew", confidence=0.75, modality=modality)
    return bool(people)


def _set_off_after(ctx: Context, last: int | None) -> list[int]:
    """The people of a list set off by commas right after the word at ``last`` ("The crew of
    Soyuz TM-9, A and B, docked", "Both crew members, A and B, were"), which the parser may read
    as the subject of the verb after it: two or more names, and the comma that closes the list."""
    doc = ctx.doc
    if last is None or last + 2 >= len(doc) or doc[last + 1].text != ",":
        return []
    words = list_after(doc[last + 1])
    while words and words[-1].is_punct:  # the list's own closing comma
        words.pop()
    if not words or words[-1].i + 1 >= len(doc) or doc[words[-1].i + 1].text not in (",", *DASHES):
        return []
    people = list(dict.fromkeys(p for t in words if ctx.named_at.get(t.i) is not None
                                and (p := ctx.person(t)) is not None))
    return people if len(people) > 1 else []


#: words of a caption's aside that says where each person stands ("(left to right)", "(L to R)")
_ORDER_WORDS = {"left", "right", "l", "r", "to", "from", "front", "back", "row", "top", "bottom", "clockwise",
                "seated", "standing", "-", "–"}


def _captioned_crew(ctx: Context, noun: Token, span: Span) -> bool:
    """A photo caption's crew: "The Soyuz 11 crew: (left to right) A, B and C", "NS-36 crew (L
    to R): A, B, C", "The crew of Apollo 12, from left, A, B and C, stand near ...": the names
    listed after the colon or the order of the picture, two or more, are the named flight's crew."""
    flight = next((c for t in noun.lefts if t.dep_ in ("compound", "nmod", "nummod", "poss", "amod")
                   and (c := ctx.cluster(t)) is not None and ctx.labels[c] in (*MISSIONS, "SPACECRAFT")), None)
    end = noun.i + 1
    doc = ctx.doc
    for of in (c for c in noun.rights if c.dep_ == "prep" and c.lower_ in ("of", "for") and flight is None):
        named = next((t for t in of.subtree if (c := ctx.cluster(t)) is not None
                      and ctx.labels[c] in (*MISSIONS, "SPACECRAFT")), None)
        flight = ctx.cluster(named) if named is not None else None
        end = named.i + 1 if named is not None else end
        while end < min(len(doc), noun.i + 12) and doc[end].text not in (",", ":", ";", "("):
            end += 1  # "the crew for the Apollo 12 lunar landing mission, from left; A, B and C"
    at = _past_order_aside(doc, end)
    start = _past_order_aside(doc, at + 1) if at < len(doc) and doc[at].text in (":", "):") else _past_order(doc, at)
    if flight is None or start is None:
        return False
    people: list[int] = []
    for t in doc[start:]:
        p = ctx.person(t) if ctx.named_at.get(t.i) is not None else None
        if p is not None:
            people += [] if p in people else [p]
        elif t.text not in (",", "and", ";") and t.lower_ not in _SUFFIXES and not t.is_space \
                and not _describes_name(ctx, t):
            break
    if len(people) < 2:
        return False
    for p in people:
        ctx.add(flight, "crewMember", entity(p), span_of(noun, noun), rule=f"{VERSION}:crew", confidence=0.75)
    return True


def _crew_set_off(ctx: Context, noun: Token, span: Span) -> bool:
    """ "Shenzhou-44 lifted off on Monday. Its crew: commander A, pilot B and engineer C", "The
    crew: A, B and C": a crew named by "its" or "the" alone and listed after a colon, two or
    more, is the crew of the flight named last (for "its") or of the story's one flight."""
    doc = ctx.doc
    owner = [t.lower_ for t in noun.lefts]
    if owner not in (["its"], ["the"]) or noun.i + 1 >= len(doc) or doc[noun.i + 1].text != ":":
        return False
    flight = recent(ctx, noun, *MISSIONS) if owner == ["its"] else story_flight(ctx, noun)
    if flight is None or ctx.labels[flight] not in MISSIONS:
        return False
    people = list(dict.fromkeys(p for t in list_after(noun) if ctx.named_at.get(t.i) is not None
                                and (p := ctx.person(t)) is not None))
    if len(people) < 2:
        return False
    ctx.later.append((partial(_seat_set_off, flight=flight, people=tuple(people)), noun, span))
    return True


def _seat_set_off(ctx: Context, noun: Token, span: Span, flight: int, people: tuple[int, ...]) -> None:
    """Seat a crew listed with no verb, planned when the article tells the flight only as a plan."""
    told = {f.modality for f in ctx.facts if f.subject == flight or f.entity == flight}
    modality = "planned" if told == {"planned"} else "reported"
    for p in people:
        ctx.add(flight, "crewMember", entity(p), span_of(noun, noun), rule=f"{VERSION}:crew", confidence=0.75,
                modality=modality)


#: what may follow a listed name without ending the list ("A, Jr., B and C")
_SUFFIXES = {"jr.", "jr", "sr.", "sr", "ii", "iii"}


def _describes_name(ctx: Context, tok: Token) -> bool:
    """Whether a word is part of what a listed name is called before it ("commander", "Spanish
    astronaut" of "commander A, Spanish astronaut B")."""
    head = tok
    while head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i:
        head = head.head
    return head.i != tok.i and ctx.named_at.get(head.i) is not None and ctx.person(head) is not None


def _past_order(doc: Doc, at: int) -> int | None:
    """The position after ", from left," (or "; left to right:") at ``at``: where the names of
    a picture's people begin; None when no such order is said there."""
    if at >= len(doc) or doc[at].text != ",":
        return None
    end = at + 1
    while end < len(doc) and doc[end].lower_ in _ORDER_WORDS and doc[end].text not in ("-", "–"):
        end += 1
    if end == at + 1 or end >= len(doc) or doc[end].text not in (",", ";", ":"):
        return None
    return end + 1


def _past_order_aside(doc: Doc, at: int) -> int:
    """The position after a bracketed aside of where people stand ("(left to right)") at ``at``,
    else ``at``."""
    if at >= len(doc) or doc[at].text != "(":
        return at
    end = next((t.i for t in doc[at + 1:at + 8] if t.text in (")", "):")), None)
    if end is None or not all(t.lower_ in _ORDER_WORDS for t in doc[at + 1:end]):
        return at
    return end if doc[end].text == "):" else end + 1


def _included(ctx: Context, verb: Token, span: Span) -> None:
    """"the Apollo 11 mission, which included fellow astronauts A and B": the people a mission
    "included", said in a clause about the mission."""
    noun = verb.head
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in verb.children):
        return
    named = [t for t in (noun, *noun.children) if t.dep_ in ("compound", "nmod") or t.i == noun.i]
    if noun.dep_ == "appos":  # "Apollo 40, a mission which included ...": the name the noun describes
        named.append(noun.head)
    mission = next((ctx.cluster(t) for t in named if ctx.is_a(t, *MISSIONS)), None)
    if mission is None:
        return
    people = [ctx.person(t) for c in verb.children if c.dep_ == "dobj" for t in c.subtree if _listed_in(t, c)]
    for p in dict.fromkeys(x for x in people if x is not None):
        ctx.add(mission, "crewMember", entity(p), span_of(verb, verb), rule=f"{VERSION}:crew", confidence=0.7)


def _listed_in(tok: Token, top: Token) -> bool:
    """Whether a word is one of the things a phrase lists, not inside a phrase of one of them
    ("a landing near X's crater": X is not what was included)."""
    while tok.i != top.i:
        if tok.dep_ in ("pobj", "poss", "prep", "relcl", "acl"):
            return False
        tok = tok.head
    return True




#: words for a flight's people that reporters put between its name and theirs ("NS-26 astronauts A and B")
FLYERS = ["astronauts", "cosmonauts", "taikonauts", "crewmates", "crewmembers", "passengers"]


def titled_crew(ctx: Context, tok: Token, span: Span) -> None:
    """ "NS-26 astronauts A, B and C pose during training", "Crew-19 astronauts A and B waved":
    the people a flight's name and a word for its flyers stand before are its crew members. Not
    a programme's ("Apollo astronauts A and B"), nor someone named after another word."""
    doc = ctx.doc
    if tok.i == 0 or tok.i + 1 >= len(doc) or ctx.named_at.get(tok.i + 1) is None \
            or not ctx.is_a(doc[tok.i - 1], *MISSIONS) or ctx.person(doc[tok.i + 1]) is None:
        return  # cheap first: a flight's name right before, a person's right after
    modality, flight = mood(ctx, tok), ctx.cluster(doc[tok.i - 1])
    if modality is None or flight is None:
        return
    people = list(dict.fromkeys(p for t in list_after(tok) if ctx.named_at.get(t.i) is not None
                                and (p := ctx.person(t)) is not None))
    for p in people:
        ctx.add(flight, "crewMember", entity(p), span, rule=f"{VERSION}:crew", confidence=LISTED, modality=modality)
