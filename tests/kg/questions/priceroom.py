"""A hand-declared newsroom of prices (invented names): one tourist whose price for her flight is
given in two currencies, one whose price is only planned, one with none but a trip, and an agency's
contract that is no price, for the questions that ask what someone paid (kg/questions/prices.py)."""

from __future__ import annotations

from extract.facts import Extraction, Literal
from tests.factories import ExtractionBuilder


def tourists() -> Extraction:
    b = ExtractionBuilder(
        "Vera Holm paid $40m for her flight aboard Soyuz TMA-90; a London paper says Holm paid £25m for it. "
        "Ole Brask will pay about $55 million for a seat. Pia Lund flew on Soyuz TMA-90 too. "
        "Nasa paid Corvid Aerospace $3 billion.",
        title="Tourists and their tickets", id="tickets", published="2025-03-01",
    )
    for name in ("Vera Holm", "Ole Brask", "Pia Lund"):
        b.entity(name, "Person", aliases=(name.split()[1],))
    b.entity("Soyuz TMA-90", "Spaceflight")
    b.entity("Nasa", "SpaceAgency")
    b.entity("Corvid Aerospace", "Organization")
    for amount, unit in (("$40m", "US dollar"), ("£25m", "pound sterling")):
        b.fact("Vera Holm", "pricePaid", Literal(amount), evidence=f"paid {amount} for",
               qualifiers={"unit": Literal(unit), "bought": Literal("flight")})
    b.fact("Ole Brask", "pricePaid", Literal("about $55 million"), evidence="will pay about $55 million",
           qualifiers={"unit": Literal("US dollar"), "bought": Literal("seat")}, modality="planned")
    b.fact("Pia Lund", "crewMember", "Soyuz TMA-90", evidence="Pia Lund flew on Soyuz TMA-90")
    return b.build()


ARTICLES = (tourists,)
