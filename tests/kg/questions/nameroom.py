"""A hand-declared newsroom whose graph holds words read as names (kg/questions/readable.py):
invented crews where a seat's title, a line's label, a name cut at its initial, two people
read as one or a nickname's stray quote mark stands as a person, beside good names of every
shape (a suffix, a middle initial, one word, a craft's series and number) that must stay.
"""

from __future__ import annotations

from extract.facts import Extraction
from tests.factories import ExtractionBuilder


def wren_rosters() -> Extraction:
    b = ExtractionBuilder(
        "Wren-5 was commanded by Payload Commander. "
        "The Wren-6 roster read commanded: Wren-6. "
        "Wren-7 flew Lena Hollis and Tova K. as its crew. "
        "Rusa Venn came home on Wren-8 with Ilya Dorn and Pavel Sark. "
        "Wren-8 also carried Specialist. "
        "Wren-9 carried Ott D. “Sparky Lund and Mara Quist. "
        "Cal Mercer Jr. commanded Wren-10, with Ivo R. Tamm and Zarkov aboard. "
        "Wren-10 docked with Kestrel T-15, a craft of the Kestrel series.",
        title="Wren rosters", id="wren-rosters", published="2025-03-01",
    )
    for flight in ("Wren-5", "Wren-6", "Wren-7", "Wren-8", "Wren-9", "Wren-10"):
        b.entity(flight, "Mission")
    for person in ("Payload Commander", "commanded: Wren-6", "Lena Hollis", "Tova K.", "Rusa Venn",
                   "Ilya Dorn and Pavel Sark", "Specialist", "Ott D. “Sparky Lund", "Mara Quist", "Cal Mercer Jr.",
                   "Ivo R. Tamm", "Zarkov"):
        b.entity(person, "Astronaut")
    b.entity("Kestrel T-15", "Spacecraft")
    b.fact("Wren-5", "commander", "Payload Commander", evidence="Wren-5 was commanded by Payload Commander")
    b.fact("Wren-6", "commander", "commanded: Wren-6", evidence="commanded: Wren-6")
    b.fact("Wren-7", "crewMember", "Lena Hollis", evidence="Wren-7 flew Lena Hollis")
    b.fact("Wren-7", "crewMember", "Tova K.", evidence="and Tova K. as its crew")
    b.fact("Rusa Venn", "landedWith", "Ilya Dorn and Pavel Sark", evidence="with Ilya Dorn and Pavel Sark")
    b.fact("Wren-8", "crewMember", "Rusa Venn", evidence="Rusa Venn came home on Wren-8")
    b.fact("Wren-8", "crewMember", "Specialist", evidence="Wren-8 also carried Specialist")
    b.fact("Wren-9", "crewMember", "Ott D. “Sparky Lund", evidence="Wren-9 carried Ott D. “Sparky Lund")
    b.fact("Wren-9", "crewMember", "Mara Quist", evidence="and Mara Quist")
    b.fact("Wren-10", "commander", "Cal Mercer Jr.", evidence="Cal Mercer Jr. commanded Wren-10")
    b.fact("Wren-10", "crewMember", "Cal Mercer Jr.", evidence="Cal Mercer Jr. commanded Wren-10")
    b.fact("Wren-10", "crewMember", "Ivo R. Tamm", evidence="with Ivo R. Tamm and Zarkov aboard")
    b.fact("Wren-10", "crewMember", "Zarkov", evidence="with Ivo R. Tamm and Zarkov aboard")
    b.fact("Wren-10", "dockedWith", "Kestrel T-15", evidence="Wren-10 docked with Kestrel T-15")
    return b.build()


ARTICLES = (wren_rosters,)
