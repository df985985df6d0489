"""Crewmates the articles give only through a flight: "Who flew with X?", "X's crewmates",
"How many crewmates did X have?" when no article states who flew with X, but they put X and
others in the crew of one flight, or on one craft on the same launch day.

Tried after the facts that say it directly (a stated crewmate answers first): the crew of a
flight is a chain of two facts (the flight's crew member X, the flight's crew member Y),
answered by the queries the answer shows. A station is no flight: people who went to it on
the same day are not thereby one crew, nor is a programme's roll one crew.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from pyoxigraph import Triple

from kg.questions.flights import flight_classes, trip_asked
from kg.questions.linking import Candidate
from kg.questions.match import Parsed
from kg.questions.one_flight import one_flight, type_name
from kg.questions.readers import iris_of, node, people_named, types_of
from kg.questions.scopes import is_scope
from kg.questions.tallies import unstated
from kg.questions.templates import Context, Item, Plan, Reader, Reply, template
from kg.store.sparql import Rows

#: Words that ask for crewmates (besides the "flew with" relation's own phrases).
_CREWMATE_WORDS = {"crewmate", "crewmates", "crew-mate", "crew-mates"}
#: A launch day that names one flight (a year or a month names many).
_DAY = 10


def asks_crewmates(parsed: Parsed) -> bool:
    """ "Who flew with X?", "Who were X's crewmates?", "How many crewmates did X have?", "Who
    was with X on Y?" (the words the ontology gives the "flew with" relation, or being with)."""
    words = {t.lower for t in parsed.tokens}
    best = parsed.relations[0].score if parsed.relations else None  # "joined" is also "joined NASA": a tie
    related = any(r.prop.name == "flewWith" and r.score == best for r in parsed.relations)
    being_with = "with" in words and any(t.dep == "ROOT" and t.lemma == "be" for t in parsed.tokens)
    return (related or being_with or bool(words & _CREWMATE_WORDS)) and parsed.wh in (
        "who", "whom", "how many", "what", "which")


@template("crewmates", priority=62)
def crewmates(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """The crew of X's flights, through the flight (see the module)."""
    voc = ctx.vocabulary
    kinds = flight_classes(voc) - _not_crews(ctx)
    named = people_named(parsed, ctx)
    on = [m for m in parsed.mentions if m not in named and types_of(ctx, m.best.iri) & kinds]
    others = [m for m in parsed.mentions if not is_scope(m.text)]  # "Which Russian flew with X?": the scope checks
    if (parsed.provenance or len(named) != 1 or len(on) > 1 or len(others) != len(named) + len(on)
            or not asks_crewmates(parsed) or trip_asked(parsed)):
        return
    if not {"crewMember", "spacecraft", "launchDate"} <= set(voc.properties):
        return
    mention = named[0]
    topic = node(mention.best.iri)
    crew = iris_of(voc.properties["crewMember"])
    craft = iris_of(voc.properties["spacecraft"])
    flights = [node(i) for i in kinds]
    used = ((mention, mention.best), *((m, m.best) for m in on))
    flight = on[0].best if on else None
    yield Plan("crewmates", "crew_of", {"topic": topic, "p1": crew, "p": crew, "kind": flights},
               read_crewmates(ctx, mention.best, parsed.wh == "how many", flight), used,
               empty=f"The articles name no crewmate of {mention.best.label}"
                     f"{f' on {flight.label}' if flight else ''}.",
               parts=(("crew_craft", {"topic": topic, "p1": craft, "p": craft,
                                      "launch": iris_of(voc.properties["launchDate"])}),))


def _not_crews(ctx: Context) -> set[str]:
    """Classes whose members are no one crew: craft (a craft's riders are told by their launch
    day instead) and programmes."""
    return ctx.vocabulary.family("Spacecraft", "Programme")


def read_crewmates(ctx: Context, topic: Candidate, counting: bool, flight: Candidate | None = None) -> Reader:
    """The people of the rows, each with the two facts that make them a crewmate of ``topic``
    (on ``flight`` only, when the question names one)."""
    people, stations = ctx.vocabulary.family("Person"), ctx.vocabulary.family("SpaceStation")

    def read(rows: Rows) -> Reply:
        found: dict[str, Item] = {}
        through: dict[str, str] = {}
        for row in sorted(rows, key=lambda r: tuple(str(r.get(k, "")) for k in ("label", "x", "via", "p1", "p"))):
            x, via = row["x"].value, row["via"].value
            if not types_of(ctx, x) & people or types_of(ctx, via) & stations or flight and via != flight.iri:
                continue
            if "day" in row and (len(row["day"].value) < _DAY or type_name(ctx.index, via)):
                continue
            if "day" not in row and not one_flight(ctx.vocabulary, ctx.index, via):
                continue  # "the Soyuz", "Shenzhou": a type every such flight shares, not one crew
            label = row["label"].value if "label" in row else x.rsplit("/", 1)[-1]
            name = row["viaLabel"].value if "viaLabel" in row else via.rsplit("/", 1)[-1]
            through[via] = f"rode {name} on the same launch day" if "day" in row else f"were in the crew of {name}"
            support = (Triple(row["s1"], row["p1"], row["o1"]), Triple(row["s"], row["p"], row["o"]))  # type: ignore[arg-type]
            if x not in found:
                found[x] = Item(label, label, x, support=support)
        items = sorted(found.values(), key=lambda i: i.label)
        if not items:
            return Reply([])
        how = f"No article says who flew with {topic.label}; these {' or '.join(sorted(set(through.values())))} " \
              f"with {topic.label}."
        if counting:
            reply = unstated(items, f"flew with {topic.label}")
            return replace(reply, note=f"{reply.note} {how}")
        return Reply(items, note=how)

    return read
