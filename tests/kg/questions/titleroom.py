"""A hand-declared newsroom of titles at an organisation (invented names): a head, a flight
director, an associate administrator and an astronaut the same agency employs, and a class it
introduced, for the questions that ask who holds a title there (kg/questions/titles.py)."""

from __future__ import annotations

from extract.facts import Extraction, Literal
from tests.factories import ExtractionBuilder


def agency() -> Extraction:
    b = ExtractionBuilder(
        "Ilka Varr, head of the Ardenian Space Agency, watched the launch. Flight director Oren Tamm said the "
        "countdown went well. Ardenian Space Agency astronaut Pella Rask waved. Associate Administrator Tor Blum "
        "introduced the agency's 2024 class, Mira Sol and Kai Dorn.",
        title="A launch watched", id="agency", published="2025-03-01",
    )
    b.entity("Ilka Varr", "Person")
    b.entity("Oren Tamm", "Person")
    b.entity("Pella Rask", "Astronaut")
    b.entity("Ardenian Space Agency", "SpaceAgency")
    b.fact("Ilka Varr", "employer", "Ardenian Space Agency", evidence="Ilka Varr, head of the Ardenian Space Agency")
    b.fact("Ilka Varr", "jobTitle", Literal("head"), evidence="Ilka Varr, head of the Ardenian Space Agency")
    b.fact("Oren Tamm", "employer", "Ardenian Space Agency", evidence="Flight director Oren Tamm")
    b.fact("Oren Tamm", "jobTitle", Literal("Flight director"), evidence="Flight director Oren Tamm")
    b.fact("Pella Rask", "employer", "Ardenian Space Agency", evidence="Ardenian Space Agency astronaut Pella Rask")
    b.entity("Tor Blum", "Person")
    b.fact("Tor Blum", "employer", "Ardenian Space Agency", evidence="Associate Administrator Tor Blum")
    b.fact("Tor Blum", "jobTitle", Literal("Associate Administrator"), evidence="Associate Administrator Tor Blum")
    said = "the agency's 2024 class, Mira Sol and Kai Dorn"
    for name in ("Mira Sol", "Kai Dorn"):
        b.entity(name, "Astronaut")
        b.fact(name, "selectedBy", "Ardenian Space Agency", evidence=said)
        b.fact(name, "selectionYear", Literal("2024", "gYear"), evidence=said)
    return b.build()


ARTICLES = (agency,)
