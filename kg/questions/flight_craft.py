"""The named craft of a flight: "Which capsule carried the Crew-2 astronauts?", "What is the
name of the Ax-3 capsule?", "Which capsule brought Crew-7 home?".

The craft stated for the flight itself answers ("Endurance, which carried the Crew-5
astronauts"). Articles state a capsule person by person ("the four strapped into the Crew Dragon
Endeavour") far more often than for the flight, so when nothing states it for the flight, the
answer goes through its crew: a crew member's craft, told in the same article that puts them on the flight
(their craft of another flight is told in another). Only one vehicle answers: a capsule the
articles give a type ("Endurance", a Crew Dragon) or a numbered craft ("Soyuz MS-22"), never
a type shared by every flight ("Crew Dragon", "Soyuz"), a station or a rocket. Asked the trip
home, the craft a crew is said only to have launched on is no answer (a crew may come home in
another).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from pyoxigraph import NamedNode, Triple

from kg.questions.flights import CARRIED, HOME, STAYING, UP, homeward
from kg.questions.linking import Candidate, Mention
from kg.questions.match import Parsed
from kg.questions.one_flight import numbered
from kg.questions.readers import iris_of, node, read_chain, types_of
from kg.questions.templates import Context, Item, Plan, Reader, Reply, template
from kg.store.sparql import Rows, Term

#: one orbiter, its type in its name ("Space Shuttle Columbia"), never the type alone ("Space Shuttle")
ORBITER = re.compile(r"(?i:space\s+)?(?i:shuttle)\s+[A-Z]\w+$")
#: the nouns of a craft a question asks the name of ("the name of the Ax-3 capsule")
_CRAFT_WORDS = {"capsule", "spacecraft", "ship", "spaceship", "craft", "vehicle", "module"}
#: words of a question that asks for a rocket, never a capsule
_ROCKET_WORDS = {"rocket", "booster", "launcher"}
#: the kinds of module a question may ask the name of ("the Apollo 15 lunar module")
_MODULE = re.compile(r"\b(lunar|command)(?: and service| service)? module\b", re.IGNORECASE)

#: the words a question about the craft that carried someone says beside it ("Which capsule
#: carried / took / brought X home?"); another ("Which capsule did X design / command / pilot?")
#: asks something the graph does not record of the craft
_CARRYING = CARRIED | STAYING | HOME | UP | {"bring", "send", "ride", "name", "board", "into", "space", "down"}

#: a question that asks for a module by its kind ("Which lunar module did X fly?")
_KIND_ASKED = re.compile(rf"\s*(?:which|what)\s+{_MODULE.pattern}", re.IGNORECASE)


def kind_asked(parsed: Parsed) -> str | None:
    """The kind of module the question asks for, as the capsules' types name it ("lunar module")."""
    m = _MODULE.search(parsed.text)
    return f"{m.group(1).lower()} module" if m else None


def asks_craft(parsed: Parsed, ctx: Context) -> Mention | None:
    """The one thing named by a "what"/"which" question whose answer is a spacecraft (not a
    station) or the name of one ("the Earth" a trip home goes back to is no other thing)."""
    voc = ctx.vocabulary
    mentions = [m for m in parsed.mentions if not homeward(parsed, m) and not _MODULE.fullmatch(m.text)]
    # "the lunar module" is the kind asked, not a thing named
    if parsed.provenance or parsed.wh not in ("what", "which") or len(mentions) != 1:
        return None
    craft = voc.family("Spacecraft") - voc.family("SpaceStation")
    target = parsed.target_class
    lemmas = {t.lemma.lower() for t in parsed.tokens}
    named = "name" in lemmas and bool(lemmas & _CRAFT_WORDS) or bool(_KIND_ASKED.match(parsed.text))
    tokens = parsed.tokens
    naming = any(t.lemma.lower() == "name" and any(u.lower in _CRAFT_WORDS for u in tokens[t.i + 1:t.i + 4])
                 for t in tokens)  # "What did the Crew-4 astronauts name their spacecraft?"
    if lemmas & _ROCKET_WORDS or not (target is not None and target.iri in craft or target is None and named
                                      or naming):
        return None
    return mentions[0]


def asks_flight_craft(parsed: Parsed, ctx: Context) -> Candidate | None:
    """The flight of a question that asks for its craft, when the flight is no craft itself
    ("Soyuz MS-22" is its own craft)."""
    voc = ctx.vocabulary
    mention = asks_craft(parsed, ctx)
    kinds = types_of(ctx, mention.best.iri) if mention is not None else set()
    if mention is None or not kinds & voc.family("Mission") or kinds & voc.family("Spacecraft", "Expedition",
                                                                                   "Programme"):
        return None
    return mention.best


