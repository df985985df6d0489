"""Who of a flight's crew was on a first flight: "Which Crew-4 astronauts were making their first
spaceflight?", "For which Soyuz MS-27 crew members was this their first spaceflight?", "Who on the
X crew was a rookie?", "Which X astronauts were flying for the first time?", "Who on X had never
flown before?". The crew members
are those the articles put on the flight, and of them only those whose first flight the articles
state ("the first spaceflight for A and B", "her first mission", "X is the rookie", read as "Was
this X's first space flight?" reads them: :func:`kg.questions.flights.stated_count`); a crew
member with no such statement is left out, and with none, no answer: never the whole crew.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from pyoxigraph import NamedNode, Triple

from kg.questions.flights import ROOKIE, STATED, flight_classes, stated_count
from kg.questions.flown_before import NEVER
from kg.questions.linking import Mention
from kg.questions.match import Parsed
from kg.questions.one_flight import one_flight
from kg.questions.readers import iris_of, node, types_of
from kg.questions.templates import Context, Item, Plan, Reader, Reply, template
from kg.store.sparql import Rows, Term

#: Nouns of one trip to space ("their first spaceflight", "the first mission for them")
_TRIPS = {"flight", "spaceflight", "mission", "trip", "journey"}
#: Words of someone on their first flight
_ROOKIE = {"rookie", "rookies", "newcomer", "newcomers", "first-time", "first-timer", "first-timers"}


def asks_rookies(parsed: Parsed, ctx: Context) -> Mention | None:
    """The flight of a question that asks which of its crew were on their first flight, else None."""
    if parsed.wh not in ("which", "who") or len(parsed.mentions) != 1 or parsed.provenance:
        return None
    flight = parsed.mentions[0]
    if not types_of(ctx, flight.best.iri) & flight_classes(ctx.vocabulary) \
            or not one_flight(ctx.vocabulary, ctx.index, flight.best.iri):  # "the Soyuz": every Soyuz crew
        return None
    words = [t.lower for t in parsed.tokens if not flight.covers(t.i)]
    lemmas = {t.lemma.lower() for t in parsed.tokens if not flight.covers(t.i)}
    first = "first" in words and bool(lemmas & _TRIPS or "time" in lemmas and "fly" in lemmas)
    never = bool(set(words) & NEVER) and "fly" in lemmas  # "who had never flown (to space) before?"
    return flight if first or never or set(words) & _ROOKIE else None


@template("rookies", priority=28)
def rookies(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """The crew of the flight named whose first flight the articles state (see the module)."""
    flight = asks_rookies(parsed, ctx)
    voc = ctx.vocabulary
    if flight is None or "crewMember" not in voc.properties or "Person" not in voc.classes:
        return
    people = [node(i) for i in voc.classes["Person"].family]
    ride = [i for name in ("spacecraft", "launchVehicle") if name in voc.properties
            for i in iris_of(voc.properties[name])]  # those who rode it up: its crew, as it is one flight
    crew: dict[str, Term | Sequence[Term]] = {"flight": node(flight.best.iri),
                                              "crewP": iris_of(voc.properties["crewMember"]), "rideP": ride}
    yield Plan("rookies", "crew_riders", crew, _read(ctx, flight.best.iri, flight.best.label),
               ((flight, flight.best),), final=True,
               empty=f"The articles do not say who of {flight.best.label}'s crew was on a first flight.",
               parts=(("rookies", {**crew, "people": people}),))


def _read(ctx: Context, flight: str, name: str) -> Reader:
    people = ctx.vocabulary.family("Person")

    def read(rows: Rows) -> Reply:
        found: list[Item] = []
        seen: set[str] = set()
        for row in rows:
            s, p, o = row.get("s"), row.get("p"), row.get("o")
            if row["what"].value != "crew" or not isinstance(s, NamedNode) or not isinstance(p, NamedNode) \
                    or not isinstance(o, NamedNode):
                continue
            member = o if s.value == flight else s  # a crew member, or a rider of the craft
            if not types_of(ctx, member.value) & people or member.value in seen:
                continue
            seen.add(member.value)
            stated = stated_count(rows.rows, member.value, STATED + ROOKIE)
            if stated is not None and stated[0] == 1:
                label = row["label"].value if "label" in row else member.value.rsplit("/", 1)[-1]
                found.append(Item(label, label, member.value, support=(Triple(s, p, o),)))
        if not found:
            told = f"name no one of {name}'s crew" if not seen else f"state no first flight of {name}'s crew"
            return Reply([], note=f"The articles {told}.")
        return Reply(sorted(found, key=lambda i: i.label),
                     note=f"Of {name}'s crew, the articles state these were on their first flight.")

    return read
