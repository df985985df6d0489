"""A flight's date or place stated only person by person: "When did the Shenzhou-14 crew land?",
"Where did the Crew-9 capsule splash down?", "When did Crew-5 launch?" when no article gives
the flight's own date or place, but they give each crew member's (its crew: its members, and
whoever rode its craft on the trip asked: up for a launch, home for a landing). An expedition's
crew asked as such ("When did the Expedition 41 trio land?") is read the same way.

A person's dates may be of several flights (a crewmate who flew twice, a crew member misread),
so the flight's value is the one most of its crew share: held by more than half of those with
any value, and by at least two of them (or the one value of the only one with any); a tie goes
to the more precise ("2022-12-04" over "2022-12"), and the answer says how many hold it. A
country is no flight's site (the site lies in it: "landed in Kazakhstan" is not where). Tried
after the flight's own facts. Planned values answer no question of what happened.
"""

from __future__ import annotations

from collections.abc import Iterator

from pyoxigraph import NamedNode, Triple

from kg.questions.flights import flight_classes, homeward
from kg.questions.linking import Candidate, Mention
from kg.questions.match import Parsed
from kg.questions.readers import iris_of, node, types_of
from kg.questions.templates import Context, Item, Plan, Reader, Reply, template
from kg.questions.values import show
from kg.store.sparql import Rows

#: The relations a flight shares with each of its crew.
SHARED = ("launchDate", "returnDate", "launchSite", "landingSite")
#: The property that tells who rode a flight's craft, for the values of each trip: whoever went up
#: aboard it shares its launch (they may come home on another), whoever it carried home its landing.
_RODE = {"launchDate": "launchVehicle", "launchSite": "launchVehicle", "returnDate": "spacecraft",
         "landingSite": "spacecraft"}


@template("crew-values", priority=64)
def crew_values(parsed: Parsed, ctx: Context) -> Iterator[Plan]:
    """The value a flight's crew share (see the module)."""
    voc = ctx.vocabulary
    named = [m for m in parsed.mentions if not homeward(parsed, m)]  # "return to Earth" names no second topic
    if (parsed.provenance or len(named) != 1 or not parsed.relations or parsed.future
            or parsed.wh not in ("when", "where", "what", "which") or "crewMember" not in voc.properties):
        return
    flight = named[0]
    stations = voc.family("SpaceStation")
    kinds = types_of(ctx, flight.best.iri)
    crew_of_expedition = bool(kinds & voc.family("Expedition")) and _crew_asked(parsed, flight)
    if not (kinds & flight_classes(voc) or crew_of_expedition) or kinds & stations:
        return
    for rel in parsed.relations[:2]:
        if rel.prop.name in SHARED:
            bindings: dict[str, NamedNode | list[NamedNode]] = {
                "flight": node(flight.best.iri), "p": iris_of(rel.prop), "crew": iris_of(voc.properties["crewMember"])}
            if _RODE[rel.prop.name] in voc.properties:  # who rode it on that trip
                bindings["rode"] = iris_of(voc.properties[_RODE[rel.prop.name]])
            yield Plan("crew-values", "crew_values", bindings,
                       read_shared(ctx, flight.best, rel.prop.word, two=crew_of_expedition), ((flight, flight.best),),
                       empty=f"The articles give no {rel.prop.word} of {flight.best.label} or its crew.")
            return


#: words for a flight's people: "the Expedition 41 trio", "the Expedition 14 crew"
_CREW_WORDS = {"crew", "crews", "trio", "duo", "pair", "quartet", "astronauts", "cosmonauts", "crewmembers",
               "members", "taikonauts"}


def _crew_asked(parsed: Parsed, named: Mention) -> bool:
    """Whether the question asks of the people of an expedition ("When did the Expedition 41
    trio land?", "the crew of Expedition 41"): an expedition does not land, its crew does, so
    the value most of them share answers; "When did Expedition 41 land?" does not say whose."""
    before = [t.lower for t in parsed.tokens[max(0, named.start - 2):named.start]]
    return any(t.lower in _CREW_WORDS for t in parsed.tokens[named.end:named.end + 2]) or len(before) == 2 and (
        before[0] in _CREW_WORDS and before[1] == "of")  # "the crew of Expedition 41"


def read_shared(ctx: Context, flight: Candidate, word: str, *, two: bool = False) -> Reader:
    """The value most of the crew share, with the facts of each who holds it; with ``two``, held
    by two at least (an expedition's crew comes and goes: one member's landing may be another
    trip's)."""
    countries = ctx.vocabulary.family("Country")

    def read(rows: Rows) -> Reply:
        held: dict[str, set[str]] = {}  # value -> crew members
        facts: dict[str, list[Triple]] = {}
        shown: dict[str, tuple[str, str, str | None]] = {}  # value -> (label, kind, iri)
        members: dict[str, set[str]] = {}
        for row in rows:
            if str(row.get("modality", "")).endswith("Planned>"):
                continue
            s, p, o = row["s"], row["p"], row["o"]
            assert isinstance(s, NamedNode) and isinstance(p, NamedNode)
            if "value" in row:
                label, value, kind = show(row["value"])
                key, iri = str(value), None
            elif isinstance(o, NamedNode) and not types_of(ctx, o.value) & countries:
                key, iri = o.value, o.value
                label, kind = (row["label"].value if "label" in row else o.value.rsplit("/", 1)[-1]), "place"
            else:
                continue
            held.setdefault(key, set()).add(s.value)
            members.setdefault(s.value, set()).add(key)
            facts.setdefault(key, []).append(Triple(s, p, o))
            shown[key] = (label, kind, iri)
        if not held:
            return Reply([])
        best = max(held, key=lambda k: (len(held[k]), len(k), k))
        enough = len(held[best]) >= 2 or (len(members) == 1 and len(held) == 1 and not two)
        if not enough or 2 * len(held[best]) <= len(members):
            return Reply([], note=f"The articles give the {word} of {flight.label}'s crew one by one, and they "
                                  "do not agree.")
        label, kind, iri = shown[best]
        value = iri if iri is not None else best
        item = Item(label, value, iri, kind=kind, support=tuple(dict.fromkeys(facts[best])), corroborated=True)
        return Reply([item], note=f"No article gives the {word} of {flight.label} itself; this is the one they "
                                  f"give {len(held[best])} of its crew (of {len(members)} with one).")

    return read
