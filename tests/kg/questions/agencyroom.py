"""A hand-declared newsroom of flights and the agencies whose they are (invented names): one
astronaut's station expedition is tied to no agency, another's flight is run by hers, for
kg/questions/agency_flights.py."""

from __future__ import annotations

from extract.facts import Extraction
from tests.factories import ExtractionBuilder


def expedition() -> Extraction:
    b = ExtractionBuilder(
        "Ardenian Space Agency astronaut Vela Ostrin joined the Expedition 91 crew aboard the station. "
        "Rusk Tamm flew Talon-3, a mission run by the Ardenian Space Agency. Mira Quell flew Ardenian Mission 2.",
        title="Ostrin joins the station crew", id="ostrin", published="2031-03-02",
    )
    b.entity("Vela Ostrin", "Astronaut")
    b.entity("Rusk Tamm", "Astronaut")
    b.entity("Mira Quell", "Astronaut")
    b.entity("Ardenian Space Agency", "SpaceAgency", aliases=("ASA", "Ardenian"))
    b.entity("Expedition 91", "Expedition")
    b.entity("Talon-3", "Mission")
    b.entity("Ardenian Mission 2", "Mission")
    b.fact("Vela Ostrin", "employer", "Ardenian Space Agency", evidence="Ardenian Space Agency astronaut Vela Ostrin")
    b.fact("Expedition 91", "crewMember", "Vela Ostrin", evidence="Vela Ostrin joined the Expedition 91 crew")
    b.fact("Talon-3", "crewMember", "Rusk Tamm", evidence="Rusk Tamm flew Talon-3")
    b.fact("Talon-3", "operator", "Ardenian Space Agency", evidence="a mission run by the Ardenian Space Agency")
    b.fact("Ardenian Mission 2", "crewMember", "Mira Quell", evidence="Mira Quell flew Ardenian Mission 2")
    return b.build()


ARTICLES = (expedition,)
