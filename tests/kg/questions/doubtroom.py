"""A hand-declared newsroom for answers withheld as too unsure (issue 11): invented people whose
facts are stated with a confidence below the floor, above it, and below it in each of two
articles that together lift it above.

What it holds on purpose: a birth place read at 0.3 and one read at 0.9; an employer read at
0.45 by two independent articles (1 - 0.55² = 0.70); a crew whose members are read at 0.9 but
for one read at 0.3; a launch date read at 0.4 once.
"""

from __future__ import annotations

from extract.facts import Extraction
from tests.factories import ExtractionBuilder, date


def ferren_profile() -> Extraction:
    b = ExtractionBuilder(
        "Oda Ferren, who may have been born in Sallow, joined the Kestrel Agency. "
        "Juno Marr was born in Tarrow. "
        "Nils Orrek flew Heron-4 with Juno Marr and Oda Ferren, and perhaps Ivo Brenn. "
        "Heron-4 lifted off in what one report called 14 March 2030.",
        title="The Heron-4 crew", id="heron-crew", published="2030-03-20",
    )
    b.entity("Oda Ferren", "Astronaut")
    b.entity("Juno Marr", "Astronaut")
    b.entity("Nils Orrek", "Astronaut")
    b.entity("Ivo Brenn", "Astronaut")
    b.entity("Heron-4", "Spaceflight")
    b.entity("Sallow", "City")
    b.entity("Tarrow", "City")
    b.entity("Kestrel Agency", "SpaceAgency")
    b.fact("Oda Ferren", "birthPlace", "Sallow", evidence="may have been born in Sallow", confidence=0.3)
    b.fact("Juno Marr", "birthPlace", "Tarrow", evidence="Juno Marr was born in Tarrow", confidence=0.9)
    b.fact("Oda Ferren", "employer", "Kestrel Agency", evidence="joined the Kestrel Agency", confidence=0.45)
    b.fact("Heron-4", "crewMember", "Nils Orrek", evidence="Nils Orrek flew Heron-4", confidence=0.9)
    b.fact("Heron-4", "crewMember", "Juno Marr", evidence="with Juno Marr", confidence=0.9)
    b.fact("Heron-4", "crewMember", "Oda Ferren", evidence="and Oda Ferren", confidence=0.9)
    b.fact("Heron-4", "crewMember", "Ivo Brenn", evidence="perhaps Ivo Brenn", confidence=0.3)
    b.fact("Heron-4", "launchDate", date("2030-03-14"), evidence="lifted off in what one report called 14 March 2030",
           confidence=0.4)
    return b.build()


def ferren_hired() -> Extraction:
    b = ExtractionBuilder("The Kestrel Agency hired Oda Ferren, it seems, in 2027.",
                          title="Kestrel hires", id="kestrel-hires", published="2027-06-01")
    b.entity("Oda Ferren", "Astronaut")
    b.entity("Kestrel Agency", "SpaceAgency")
    b.fact("Oda Ferren", "employer", "Kestrel Agency", evidence="hired Oda Ferren", confidence=0.45)
    return b.build()


ARTICLES = (ferren_profile, ferren_hired)
