"""A third hand-declared newsroom, for the checks that refuse answers the question rules out
(kg/questions/checks.py): invented people whose facts invite each kind of wrong answer.

What it holds on purpose: a birth place stated twice with different support, a death date
stated twice with equal support, two launches of one person on two flights (with a crewmate
on each), crew roles on a flight, two commanders of one station, ages stated on an article's
date (and a flight named only where no age is), days in space given in days only (one person
single-flight only, two tied on the same total, one whose flight is longer than her total),
two employers without dates, a craft flown and one only planned, and a country with
astronauts but no first one stated.
"""

from __future__ import annotations

from extract.facts import Extraction, Literal, Term
from tests.factories import ExtractionBuilder, date, days, integer


def solvay_returns() -> Extraction:
    b = ExtractionBuilder(
        "Mira Solvay, 44, came home on Orion-4 after 150 days in space, her first flight. "
        "Solvay was born in Kestow. "
        "Oren Vask, 52, launched on Orion-4 on 3 May 2024; he had launched on Orion-2 on 9 June 2019. "
        "On Orion-2 he flew with Bram Ostrow. Solvay commanded Orion-4 and Vask was its pilot. "
        "Vask now has 150 days in space in total. "
        "Both served as commanders of the Vesta station. "
        "Oren Vask died on 1 October 2025. "
        "Ardenia has sent three astronauts to space, among them Solvay.",
        title="Orion-4 is home", id="solvay-returns", published="2024-10-01",
    )
    b.entity("Mira Solvay", "Astronaut", aliases=("Solvay",))
    b.entity("Oren Vask", "Astronaut", aliases=("Vask",))
    b.entity("Orion-4", "Mission")
    b.entity("Orion-2", "Mission")
    b.entity("Kestow", "City")
    b.entity("Bram Ostrow", "Astronaut")
    b.entity("Vesta station", "SpaceStation")
    b.entity("Ardenia", "Country")
    b.fact("Mira Solvay", "age", integer("44"), evidence="Mira Solvay, 44", qualifiers={"unit": Literal("year")},
           as_of="2024-10-01")
    b.fact("Oren Vask", "age", integer("52"), evidence="Oren Vask, 52", qualifiers={"unit": Literal("year")},
           as_of="2024-10-01")
    b.fact("Mira Solvay", "timeInSpace", days("150"), evidence="after 150 days in space, her first flight",
           qualifiers={"unit": Literal("day"), "scope": Term("SingleFlight")}, as_of="2024-10-01")
    b.fact("Oren Vask", "timeInSpace", days("150"), evidence="Vask now has 150 days in space in total",
           qualifiers={"unit": Literal("day"), "scope": Term("Cumulative")}, as_of="2024-10-01")
    b.fact("Mira Solvay", "birthPlace", "Kestow", evidence="Solvay was born in Kestow")
    b.fact("Oren Vask", "launchDate", date("2024-05-03"), evidence="launched on Orion-4 on 3 May 2024")
    b.fact("Oren Vask", "launchDate", date("2019-06-09"), evidence="had launched on Orion-2 on 9 June 2019")
    b.fact("Orion-4", "crewMember", "Oren Vask", evidence="Oren Vask, 52, launched on Orion-4")
    b.fact("Orion-4", "crewMember", "Mira Solvay", evidence="came home on Orion-4")
    b.fact("Mira Solvay", "crewRole", Literal("commander"), evidence="Solvay commanded Orion-4",
           qualifiers={"mission": "Orion-4"})
    b.fact("Oren Vask", "crewRole", Literal("pilot"), evidence="Vask was its pilot", qualifiers={"mission": "Orion-4"})
    b.fact("Orion-2", "crewMember", "Bram Ostrow", evidence="On Orion-2 he flew with Bram Ostrow")
    b.fact("Oren Vask", "flewWith", "Bram Ostrow", evidence="he flew with Bram Ostrow")
    b.fact("Oren Vask", "flewWith", "Mira Solvay", evidence="Oren Vask, 52, launched on Orion-4")
    b.fact("Vesta station", "commander", "Mira Solvay", evidence="Both served as commanders of the Vesta station")
    b.fact("Vesta station", "commander", "Oren Vask", evidence="Both served as commanders of the Vesta station")
    b.fact("Oren Vask", "deathDate", date("2025-10-01"), evidence="Oren Vask died on 1 October 2025",
           confidence=0.7)
    b.fact("Mira Solvay", "nationality", "Ardenia", evidence="Ardenia has sent three astronauts to space")
    return b.build()


def vask_obituary() -> Extraction:
    b = ExtractionBuilder(
        "Oren Vask, who died on 3 October 2025, flew twice. Solvay trained for Orion-1. "
        "Mira Solvay grew up near Harlby, where she was born. Ilse Marrow also has 150 days in space in total. "
        "Vask worked for Orbita Works and for the Ardenian Space Agency. Vask studied at Kestow University. "
        "Solvay flew up on Heron; she and Vask will come home on Kite. "
        "Dara Quill spent 120 days on one flight and has 100 days in space in all.",
        title="Oren Vask, 1972-2025", id="vask-obituary", published="2025-10-05",
    )
    b.entity("Oren Vask", "Astronaut")
    b.entity("Mira Solvay", "Astronaut")
    b.entity("Harlby", "City")
    b.entity("Orion-1", "Mission")
    b.entity("Ilse Marrow", "Astronaut")
    b.entity("Dara Quill", "Astronaut")
    b.entity("Orbita Works", "Organization")
    b.entity("Ardenian Space Agency", "SpaceAgency")
    b.fact("Oren Vask", "employer", "Orbita Works", evidence="Vask worked for Orbita Works")
    b.entity("Kestow University", "School")
    b.entity("Heron", "Spacecraft")
    b.entity("Kite", "Spacecraft")
    b.fact("Mira Solvay", "spacecraft", "Heron", evidence="Solvay flew up on Heron")
    b.fact("Mira Solvay", "spacecraft", "Kite", evidence="she and Vask will come home on Kite", modality="planned")
    b.fact("Oren Vask", "spacecraft", "Kite", evidence="she and Vask will come home on Kite", modality="planned")
    b.fact("Oren Vask", "almaMater", "Kestow University", evidence="Vask studied at Kestow University")
    b.fact("Oren Vask", "employer", "Ardenian Space Agency", evidence="for the Ardenian Space Agency")
    b.fact("Dara Quill", "timeInSpace", days("120"), evidence="Dara Quill spent 120 days on one flight",
           qualifiers={"unit": Literal("day"), "scope": Term("SingleFlight")}, as_of="2025-10-05")
    b.fact("Dara Quill", "timeInSpace", days("100"), evidence="has 100 days in space in all",
           qualifiers={"unit": Literal("day"), "scope": Term("Cumulative")}, as_of="2025-10-05")
    b.fact("Ilse Marrow", "timeInSpace", days("150"), evidence="Ilse Marrow also has 150 days in space in total",
           qualifiers={"unit": Literal("day"), "scope": Term("Cumulative")}, as_of="2025-10-05")
    b.fact("Oren Vask", "deathDate", date("2025-10-03"), evidence="who died on 3 October 2025", confidence=0.7)
    b.fact("Mira Solvay", "birthPlace", "Harlby", evidence="where she was born", confidence=0.6)
    return b.build()


ARTICLES = (solvay_returns, vask_obituary)
