"""How long a flight lasted: "How many days did the Crew-5 mission last?", "How long was the
Shenzhou-20 mission?", "How many days did Crew-11 spend in space?".

The articles state a flight's length of the flight itself ("The mission lasted 9 days",
``akg:flightLength``) or as its crew's time on it: the extractor gives "a 204-day mission" of a
flight to each of its crew, tied to that flight (``akg:mission``). The answer is the one length
told of the flight, else the one the crew's facts tied to the flight give (two lengths: no answer).
A crew member's single-flight time tied to no flight may be of another flight, so it answers
only when most of the crew share it, as :mod:`kg.questions.crew_values` reads a flight's dates.
An expedition (a stay on a station, not a flight: "How long did Expedition 3 spend on the ISS?")
is answered only by a length told of it, never by its crew's. A career total never answers,
nor does a flight's length answer how long a delay or a part of it lasted; a planned length
answers a question about the future, and any other question only marked as planned, never
beside a length that happened. A length in months is shown in months, and only when no length
in days is told.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from pyoxigraph import NamedNode

from kg.questions.flights import flight_classes
from kg.questions.linking import Candidate
from kg.questions.match import Parsed
from kg.questions.readers import iris_of, node, part_of_flight, types_of
from kg.questions.templates import Context, Plan, Reader, Reply, template
from kg.questions.values import SINGLE, Valued, no_flight, number_of, valued
from kg.questions.vocabulary import Vocabulary
from kg.store.sparql import Rows


@template("flight-length", priority=65)
def flight_length(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """The length of the one flight the question names (see the module)."""
    voc = ctx.vocabulary
    stations = voc.family("SpaceStation")
    named = [m for m in parsed.mentions if not types_of(ctx, m.best.iri) & stations]
    if (parsed.provenance or len(named) != 1 or parsed.scope == "cumulative"
            or not any(r.prop.name == "timeInSpace" for r in parsed.relations[:2]) or part_of_flight(parsed)
            or not {"crewMember", "launchVehicle", "flightLength"} <= set(voc.properties)):
        return
    flight = named[0]
    kinds = types_of(ctx, flight.best.iri)
    stay = bool(kinds & voc.family("Expedition"))
    if not (kinds & flight_classes(voc) or stay) or len(parsed.mentions) > 1 and not stay:
        return  # "How many days did Expedition 3 spend on the ISS?": the stay is on its station
    yield Plan("flight-length", "flight_lengths", length_bindings(voc, flight.best.iri),
               read_length(flight.best, future=parsed.future, crew=not stay), ((flight, flight.best),),
               empty=f"The articles give no length of {flight.best.label} or its crew's time on it.")


def length_bindings(voc: Vocabulary, flight: str) -> dict[str, NamedNode | list[NamedNode]]:
    """The bindings of flight_lengths.rq for one flight."""
    return {"flight": node(flight), "p": iris_of(voc.properties["timeInSpace"]),
            "crew": iris_of(voc.properties["crewMember"]), "rode": iris_of(voc.properties["launchVehicle"]),
            "own": iris_of(voc.properties["flightLength"])}


def read_length(flight: Candidate, *, future: bool, crew: bool = True) -> Reader:
    """The one length the crew's facts give the flight (see the module); without ``crew``, only
    a length told of the flight itself: one crewmate's time on a flight may be a shorter or
    longer stay than another's, and an expedition's crew come and go on flights of other lengths."""

    def read(rows: Rows) -> Reply:
        told = [v for v in valued(rows) if v.scope in (SINGLE, None) and not no_flight(v)]
        told = [v for v in told if v.unit != "month"] or told  # "a 186-day mission" over "a six-month mission"
        reported = [v for v in told if not v.planned]
        planned = [v for v in told if v.planned]
        pool = (planned or reported) if future else (reported or planned)
        own = [v for v in pool if v.subject == flight.iri]
        tied = [v for v in pool if v.mission == flight.iri]
        if own:  # the crew's time tied to it, when the same, supports it
            told_own = {number_of(v) for v in own}
            return _one(own + [v for v in tied if number_of(v) in told_own], flight, "", future)
        if not crew:
            return Reply([])
        if tied:
            return _one(tied, flight, "tied to it", future)
        loose = [v for v in pool if v.mission is None and v.scope == SINGLE]
        members = {v.subject for v in loose}
        held: dict[float, list[Valued]] = {}
        for v in loose:
            held.setdefault(number_of(v), []).append(v)
        if not held:
            return Reply([])
        share = {k: len({v.subject for v in vs}) for k, vs in held.items()}
        best = max(share, key=lambda k: share[k])
        holders = {v.subject for v in held[best]}
        if len(holders) < 2 or 2 * len(holders) <= len(members) or list(share.values()).count(share[best]) > 1:
            return Reply([], note=f"The articles give the time of {flight.label}'s crew one by one, and they do "
                                  "not agree.")
        return _one(held[best], flight, f"that {len(holders)} of its crew share (of {len(members)} with one)", future)

    return read


def _one(values: list[Valued], flight: Candidate, how: str, future: bool) -> Reply:
    """The length the values agree on, shown as the flight's (not "single flight"), or no answer
    when they give several."""
    lengths = {number_of(v) for v in values}
    first = values[0]
    if len(lengths) > 1:
        shown = ", ".join(replace(v, scope=None).item().label for v in {number_of(v): v for v in values}.values())
        return Reply([], note=f"The articles give {flight.label} several lengths: {shown}.")
    item = replace(first, scope=None).item()
    if first.planned and not future:
        item = replace(item, label=item.label + " (planned)")
    item = replace(item, support=tuple(dict.fromkeys(v.triple for v in values)), corroborated=True, as_of=None)
    if not how:
        return Reply([item])
    return Reply([item], note=f"The articles give no length of {flight.label} itself; this is its crew's time "
                              f"in space {how}.")

