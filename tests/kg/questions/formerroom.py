"""A hand-declared newsroom of former employers (invented names): one person who left an
agency for a company, one who only ever is said to have left, for the tense of employer
questions (kg/questions/answer.py, ``_in_tense``)."""

from __future__ import annotations

from extract.facts import Extraction
from tests.factories import ExtractionBuilder


def private_crew() -> Extraction:
    b = ExtractionBuilder(
        "Former Ardenian Space Agency astronaut Tova Lindqvist will command the private flight. "
        "Lindqvist now flies for Orbita Works. "
        "Her pilot is Bren Okafor, who left the Ardenian Space Agency in 2014.",
        title="A private crew for Orbita", id="private-crew", published="2025-03-01",
    )
    b.entity("Tova Lindqvist", "Astronaut", aliases=("Lindqvist",))
    b.entity("Bren Okafor", "Astronaut")
    b.entity("Ardenian Space Agency", "SpaceAgency")
    b.entity("Orbita Works", "Organization")
    b.fact("Tova Lindqvist", "employer", "Ardenian Space Agency",
           evidence="Former Ardenian Space Agency astronaut Tova Lindqvist", modality="former")
    b.fact("Tova Lindqvist", "employer", "Orbita Works", evidence="Lindqvist now flies for Orbita Works")
    b.fact("Bren Okafor", "employer", "Ardenian Space Agency",
           evidence="Bren Okafor, who left the Ardenian Space Agency", modality="former")
    return b.build()


ARTICLES = (private_crew,)