@template("flight-craft", priority=54)  # before "chain", which rides the crew to any craft
def flight_craft(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """The named craft of the flight's crew (see the module)."""
    voc = ctx.vocabulary
    flight = asks_flight_craft(parsed, ctx)
    if flight is None or not {"crewMember", "spacecraft", "launchVehicle"} <= set(voc.properties):
        return
    home, rode = _ridden(parsed, ctx)
    kind = kind_asked(parsed)
    mention = next(m for m in parsed.mentions if m.best == flight)
    yield Plan("flight-craft", "flight_craft_own", {"topic": node(flight.iri), "p": rode},
               read_own(ctx, kind), ((mention, flight),), final=True)
    yield Plan("flight-craft", "flight_craft",
               {"topic": node(flight.iri), "p1": iris_of(voc.properties["crewMember"]), "p2": rode},
               read_flight_craft(ctx, flight, kind), ((mention, flight),),
               empty=f"The articles name no capsule of {flight.label}'s crew{' for the trip home' if home else ''}.",
               final=True)


@template("flown-craft", priority=63)  # after "fact", which answers from the person's own craft
def flown_craft(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """ "Which capsule carried X?", "Which capsule brought X home?", when the relation the
    question reads gave nothing: X's own capsules (one vehicle each, as for a flight), else the
    craft stated for the flight X was in the crew of, when the articles give X no other flight
    (which one the question means is not said). A verb of something else done with a craft
    ("Which capsule did X command?") is no question of what carried X."""
    voc = ctx.vocabulary
    mention = asks_craft(parsed, ctx)
    unread = {t.lemma.lower() for t in parsed.tokens if t.text in parsed.unexplained}
    if kind_asked(parsed) is not None:  # "Which lunar module did X fly?": the module's words name the kind
        unread -= {"lunar", "command", "service", "module"}
    vehicles = {c.name for c in voc.classes.values() if c.iri in voc.family("Vehicle")}
    if mention is None or not types_of(ctx, mention.best.iri) & voc.family("Person") or not {
            "crewMember", "spacecraft", "launchVehicle"} <= set(voc.properties) or not unread <= _CARRYING \
            or any(r.prop.range not in vehicles for r in parsed.relations[:1]):
        return
    _, rode = _ridden(parsed, ctx)
    person = mention.best
    crew = iris_of(voc.properties["crewMember"])
    yield Plan("flown-craft", "flown_flight_craft", {"topic": node(person.iri), "p1": crew, "p2": rode},
               read_flown_craft(ctx, person, kind_asked(parsed)), ((mention, person),), final=True,
               empty=f"The articles name no capsule of {person.label}'s flights.",
               parts=(("subjects", {"topic": node(person.iri), "p": crew}),
                      ("flight_craft_own", {"topic": node(person.iri), "p": rode})))


def _ridden(parsed: Parsed, ctx: Context) -> tuple[bool, list[NamedNode]]:
    """Whether the question asks the trip home, and the properties of the craft it may be
    answered by: the craft ridden, and the launch vehicle too unless it is the trip home."""
    words = {t.lower for t in parsed.tokens}
    home = bool(words & HOME) and not words & UP
    voc = ctx.vocabulary
    return home, iris_of(voc.properties["spacecraft"]) + ([] if home else iris_of(voc.properties["launchVehicle"]))


def read_flown_craft(ctx: Context, person: Candidate, kind: str | None) -> Reader:
    """The one craft of the flights of ``person`` (see :func:`flown_craft`)."""
    one = _one_vehicle(ctx, kind)
    flights = ctx.vocabulary.family("Mission") - ctx.vocabulary.family("Spacecraft", "Expedition", "Programme")
    chain = read_chain(ctx.vocabulary.properties["crewMember"], person)
    own = read_own(ctx, kind)

    def read(rows: Rows) -> Reply:
        mine = own(Rows(rows.variables, [r for r in rows if "x" in r and "mid" not in r]))
        if mine.items:
            return mine
        kept = [r for r in rows if "mid" in r and one(r) and types_of(ctx, r["mid"].value) & flights]
        flown = {r["s"].value for r in rows if "x" not in r and types_of(ctx, r["s"].value) & flights}  # X's
        reply = chain(Rows(rows.variables, kept))
        if not reply.items:
            return reply
        if len(flown) > 1:
            return Reply([], note=f"The articles give {', '.join(i.label for i in reply.items[:5])} for one of "
                                  f"{person.label}'s flights; the question does not say which.")
        through = ", ".join(sorted({r["midLabel"].value if "midLabel" in r else r["mid"].value for r in kept}))
        return replace(reply, note=f"Through {through}, {person.label}'s flight.")

    return read


def _one_vehicle(ctx: Context, kind: str | None) -> Callable[[dict[str, Term]], bool]:
    """Is a row's craft one vehicle: a spacecraft, not a station, given a type or numbered; and
    of the ``kind`` of module asked, if one is?"""
    craft = ctx.vocabulary.family("Spacecraft") - ctx.vocabulary.family("SpaceStation")
    if kind is not None:
        return lambda r: bool(types_of(ctx, r["x"].value) & craft) and "typeLabel" in r and \
            r["typeLabel"].value.lower() == kind
    return lambda r: bool(types_of(ctx, r["x"].value) & craft) and (
        r["typed"].value == "true" or numbered(r["label"].value if "label" in r else r["x"].value)
        or bool(ORBITER.match(r["label"].value if "label" in r else "")))


def read_own(ctx: Context, kind: str | None) -> Reader:
    """The craft stated for the flight (or the person) itself that are one vehicle."""
    one = _one_vehicle(ctx, kind)

    def read(rows: Rows) -> Reply:
        found: dict[str, Item] = {}
        for r in filter(one, rows):
            label = r["label"].value if "label" in r else r["x"].value
            support = (Triple(r["s"], r["p"], r["o"]),)  # type: ignore[arg-type]
            item = found.get(r["x"].value)
            found[r["x"].value] = Item(label, label, r["x"].value, support=support + (item.support if item else ()))
        return Reply(list(found.values()))

    return read


def read_flight_craft(ctx: Context, flight: Candidate, kind: str | None) -> Reader:
    """The craft at the end of the chains that are one vehicle (see the module)."""
    one = _one_vehicle(ctx, kind)
    chain = read_chain(ctx.vocabulary.properties["crewMember"], flight)

    def read(rows: Rows) -> Reply:
        reply = chain(Rows(rows.variables, list(filter(one, rows))))
        orbiters = [i.label for i in reply.items if ORBITER.match(i.label)]
        if len(orbiters) > 1:  # one shuttle flight, one orbiter: a crew member's several flights say none
            return Reply([], note=f"The articles tie {', '.join(orbiters[:4])} to its crew's flights, and do not "
                                  f"say which flew {flight.label}.")
        return reply

    return read
