"""Whether someone has been to space: "Has X been to space?", "Did X fly in space?", "Has X
flown?".

"Yes" needs a stated flight of theirs: a seat on a flight, a craft they rode, a launch date, a
count of their flights, a time in space, a spacewalk or a crewmate. Without one the articles do
not say: in an open world, people the articles never show flying may still have flown, so the
answer is never "no". Facts stated only as plans ("will fly on Crew-14") answer no question
about what happened (the engine checks the modality of the facts a "yes" rests on).
"""

from __future__ import annotations

from collections.abc import Iterator

from pyoxigraph import NamedNode, Triple

from kg.questions.flights import flown_queries, iris, read_flown
from kg.questions.linking import Mention
from kg.questions.match import Parsed
from kg.questions.readers import agent_classes, types_of
from kg.questions.templates import Context, Item, Plan, Reader, Reply, template
from kg.store.sparql import Rows

#: Words for space itself ("been to space", "flew in orbit").
SPACE = {"space", "orbit", "spaceflight"}
#: Verbs of getting there.
GOING = {"go", "fly", "be", "travel", "reach", "launch", "venture", "make", "blast", "rocket"}
#: Little words of those phrases ("to space", "in orbit").
_LITTLE = {"to", "in", "into"}
#: A person's values that only someone who flew has: a time in space, spacewalks, a launch or a
#: return (one told without its year included, which flights cannot count). A plan is marked on the
#: value node, so these are read with their modality.
_FLOWN_VALUES = ("timeInSpace", "spacewalkCount", "launchDate", "returnDate")
#: ... and a crewmate.
_FLOWN_WITH = ("flewWith",)


def asks_spaceflight(parsed: Parsed, ctx: Context) -> Mention | None:
    """The person of a yes/no question whether they have been to space, asked with no relation
    of its own ("Has X flown?", "Did X go to space?"); None for any other question."""
    if parsed.wh != "yesno" or len(parsed.mentions) != 1 or parsed.provenance:
        return None
    going = {t.i for t in parsed.tokens if t.lemma.lower() in SPACE | GOING | _LITTLE}
    if any(not set(r.tokens) <= going for r in parsed.relations):
        return None  # "go to space" may read as a launch, "in space" as a time in space: nothing else
    person = parsed.mentions[0]
    if not types_of(ctx, person.best.iri) & agent_classes(ctx):
        return None
    lemmas = {t.lemma.lower() for t in parsed.tokens if not person.covers(t.i)}
    if "first" in lemmas:
        return None  # "Was it X's first flight?" is the first-flight template's
    if lemmas & SPACE and lemmas & GOING or "fly" in lemmas and set(parsed.unexplained) <= {"flown", "fly", "flew"}:
        return person
    return None


@template("spaceflight", priority=47)
def spaceflight(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """Yes from a stated flight of the person, else what the articles do not say (see the module)."""
    person = asks_spaceflight(parsed, ctx)
    if person is None:
        return
    voc = ctx.vocabulary
    topic = NamedNode(person.best.iri)
    values = [p for name in _FLOWN_VALUES for p in iris(voc, name)]
    crewmates = [p for name in _FLOWN_WITH for p in iris(voc, name)]
    query, bindings, parts = flown_queries(voc, person.best.iri)
    yield Plan("spaceflight", query, bindings,
               _read(person.best.iri, person.best.label, {i.value for i in iris(voc, "returnDate")}),
               ((person, person.best),),
               empty=f"The articles do not say whether {person.best.label} has been to space.", final=True,
               parts=(*parts, ("values", {"topic": topic, "p": values}), ("objects", {"topic": topic, "p": crewmates})))


def _read(topic: str, name: str, back: set[str]) -> Reader:
    """Yes when the flights counted from the rows of flown*.rq (see :func:`read_flown`) are one
    or more, or a fact only a flyer has is stated; the facts it rests on are its support."""
    count = read_flown(topic, name, back)

    def read(rows: Rows) -> Reply:
        flights = count(Rows(rows.variables, [r for r in rows.rows if "what" in r]))
        facts = [Triple(r["s"], r["p"], r["o"]) for r in rows.rows  # type: ignore[arg-type]
                 if "what" not in r and "p" in r and r["s"] == NamedNode(topic)
                 and not str(r["modality"].value if "modality" in r else "").endswith("Planned")]
        found = flights.items[0] if flights.items else None
        if (found is None or not found.value) and not facts:
            return Reply([])
        support = (*(found.support if found is not None else ()), *(i for f in flights.also for i in f.support),
                   *facts)
        told = "; ".join(i.label for i in flights.also) if flights.also else ""
        note = f"The articles give flights of {name}: {told}." if told else flights.note
        return Reply([Item("yes", True, kind="boolean", support=tuple(dict.fromkeys(support)))], note=note,
                     happened=True)

    return read
