"""A hand-declared newsroom for questions whose words the graph cannot read beside words it can
(invented names): a crew and its commander, a selection by an agency in a year, a spouse, schools
of two kinds, an award, spacewalk and flight times kept in minutes, a station whose name a numbered flight
could be named after, a craft whose name the parser splits, and counts of flights stated as a
veteran's and as the last of a series.
"""

from __future__ import annotations

from extract.facts import Extraction, Literal, Term
from tests.factories import ExtractionBuilder, days, integer


def tessa_crew() -> Extraction:
    b = ExtractionBuilder(
        "Lida Marsh, Pol Everly and Jon Kade flew on Tessa-3. Marsh was its commander and rode the Kite capsule. "
        "The Norvak Space Agency selected Lida Marsh in 2011, Pol Everly in 2011 and Jon Kade in 2009. "
        "Marsh is married to Tam Marsh. "
        "Lida Marsh studied at Grenholm University. Pol Everly went to Ardent Falls High School and "
        "Ardent Falls University. Marsh later commanded the Vesta station. "
        "Her spacewalks lasted 4920 minutes in total, and she logged 13002 minutes in space. "
        "Pol Everly, a veteran of four space missions, met them. "
        "Tessa-3 was Kade's third and final space flight. Marsh and Everly were awarded the Star of Norvak. "
        "Kade had commanded Soyuz T-19.",
        title="Tessa-3 is home", id="tessa-3", published="2024-04-02",
    )
    b.entity("Lida Marsh", "Astronaut", aliases=("Marsh",))
    b.entity("Pol Everly", "Astronaut", aliases=("Everly",))
    b.entity("Jon Kade", "Astronaut", aliases=("Kade",))
    b.entity("Tam Marsh", "Person")
    b.entity("Tessa-3", "Mission")
    b.entity("Kite", "Spacecraft")
    b.entity("Norvak Space Agency", "SpaceAgency")
    b.entity("Grenholm University", "School")
    b.entity("Ardent Falls High School", "School")
    b.entity("Ardent Falls University", "School")
    b.entity("Vesta", "SpaceStation")
    b.entity("Star of Norvak", "Award")
    b.entity("Soyuz T-19", "Spacecraft")
    for name in ("Lida Marsh", "Pol Everly", "Jon Kade"):
        b.fact("Tessa-3", "crewMember", name, evidence="flew on Tessa-3")
    b.fact("Tessa-3", "commander", "Lida Marsh", evidence="Marsh was its commander")
    b.fact("Lida Marsh", "crewRole", Literal("commander"), evidence="Marsh was its commander",
           qualifiers={"mission": "Tessa-3"})
    b.fact("Lida Marsh", "spacecraft", "Kite", evidence="rode the Kite capsule")
    for name, year in (("Lida Marsh", "2011"), ("Pol Everly", "2011"), ("Jon Kade", "2009")):
        b.fact(name, "selectedBy", "Norvak Space Agency", evidence=f"{name} in {year}")
        b.fact(name, "selectionYear", Literal(year, "gYear"), evidence=f"{name} in {year}")
    b.fact("Lida Marsh", "spouse", "Tam Marsh", evidence="Marsh is married to Tam Marsh")
    b.fact("Lida Marsh", "almaMater", "Grenholm University", evidence="studied at Grenholm University")
    b.fact("Pol Everly", "almaMater", "Ardent Falls High School", evidence="went to Ardent Falls High School")
    b.fact("Pol Everly", "almaMater", "Ardent Falls University", evidence="Ardent Falls University")
    b.fact("Vesta", "commander", "Lida Marsh", evidence="Marsh later commanded the Vesta station")
    b.fact("Lida Marsh", "spacewalkDuration", integer("4920"), evidence="Her spacewalks lasted 4920 minutes in total",
           qualifiers={"unit": Literal("minute"), "scope": Term("Cumulative")}, as_of="2024-04-02")
    b.fact("Lida Marsh", "timeInSpace", days("13002"), evidence="she logged 13002 minutes in space",
           qualifiers={"unit": Literal("minute")}, as_of="2024-04-02")
    for name in ("Lida Marsh", "Pol Everly"):
        b.fact(name, "award", "Star of Norvak", evidence="Marsh and Everly were awarded the Star of Norvak")
    b.fact("Soyuz T-19", "commander", "Jon Kade", evidence="Kade had commanded Soyuz T-19")
    return b.build()


ARTICLES = (tessa_crew,)
