"""A hand-declared newsroom of lengths of time stated to the hour, with invented names: one
flight told in days and hours, one in days, hours and minutes, one in whole days, and one
told in days and hours by one article and in days alone by another.
"""

from __future__ import annotations

from extract.facts import Extraction, Literal, Term
from kg.store import Store
from tests.factories import ExtractionBuilder, days, load_articles

_ONE = {"unit": Literal("day"), "scope": Term("SingleFlight")}


def to_the_hour() -> Extraction:
    b = ExtractionBuilder(
        "Ari Kessel came home after spending 7 days and 22 hours in space. "
        "Bea Lorne logged 12 days, 3 hours and 40 minutes on her flight. "
        "Cai Moro spent 9 days in orbit.",
        title="Three flights", id="three-flights", published="2024-04-02",
    )
    for name, figure, said in (("Ari Kessel", "7", "spending 7 days and 22 hours in space"),
                               ("Bea Lorne", "12", "logged 12 days, 3 hours and 40 minutes"),
                               ("Cai Moro", "9", "spent 9 days in orbit")):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
        b.fact(name, "timeInSpace", days(figure), evidence=said, qualifiers=_ONE)
    return b.build()


def told_two_ways() -> Extraction:
    b = ExtractionBuilder("Dov Ranta was aloft for 5 days and 6 hours.", title="Ranta", id="ranta-1",
                          published="2024-05-01")
    b.entity("Dov Ranta", "Astronaut", aliases=("Ranta",))
    b.fact("Dov Ranta", "timeInSpace", days("5"), evidence="aloft for 5 days and 6 hours", qualifiers=_ONE)
    return b.build()


def told_again() -> Extraction:
    b = ExtractionBuilder("Dov Ranta was aloft for 5 days and 2 hours.", title="Ranta again", id="ranta-2",
                          published="2024-05-03")
    b.entity("Dov Ranta", "Astronaut", aliases=("Ranta",))
    b.fact("Dov Ranta", "timeInSpace", days("5"), evidence="aloft for 5 days and 2 hours", qualifiers=_ONE)
    return b.build()


ARTICLES = (to_the_hour, told_two_ways, told_again)


def load(store: Store) -> None:
    """Write every article into the store (real resolution and mapping)."""
    load_articles(store, ARTICLES)
