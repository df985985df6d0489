"""A flight's launch and landing through its crew: "Where did Shenzhou-11 land?", "When did
Soyuz MS-27 lift off?". The articles state where and when each person launched or landed,
seldom the flight itself; so when the flight has no such fact, the answer is the value its
people share, read only from articles that name the flight. A value only some of a crew have
while as many have another is no answer (one of them may be an earlier flight's), and nor
is a country alone ("in Kazakhstan" does not say near which town a Soyuz came down).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from pyoxigraph import NamedNode, Triple

from kg.questions.flights import flight_classes
from kg.questions.generic import reading, relations_to_try
from kg.questions.match import Parsed
from kg.questions.readers import iris_of, node, types_of
from kg.questions.templates import Context, Item, Plan, Reader, Reply, template
from kg.questions.values import show
from kg.store.sparql import Rows

#: What the articles tell of each person who flew, not of the flight.
EVENTS = ("launchSite", "landingSite", "launchDate", "returnDate")


@template("crew-event", priority=62)
def crew_event(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """Tried after the flight's own facts (the "fact" template) gave nothing."""
    if parsed.wh in ("yesno", "how many") or parsed.provenance or len(parsed.mentions) != 1:
        return
    mention = parsed.mentions[0]
    if not set(types_of(ctx, mention.best.iri)) & flight_classes(ctx.vocabulary):
        return
    for rel in relations_to_try(parsed):
        if rel.prop.name in EVENTS:
            topic = mention.best
            yield Plan("crew-event", "crew_events", {"topic": node(topic.iri), "p": iris_of(rel.prop)},
                       _shared(rel.prop.kind), reading(mention, topic),
                       empty=f"The articles give no {rel.prop.word} of those who flew {topic.label}.")


def _shared(kind: str) -> Reader:
    """The value most of the people have, when no other value ties with it; a place counts
    the people who landed somewhere inside it too, and gives way to the one place inside it
    that some of them name ("Dzhezkazgan" for those who landed "in Kazakhstan" and there)."""

    def read(rows: Rows) -> Reply:
        people: dict[str, set[str]] = {}
        support: dict[str, list[Triple]] = {}
        inside: dict[str, set[str]] = {}
        shown: dict[str, Item] = {}
        for row in rows:
            s, p, o = row["s"], row["p"], row["o"]
            assert isinstance(s, NamedNode) and isinstance(p, NamedNode)
            people.setdefault(o.value, set()).add(s.value)
            support.setdefault(o.value, []).append(Triple(s, p, o))
            if "outer" in row:
                inside.setdefault(o.value, set()).add(row["outer"].value)
            if o.value not in shown:
                if isinstance(o, NamedNode):
                    label = row["label"].value if "label" in row else o.value.rsplit("/", 1)[-1].replace("_", " ")
                    shown[o.value] = Item(label, label, iri=o.value, kind="place" if kind == "place" else "entity")
                else:
                    text, value, how = show(o)
                    shown[o.value] = Item(text, value, kind=how)
        within = {v: {x for x in people if v in inside.get(x, set())} for v in people}
        counts = Counter({v: len(people[v].union(*(people[x] for x in within[v]))) for v in people})
        ranked = counts.most_common(2)
        if not ranked or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return Reply([])
        best = ranked[0][0]
        finer = [x for x in within[best] if not within[x] & within[best]]
        if len(finer) == 1:
            best = finer[0]
        item = shown[best]
        return Reply([Item(item.label, item.value, iri=item.iri, kind=item.kind, support=tuple(support[best]))])

    return read
