""""Who commanded the Soyuz that brought X home?": a name that is only a type of craft (every
Soyuz ever flown is one node, see :mod:`kg.questions.one_flight`) says nothing of the one
flight that a person the question names flew. An answer resting on the type's facts alone is
kept only when a fact links it to that person (the commander who flew with X); without one,
the reply says whom the articles give for the type, and gives no answer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from pyoxigraph import NamedNode

from kg.questions.linking import EntityIndex
from kg.questions.match import Parsed
from kg.questions.one_flight import one_flight
from kg.questions.programmes import PROGRAMMES, programme_word
from kg.questions.tallies import unstated
from kg.questions.templates import Item, Plan, Reply, query_text
from kg.questions.vocabulary import Vocabulary
from kg.store import Store


def of_a_type(store: Store, parsed: Parsed, plan: Plan, reply: Reply, index: EntityIndex,
              vocabulary: Vocabulary) -> Reply:
    """``reply`` without the answers that rest on a craft type alone and are tied to no person
    the question names (see the module)."""
    items = reply.items
    if not items or plan.articles or plan.template in ("description", "comparison") or any(
            i.kind not in ("entity", "place") for i in items):
        return reply
    craft = vocabulary.family("Spacecraft") - vocabulary.family("SpaceStation")
    people = vocabulary.family("Person")

    def of(iri: str, kinds: set[str]) -> bool:
        named = index.entities.get(iri)
        return named is not None and bool(set(named.types) & kinds)

    types = {c.iri: c.label for _, c in plan.used if of(c.iri, craft) and not one_flight(vocabulary, index, c.iri)}
    answers = {i.iri for i in items}
    others = [m.best for m in parsed.mentions if of(m.best.iri, people) and m.best.iri not in answers]
    typed = [i for i in items if i.iri and (_flight_bound(plan, types) or i.support and all(
        str(getattr(t.subject, "value", "")) in types for t in i.support))]
    if not types or not others or not typed:
        return reply
    pairs = [(NamedNode(i.iri), NamedNode(o.iri)) for i in typed if i.iri for o in others]
    rows = store.select(query_text("linked_pairs"), {"s o": pairs + [(b, a) for a, b in pairs]})
    tied = {v.value for row in rows for v in (row["s"], row["o"])}
    kept = [i for i in items if i not in typed or i.iri in tied]
    if kept:
        return replace(reply, items=kept)
    shown = ", ".join(i.label for i in typed[:5])
    return Reply([], note=f"The articles give {shown} for a {next(iter(types.values()))}, not for the one "
                          f"{others[0].label} flew.")


def _flight_bound(plan: Plan, types: dict[str, str]) -> bool:
    """Does the plan ask about the type as the flight itself ("the commander of X's Soyuz": the
    crew roles whose flight is "Soyuz")? Then every answer rests on the type alone."""
    bound = plan.bindings.get("mission")
    return isinstance(bound, NamedNode) and bound.value in types


def of_the_programme(parsed: Parsed, plan: Plan, reply: Reply, index: EntityIndex, vocabulary: Vocabulary) -> Reply:
    """ "Which Soyuz mission did X command?": only the flights and craft whose name says the
    programme the question names answer (X's shuttle flight is a wrong answer); when none does,
    the reply says so and gives no answer. Answers of other kinds (its crew) are kept."""
    word = programme_word(parsed.tokens)
    kinds = vocabulary.family("Mission", "Spacecraft") - vocabulary.family("SpaceStation")

    def flight(item: Item) -> bool:
        named = index.entities.get(item.iri or "")
        return item.kind == "entity" and named is not None and bool(set(named.types) & kinds)

    if word is not None and plan.template == "flights":
        return _programme_counted(reply, word.text, [i for i in reply.also if flight(i)], PROGRAMMES[word.lower].search)
    flights = [i for i in reply.items if flight(i)]
    if word is None or not flights:
        return reply
    kept = [i for i in reply.items if not flight(i) or PROGRAMMES[word.lower].search(i.label)]
    if kept:
        return replace(reply, items=kept)
    shown = ", ".join(i.label for i in flights[:5])
    return Reply([], note=f"The articles give {shown}, but do not say that it is a {word.text} flight.")


def _programme_counted(reply: Reply, word: str, flights: list[Item], of: Callable[[str], object]) -> Reply:
    """ "How many shuttle missions had X flown?": a count of all X's flights ("flew four times")
    is no count of one programme's, and the programme's flights the articles name may be only
    some of them, so there is no answer; the message lists those named (none of them: a Soyuz
    is no shuttle mission)."""
    kept = [i for i in flights if of(i.label)]
    if reply.items:  # a stated count of every flight
        refused = unstated(kept, f"of them were {word} flights")
        return replace(refused, note=f"{reply.note} {refused.note}")
    if not kept and flights:
        shown = ", ".join(i.label for i in flights[:5])
        return Reply([], note=f"The articles give {shown}, but do not say that it is a {word} flight.")
    return unstated(kept, f"{word} flights there were") if kept else reply
