"""Launch companions and landing companions told apart by the graph: "X landed with Y" is
akg:landedWith, "X lifted off with Z" akg:launchedWith, both kinds of akg:flewWith (a crew may
go up on one craft and come home on another). A question about the launch ("Who did X launch
with?", "Who flew to the station with X?") answers with those stated to have launched with X
when the articles state any, else with those linked to X on no particular trip (which the
sentences stating the link may still settle: kg.questions.flights.trip_companions); never with
someone linked to X only on the landing, and the other way round. "Who flew with X?" answers
either. A "yes" to "Did Y launch with X?" needs what that list would hold.
"""

from __future__ import annotations

from dataclasses import replace

from pyoxigraph import NamedNode, Triple

from kg.namespaces import AKG
from kg.questions.flights import trip_asked
from kg.questions.linking import EntityIndex
from kg.questions.match import Parsed
from kg.questions.templates import Plan, Reply, query_text
from kg.questions.vocabulary import Vocabulary
from kg.store import Store

#: The property that marks a link as made on each trip.
TRIP_PROPERTIES = {"up": str(AKG.launchedWith), "home": str(AKG.landedWith)}
_ANY = str(AKG.flewWith)
#: every link of one person to another who flew with them
COMPANION_LINKS = frozenset({_ANY, *TRIP_PROPERTIES.values()})
_OTHER = {"up": "home", "home": "up"}
_WORDS = {"up": "launch", "home": "landing"}


def trip_of(parsed: Parsed) -> str | None:
    """The trip a question asks companions of: from its words ("to the station", "came home
    with"), else from the relation they match ("lifted off with" is launchedWith)."""
    trip = trip_asked(parsed)
    if trip is not None or not parsed.relations:
        return trip
    iri = parsed.relations[0].prop.iri
    return next((t for t, p in TRIP_PROPERTIES.items() if p == iri), None)


def trip_links(store: Store, parsed: Parsed, plan: Plan, reply: Reply, index: EntityIndex,
               vocabulary: Vocabulary) -> Reply:
    """``reply`` with the companions of the other trip left out (see the module), each
    companion resting on every link the articles state (up, home or neither)."""
    trip = trip_of(parsed)
    if not reply.items or any(vocabulary.by_iri(p) is None for p in TRIP_PROPERTIES.values()):
        return reply
    if plan.template == "yes-no":
        return _yes_of_the_other_trip(store, reply, trip, index) if trip is not None else reply
    if plan.query != "linked":
        return reply
    people = vocabulary.family("Person")
    topics = [c.iri for _, c in plan.used if c.iri in index.entities and set(index.entities[c.iri].types) & people]
    if len(topics) != 1:
        return reply
    if trip is None:
        return _pooled(store, topics[0], reply, set(COMPANION_LINKS))
    reply = _pooled(store, topics[0], reply, {_ANY, TRIP_PROPERTIES[trip]})
    links = _links(store, topics[0])
    mine = {x for x, trips in links.items() if trip in trips}
    other = {x for x, trips in links.items() if trips == {_OTHER[trip]}}  # on the other trip, and no other link
    kept = [i for i in reply.items if i.iri in mine] if mine else [i for i in reply.items if i.iri not in other]
    if len(kept) == len(reply.items):
        return reply
    if kept:
        return replace(reply, items=kept)
    names = ", ".join(i.label for i in reply.items[:5])
    return Reply([], note=f"The articles tie {names} to {index.entities[topics[0]].label} only on the "
                          f"{_WORDS[_OTHER[trip]]}, not the {_WORDS[trip]}.")


def _pooled(store: Store, topic: str, reply: Reply, kinds: set[str]) -> Reply:
    """Each companion with all the links of ``kinds`` that say it (a launch, a landing, a
    flight): any one alone makes them a companion, so the answer is as sure as they are
    together (one "flew with" told in a launch and in a landing is two links, not one)."""
    rows = store.select(query_text("linked"), {"topic": [NamedNode(topic)], "p": [NamedNode(p) for p in kinds]})
    said: dict[str, list[Triple]] = {}
    for row in rows:
        said.setdefault(row["x"].value, []).append(Triple(row["s"], row["p"], row["o"]))  # type: ignore[arg-type]
    items = [replace(i, support=tuple(dict.fromkeys(said[i.iri])), corroborated=True)
             if i.iri in said and len(i.support) == 1 and i.support[0].predicate.value in kinds
             and len(said[i.iri]) > 1 else i for i in reply.items]
    return replace(reply, items=items)


def _links(store: Store, topic: str) -> dict[str, set[str]]:
    """The people who flew with ``topic``, each with the trips their links name ("up",
    "home", or "any" for a link that names none)."""
    props = {p: t for t, p in TRIP_PROPERTIES.items()} | {_ANY: "any"}
    rows = store.select(query_text("linked"), {"topic": [NamedNode(topic)],
                                               "p": [NamedNode(p) for p in props]})
    links: dict[str, set[str]] = {}
    for row in rows:
        links.setdefault(row["x"].value, set()).add(props[row["p"].value])
    return links


def _yes_of_the_other_trip(store: Store, reply: Reply, trip: str, index: EntityIndex) -> Reply:
    """A "yes" to "Did Y launch with X?" needs what a list of X's launch companions would
    hold: a link on that trip, or, when the articles name none of X's companions on it, a
    link on no particular trip. A shared landing alone is no yes."""
    yes = [i for i in reply.items if i.kind == "boolean" and i.value is True and i.support]
    if not yes:
        return reply
    pair = yes[0].support[0]
    if not isinstance(pair.subject, NamedNode) or not isinstance(pair.object, NamedNode):
        return reply
    a, b = pair.subject.value, pair.object.value
    links = _links(store, a)
    theirs = links.get(b, set())
    if trip in theirs or "any" in theirs and not any(trip in t for t in links.values()):
        return reply
    names = [index.entities[x].label if x in index.entities else x for x in (a, b)]
    if theirs == {_OTHER[trip]}:
        return Reply([], note=f"The articles say {names[0]} and {names[1]} shared the {_WORDS[_OTHER[trip]]}, "
                              f"not whether they shared the {_WORDS[trip]}.")
    if not theirs:
        return reply  # linked some other way (a crew both sat in): not this module's to judge
    named = sorted(index.entities[x].label if x in index.entities else x for x, t in links.items() if trip in t)
    return Reply([], note=f"The articles name {', '.join(named[:5])} as sharing {names[0]}'s {_WORDS[trip]}, "
                          f"and do not say whether {names[1]} did.")
