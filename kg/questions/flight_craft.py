"""The named craft of a flight: "Which capsule carried the Crew-2 astronauts?", "What is the
name of the Ax-3 capsule?", "Which capsule brought Crew-7 home?".

Articles state a capsule person by person ("the four strapped into the Crew Dragon Endeavour")
far more often than for the flight, so when nothing states it for the flight, the answer goes
through its crew: a crew member's craft, told in the same article that puts them on the flight
(their craft of another flight is told in another). Only one vehicle answers: a capsule the
articles give a type ("Endurance", a Crew Dragon) or a numbered craft ("Soyuz MS-22"), never
a type shared by every flight ("Crew Dragon", "Soyuz"), a station or a rocket. Asked the trip
home, the craft a crew is said only to have launched on is no answer (a crew may come home in
another).
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.questions.flights import HOME, UP, homeward
from kg.questions.linking import Candidate
from kg.questions.match import Parsed
from kg.questions.one_flight import numbered
from kg.questions.readers import iris_of, node, read_chain, types_of
from kg.questions.templates import Context, Plan, Reader, Reply, template
from kg.store.sparql import Rows

#: the nouns of a craft a question asks the name of ("the name of the Ax-3 capsule")
_CRAFT_WORDS = {"capsule", "spacecraft", "ship", "spaceship", "craft", "vehicle", "module"}
#: words of a question that asks for a rocket, never a capsule
_ROCKET_WORDS = {"rocket", "booster", "launcher"}


def asks_flight_craft(parsed: Parsed, ctx: Context) -> Candidate | None:
    """The flight of a question that asks for its craft: a "what"/"which" question whose answer
    is a spacecraft (not a station) or the name of one, naming one flight that is no craft
    itself ("Soyuz MS-22" is its own craft) and nothing else."""
    voc = ctx.vocabulary
    mentions = [m for m in parsed.mentions if not homeward(parsed, m)]  # "back to Earth" restricts nothing
    if parsed.provenance or parsed.wh not in ("what", "which") or len(mentions) != 1:
        return None
    craft = voc.family("Spacecraft") - voc.family("SpaceStation")
    target = parsed.target_class
    lemmas = {t.lemma.lower() for t in parsed.tokens}
    named = "name" in lemmas and bool(lemmas & _CRAFT_WORDS)
    if lemmas & _ROCKET_WORDS or not (target is not None and target.iri in craft or target is None and named):
        return None
    flight = mentions[0].best
    kinds = types_of(ctx, flight.iri)
    if not kinds & voc.family("Mission") or kinds & voc.family("Spacecraft", "Expedition", "Programme"):
        return None
    return flight


@template("flight-craft", priority=54)  # before "chain", which rides the crew to any craft
def flight_craft(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """The named craft of the flight's crew (see the module)."""
    voc = ctx.vocabulary
    flight = asks_flight_craft(parsed, ctx)
    if flight is None or not {"crewMember", "spacecraft", "launchVehicle"} <= set(voc.properties):
        return
    words = {t.lower for t in parsed.tokens}
    home = bool(words & HOME) and not words & UP
    rode = iris_of(voc.properties["spacecraft"]) + ([] if home else iris_of(voc.properties["launchVehicle"]))
    mention = next(m for m in parsed.mentions if m.best == flight)
    yield Plan("flight-craft", "flight_craft",
               {"topic": node(flight.iri), "p1": iris_of(voc.properties["crewMember"]), "p2": rode},
               read_flight_craft(ctx, flight), ((mention, flight),),
               empty=f"The articles name no capsule of {flight.label}'s crew{' for the trip home' if home else ''}.",
               final=True)


def read_flight_craft(ctx: Context, flight: Candidate) -> Reader:
    """The craft at the end of the chains that are one vehicle (see the module)."""
    craft = ctx.vocabulary.family("Spacecraft") - ctx.vocabulary.family("SpaceStation")
    chain = read_chain(ctx.vocabulary.properties["crewMember"], flight)

    def read(rows: Rows) -> Reply:
        kept = [r for r in rows if types_of(ctx, r["x"].value) & craft and (
            r["typed"].value == "true" or numbered(r["label"].value if "label" in r else r["x"].value))]
        return chain(Rows(rows.variables, kept))

    return read
