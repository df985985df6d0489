"""The narrowest of the places an answer gives: one way for every template to tell a place
from the broader places that hold it.

"Died in a Velmark hospital" and "died in Tessby, Velmark" do not disagree: a place the
articles put inside another answer (one or two steps out, or a US state's country) is the
broader reading of it, and the narrower place answers. Asked for one place, a country beside
places that are no country is such a reading too ("Where is the launch center?": Gansu, not
China), and so is any place of a broader class than the narrowest one given (a city before a
state before a country: a birthplace "Marsh Province" beside the town "Hollin"). A hospital
or a clinic named after its town lies in it: "died in Tessby" and "died at the Tessby
Clinic" agree (:func:`named_after`), though no article says where the clinic is.
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
#: Last words of the name of a place of care, which reporters name after its town ("Billings
#: Clinic"): a place of death told twice, once as the town and once as the hospital.
CARE_WORDS = frozenset({"hospital", "clinic", "hospice", "infirmary", "center", "centre", "home"})


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
    broader |= {o.iri for o in items for i in items if o.iri and i.kind == o.kind == "place"
                and named_after(i.label, o.label)}
    countries = {i.label: i.iri for i in items if i.label in STATES_OF.values() and i.iri}
    if countries:  # "from American soil" beside "from Cape Canaveral" (in Florida): the cape
        around = store.select(query_text("around"), {"inner": places})
        states = [i.label for i in items] + [row["label"].value for row in around]
        broader |= {countries[STATES_OF[s]] for s in states if STATES_OF.get(s) in countries}
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


def named_after(inner: str, outer: str) -> bool:
    """Is ``inner`` a place of care named after the place ``outer`` ("Tessby General Hospital"
    after "Tessby"), so that it lies in it? "Harlow Bay" is no part of "Harlow".

    >>> named_after("Tessby General Hospital", "Tessby"), named_after("Harlow Bay", "Harlow")
    (True, False)
    """
    return inner.startswith(outer + " ") and inner.split()[-1].lower() in CARE_WORDS
