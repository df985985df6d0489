"""Spacewalks the articles count only from below: "her third spacewalk" says she had made at
least three by then, not how many (more may follow, and the story may be told later), so the
graph keeps it as akg:minimumSpacewalkCount, never as a count. "How many spacewalks has X
made?" is answered from a stated count; when none is stated, or a later rank outgrows the one
stated, the answer is "at least N", with its date, and never a bare count. A first spacewalk
bounds nothing worth telling (any walker has made one), and a rank bounds a whole career, so it
answers no question about one flight ("on Expedition 33").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from pyoxigraph import NamedNode

from kg.namespaces import AKG
from kg.questions.linking import Mention
from kg.questions.match import Parsed
from kg.questions.readers import agent_classes, types_of
from kg.questions.templates import Context, Item, Plan, Reader, Reply, query_text, template
from kg.questions.timeless import on_a_flight
from kg.questions.values import Valued, number_of, valued
from kg.store import Store
from kg.store.sparql import Rows

COUNT = str(AKG.spacewalkCount)
MINIMUM = str(AKG.minimumSpacewalkCount)


def asks_walk_count(parsed: Parsed, ctx: Context) -> Mention | None:
    """The person of "How many spacewalks has X made?" (the words point to the count first)."""
    if parsed.wh != "how many" or not parsed.relations or parsed.relations[0].prop.iri != COUNT:
        return None
    people = agent_classes(ctx)
    return next((m for m in parsed.mentions if set(types_of(ctx, m.best.iri)) & people), None)


def flights_walks_for_people(parsed: Parsed, ctx: Context, prop: str, topic: str) -> bool:
    """Whether a flight's count of spacewalks would answer a question that names people ("How
    many spacewalks did A make on X?"): it must not, as not every member went out."""
    if prop != COUNT or not set(types_of(ctx, topic)) & ctx.vocabulary.family("Mission"):
        return False
    people = agent_classes(ctx)
    return any(set(types_of(ctx, m.best.iri)) & people for m in parsed.mentions)


@template("spacewalks-at-least", priority=60)  # after "fact", which answers from a stated count
def at_least(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """ "How many spacewalks has X made?" when no count is stated: the highest rank told."""
    person = asks_walk_count(parsed, ctx)
    if person is None or on_a_flight(parsed, ctx):  # "on Expedition 33 alone": a rank counts the whole career
        return
    yield Plan("spacewalks-at-least", "values", {"topic": NamedNode(person.best.iri), "p": [NamedNode(MINIMUM)]},
               _read(person.best.label), ((person, person.best),),
               empty=f"The articles do not say how many spacewalks {person.best.label} has made.")


def _read(name: str) -> Reader:
    def read(rows: Rows) -> Reply:
        best = highest(valued(rows))
        if best is None:
            return Reply([])
        if number_of(best) <= 1:  # "his first spacewalk" tells that he walked, not how often
            return Reply([], note=f"The articles state no count of {name}'s spacewalks, only that {name} "
                                  "made a first one.")
        return Reply([bound_item(best)], note=f"The articles state no count of {name}'s spacewalks, only the "
                                              f"rank of one: {name} had made at least {int(number_of(best))}.")

    return read


def highest(minimums: list[Valued]) -> Valued | None:
    """The highest lower bound (the latest, of equal ones): a count of spacewalks only grows."""
    reported = [v for v in minimums if not v.planned]
    return max(reported, key=lambda v: (number_of(v), v.as_of or ""), default=None)


def bound_item(v: Valued) -> Item:
    """ "at least 3", with the date it was true by: a bound, never a bare count."""
    n = int(number_of(v))
    return Item(f"at least {n}", n, kind="number", as_of=v.as_of, support=(v.triple,))


def outgrown(store: Store, reply: Reply) -> Reply:
    """``reply``, unless it gives a stated spacewalk count that a rank told of the same person
    outgrows ("has made two spacewalks" in January, "her fourth spacewalk" in June): then the
    bound answers, and the older count is shown beside it. When their dates do not tell which
    is later (an undated article), neither answers: the count may be of one flight, the rank of
    another time."""
    if len(reply.items) != 1 or len(reply.items[0].support) != 1:
        return reply
    item, fact = reply.items[0], reply.items[0].support[0]
    if fact.predicate.value != COUNT or not isinstance(fact.subject, NamedNode) \
            or not isinstance(item.value, int | float):
        return reply
    rows = store.select(query_text("values"), {"topic": fact.subject, "p": [NamedNode(MINIMUM)]})
    best = highest(valued(rows))
    if best is None or number_of(best) <= item.value:
        return reply
    if not (best.as_of and item.as_of and best.as_of >= item.as_of):  # no date tells which is later
        rank = int(number_of(best))
        return Reply([], note=f"The articles state {item.label} spacewalks and tell of spacewalk {rank}, and do not "
                              "say which is the later figure.")
    return replace(reply, items=[bound_item(best)], also=[item, *reply.also],
                   note=f"A later article tells of spacewalk {int(number_of(best))}, more than the "
                        f"{item.label} stated as of {item.as_of or 'an undated article'}.")
