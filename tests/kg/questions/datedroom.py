"""A hand-declared newsroom of running totals stated on different dates (invented names): one
flyer ahead in April 2032 and another ahead later, and a total stated with no date, for
rankings asked as of a time (kg/questions/as_of.py)."""

from __future__ import annotations

from extract.facts import Extraction, Literal, Term
from tests.factories import ExtractionBuilder, days

_TOTAL = {"unit": Literal("day"), "scope": Term("Cumulative")}


def spring() -> Extraction:
    b = ExtractionBuilder(
        "Ardenian astronaut Mira Tolle now has 300 days in space, more than her colleague Enno Vast, who has "
        "200 days in space.", title="Totals in spring", id="spring", published="2032-04-10")
    b.entity("Mira Tolle", "Astronaut")
    b.entity("Enno Vast", "Astronaut")
    b.fact("Mira Tolle", "timeInSpace", days("300"), evidence="now has 300 days in space", qualifiers=_TOTAL,
           as_of="2032-04-10")
    b.fact("Enno Vast", "timeInSpace", days("200"), evidence="who has 200 days in space", qualifiers=_TOTAL,
           as_of="2032-04-10")
    return b.build()


def later() -> Extraction:
    b = ExtractionBuilder("Enno Vast has now logged 450 days in space.", title="Vast again", id="later",
                          published="2034-06-01")
    b.entity("Enno Vast", "Astronaut")
    b.fact("Enno Vast", "timeInSpace", days("450"), evidence="has now logged 450 days in space", qualifiers=_TOTAL,
           as_of="2034-06-01")
    return b.build()


ARTICLES = (spring, later)
