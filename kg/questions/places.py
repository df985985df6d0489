"""The narrowest of the places an answer gives: one way for every template to tell a place
from the broader places that hold it.

"Died in a Velmark hospital" and "died in Tessby, Velmark" do not disagree: a place the
articles put inside another answer (one or two steps out, or a US state's country), or whose
name another answer's begins ("Tessby" of "the Tessby Clinic"), is the broader reading of it,
and the narrower place answers. Asked for one place, a country beside
places that are no country is such a reading too ("Where is the launch center?": Gansu, not
China), and so is any place of a broader class than the narrowest one given (a city before a
state before a country: a birthplace "Marsh Province" beside the town "Hollin").
"""

from __future__ import annotations

from collections.abc import Sequence

from pyoxigraph import NamedNode

from extract.patterns import read_jsonl
from kg.questions.linking import EntityIndex
from kg.questions.templates import Item, query_text
from kg.questions.vocabulary import Vocabulary
from kg.store import Store

#: The country of each US state the gazetteer knows ("from American soil" holds Florida's cape).
STATES_OF = {s["name"]: "United States" for s in read_jsonl("us_states")}
#: Place classes from broad to narrow.
BREADTH = ("Country", "State", "City")


def narrowest(store: Store, vocabulary: Vocabulary, index: EntityIndex, items: Sequence[Item], *,
              one: bool = False) -> list[Item]:
    """The items without the places that are a broader reading of another (see the module);
    two queries at most, none for fewer than two places."""
    items = list(items)
    places = [NamedNode(i.iri) for i in items if i.kind == "place" and i.iri]
    if len(places) < 2:
        return items
    rows = store.select(query_text("within"), {"inner": places, "outer": places})
    broader = {row["outer"].value for row in rows}
    countries = {i.label: i.iri for i in items if i.label in STATES_OF.values() and i.iri}
    if countries:  # "from American soil" beside "from Cape Canaveral" (in Florida): the cape
        around = store.select(query_text("around"), {"inner": places})
        states = [i.label for i in items] + [row["label"].value for row in around]
        broader |= {countries[STATES_OF[s]] for s in states if STATES_OF.get(s) in countries}
    broader |= {i.iri for i in items for other in items if i.kind == other.kind == "place" and i.iri
                and other.label.startswith(f"{i.label} ")}  # "Billings" of "the Billings Clinic"
    kept = [i for i in items if i.iri not in broader] or items
    if not one or not all(i.kind == "place" for i in kept):
        return kept

    def types(item: Item) -> set[str]:
        named = index.entities.get(item.iri or "")
        return set(named.types) if named else set()

    kept = [i for i in kept if not types(i) & vocabulary.family("Country")] or kept
    for name in reversed(BREADTH):  # the narrowest class any of them has
        if any(types(i) & vocabulary.family(name) for i in kept):
            wider = vocabulary.family(*BREADTH[:BREADTH.index(name)])
            return [i for i in kept if not types(i) & wider]
    return kept
