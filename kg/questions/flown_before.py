"""Who of a flight's crew had flown before: "Which NS-34 passenger had flown to space before?",
"Who on the Corvid 16 crew had already flown?". The answer is a chain of two facts: the person is
in the crew of the flight named, and in the crew of another flight some article states as done
(never only planned), and one flight, never a type of craft ("Crew Dragon", every Dragon's riders). A
flight that launched later than the one named, when the articles date
both, is no earlier flight.
"""

from __future__ import annotations

from collections.abc import Iterator

from pyoxigraph import Triple

from kg.questions.flights import flight_classes
from kg.questions.linking import Mention
from kg.questions.match import Parsed
from kg.questions.one_flight import one_flight
from kg.questions.readers import iris_of, node, types_of
from kg.questions.templates import Context, Item, Plan, Reader, Reply, template
from kg.store.sparql import Rows

#: Words that ask about an earlier time than the flight named ("had flown before", "already").
_EARLIER = {"before", "previously", "already", "earlier"}
#: Words that turn having flown into not having flown ("had never flown before")
NEVER = {"never", "not", "n't"}
#: Verbs of having been to space, with the words for space itself.
_FLOWN = {"fly"}
_GONE = {"be", "go", "travel"}
_SPACE = {"space", "orbit"}


def asks_flown_before(parsed: Parsed, ctx: Context) -> Mention | None:
    """The flight of a question that asks which of its crew had flown before, else None."""
    if parsed.wh not in ("which", "who") or len(parsed.mentions) != 1 or parsed.provenance or parsed.future \
            or any(t.lower in NEVER for t in parsed.tokens):  # "had never flown before": the rookies
        return None
    flight = parsed.mentions[0]
    if not types_of(ctx, flight.best.iri) & flight_classes(ctx.vocabulary):
        return None
    tokens = parsed.tokens
    earlier = [t for t in tokens if t.lower in _EARLIER and not flight.covers(t.i)
               and (t.lower != "before" or t.i + 1 >= len(tokens) or tokens[t.i + 1].is_punct)]
    lemmas = {t.lemma.lower() for t in tokens}
    flown = bool(lemmas & _FLOWN) or bool(lemmas & _GONE and lemmas & _SPACE)
    return flight if earlier and flown and flight.end <= earlier[0].i else None


@template("flown-before", priority=29)  # before "record", which takes "who ... before" for a holder
def flown_before(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """The crew of the flight named who are in the crew of an earlier one (see the module)."""
    flight = asks_flown_before(parsed, ctx)
    voc = ctx.vocabulary
    if flight is None or not {"crewMember", "launchDate"} <= set(voc.properties):
        return
    crew = iris_of(voc.properties["crewMember"])
    kinds = [node(i) for i in flight_classes(voc)]
    yield Plan("flown-before", "flown_before",
               {"flight": node(flight.best.iri), "p1": crew, "p": crew, "kind": kinds,
                "launch": iris_of(voc.properties["launchDate"])},
               _read(ctx, flight.best.label), ((flight, flight.best),),
               empty=f"The articles name no one of {flight.best.label}'s crew in the crew of an earlier flight.",
               final=True)


def _read(ctx: Context, name: str) -> Reader:
    """The people of the rows with the two facts that place them on both flights, without pairs
    whose other flight launched after this one."""
    people = ctx.vocabulary.family("Person")

    def read(rows: Rows) -> Reply:
        later = {(r["x"].value, r["other"].value) for r in rows
                 if "when" in r and "otherWhen" in r and _after(str(r["otherWhen"].value), str(r["when"].value))}
        found: dict[str, Item] = {}
        flown: dict[str, set[str]] = {}
        for row in rows:
            x, other = row["x"].value, row["other"].value
            if (x, other) in later or not types_of(ctx, x) & people \
                    or not one_flight(ctx.vocabulary, ctx.index, other):  # "Crew Dragon": every Dragon's riders
                continue
            label = row["label"].value if "label" in row else x.rsplit("/", 1)[-1]
            support = (Triple(row["s1"], row["p1"], row["o1"]), Triple(row["s"], row["p"], row["o"]))  # type: ignore[arg-type]
            found.setdefault(x, Item(label, label, x, support=support))
            flown.setdefault(label, set()).add(row["otherLabel"].value if "otherLabel" in row else other)
        if not found:
            return Reply([])
        told = "; ".join(f"{who}: {', '.join(sorted(where))}" for who, where in sorted(flown.items()))
        return Reply(sorted(found.values(), key=lambda i: i.label),
                     note=f"Of {name}'s crew, the articles put these in the crew of another flight ({told}).")

    return read


def _after(theirs: str, mine: str) -> bool:
    """Is a flight's date no earlier than another's, as far as both are told? "2024" is not after
    "2024-11-22"; the same day is (two names of one flight, or one launch)."""
    common = min(len(theirs), len(mine))
    return theirs[:common] > mine[:common] or common >= len("2024-11-22") and theirs[:common] == mine[:common]
