"""A hand-declared newsroom of a landing site stated as planned by one article and as reached
by another (invented names), for plan questions that a plan answers."""

from __future__ import annotations

from extract.facts import Extraction
from tests.factories import ExtractionBuilder


def planned() -> Extraction:
    b = ExtractionBuilder("Rhea Vance is scheduled to land at the Kessel site in May.", title="Vance to land",
                          id="vance-plan", published="2024-01-10")
    b.entity("Rhea Vance", "Astronaut", aliases=("Vance",))
    b.entity("Kessel site", "Place")
    b.fact("Rhea Vance", "landingSite", "Kessel site", evidence="scheduled to land at the Kessel site",
           modality="planned")
    return b.build()


def landed() -> Extraction:
    b = ExtractionBuilder("Rhea Vance landed at the Kessel site on Monday.", title="Vance lands",
                          id="vance-lands", published="2024-05-06")
    b.entity("Rhea Vance", "Astronaut", aliases=("Vance",))
    b.entity("Kessel site", "Place")
    b.fact("Rhea Vance", "landingSite", "Kessel site", evidence="landed at the Kessel site")
    return b.build()


ARTICLES = (planned, landed)
