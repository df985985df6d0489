"""A hand-declared newsroom (invented names) of values told at two precisions and of a person
married more than once: a flight's launch site told only as its plan before a launch that
is reported, and another's before a landing that is not; a flight's craft and its pilot beside
its commander; a crew's launch told without its year; a flight's launch told by its month in
one article and by its day in another, a birth told by its year and by its day, two flights in
one year and another year (no date refines another), and a man with an ex-wife and a wife, for
the reconciling of an answer's values (kg/questions/dates.py, kg/questions/checks.py ``agreed``)."""

from __future__ import annotations

from extract.facts import Extraction, Literal
from tests.factories import ExtractionBuilder, date


def early_word() -> Extraction:
    b = ExtractionBuilder(
        "Kestrel-9 is to lift off in March 2031 with Ivo Marrek aboard. "
        "It will launch from Harrow Point and Wren-2 will land on the Moss Flats. "
        "Marrek, born in 1979, trained for six years. "
        "Marrek's wife, Suli Marrek, will watch from the pad.",
        title="Kestrel-9 crew named", id="early-word", published="2030-11-02",
    )
    b.entity("Kestrel-9", "Spaceflight")
    b.entity("Wren-2", "Spaceflight")
    b.entity("Harrow Point", "LaunchSite")
    b.entity("Moss Flats", "Place")
    b.entity("Ivo Marrek", "Astronaut", aliases=("Marrek",))
    b.entity("Suli Marrek", "Person")
    b.fact("Kestrel-9", "launchSite", "Harrow Point", evidence="It will launch from Harrow Point", modality="planned")
    b.fact("Wren-2", "landingSite", "Moss Flats", evidence="Wren-2 will land on the Moss Flats", modality="planned")
    b.fact("Kestrel-9", "launchDate", date("2031-03"), evidence="Kestrel-9 is to lift off in March 2031")
    b.fact("Ivo Marrek", "birthDate", date("1979"), evidence="Marrek, born in 1979")
    b.fact("Ivo Marrek", "spouse", "Suli Marrek", evidence="Marrek's wife, Suli Marrek")
    return b.build()


def launch_day() -> Extraction:
    b = ExtractionBuilder(
        "Kestrel-9 lifted off on 14 March 2031 carrying Ivo Marrek. "
        "Marrek was born on 2 June 1979 in Tessby. "
        "Marrek was married to Oda Venn from 2001 to 2012 before they divorced. "
        "Wren-2 launched on 3 May 2031 and Wren-1 in 2029. "
        "Wren-2 flew from the Tessby Launch Center aboard the Osprey capsule. "
        "Its commander is Hal Dunmore and its pilot is Ria Castell. "
        "Dunmore will command Wren-3 with Castell aboard. "
        "The Wren-3 spaceplane is VSS Tern. "
        "Dunmore had flown Wren-1.",
        title="Kestrel-9 is flying", id="launch-day", published="2031-03-15",
    )
    b.entity("Kestrel-9", "Spaceflight")
    b.entity("Wren-1", "Spaceflight")
    b.entity("Wren-2", "Spaceflight")
    b.entity("Ivo Marrek", "Astronaut", aliases=("Marrek",))
    b.entity("Oda Venn", "Person")
    b.entity("Tessby Launch Center", "LaunchSite")
    b.entity("Osprey", "Spacecraft")
    b.entity("Hal Dunmore", "Astronaut", aliases=("Dunmore",))
    b.entity("Ria Castell", "Astronaut", aliases=("Castell",))
    b.fact("Wren-2", "launchSite", "Tessby Launch Center", evidence="Wren-2 flew from the Tessby Launch Center")
    b.fact("Wren-2", "spacecraft", "Osprey", evidence="aboard the Osprey capsule")
    b.fact("Wren-2", "commander", "Hal Dunmore", evidence="Its commander is Hal Dunmore")
    b.fact("Wren-2", "crewMember", "Hal Dunmore", evidence="Its commander is Hal Dunmore")
    b.fact("Wren-2", "crewMember", "Ria Castell", evidence="its pilot is Ria Castell")
    b.entity("Wren-3", "Spaceflight")
    b.entity("VSS Tern", "Organization")  # a spaceplane the extractor took for a company
    b.fact("Wren-3", "spacecraft", "VSS Tern", evidence="The Wren-3 spaceplane is VSS Tern")
    b.fact("Wren-3", "commander", "Hal Dunmore", evidence="Dunmore will command Wren-3")
    for name in ("Hal Dunmore", "Ria Castell"):
        b.fact("Wren-3", "crewMember", name, evidence="Dunmore will command Wren-3 with Castell aboard")
    b.fact("Ria Castell", "crewRole", Literal("pilot"), evidence="its pilot is Ria Castell",
           qualifiers={"mission": "Wren-2"})
    b.fact("Kestrel-9", "launchDate", date("2031-03-14"), evidence="Kestrel-9 lifted off on 14 March 2031")
    b.fact("Ivo Marrek", "birthDate", date("1979-06-02"), evidence="Marrek was born on 2 June 1979")
    b.fact("Ivo Marrek", "spouse", "Oda Venn", evidence="Marrek was married to Oda Venn from 2001 to 2012",
           modality="former", confidence=0.85)
    b.fact("Wren-2", "launchDate", date("2031-05-03"), evidence="Wren-2 launched on 3 May 2031")
    b.fact("Wren-1", "launchDate", date("2029"), evidence="Wren-1 in 2029")
    b.fact("Wren-1", "crewMember", "Hal Dunmore", evidence="Dunmore had flown Wren-1")
    return b.build()


def no_year() -> Extraction:
    b = ExtractionBuilder(
        "Tal Orin and Bex Marl, the Wren-4 crew, lifted off on 1 April.",
        title="Wren-4 is up", id="no-year",
    )
    b.entity("Wren-4", "Spaceflight")
    for name in ("Tal Orin", "Bex Marl"):
        b.entity(name, "Astronaut")
        b.fact("Wren-4", "crewMember", name, evidence="Tal Orin and Bex Marl, the Wren-4 crew")
        b.fact(name, "launchDate", Literal("--04-01", "gMonthDay"), evidence="lifted off on 1 April")
    return b.build()


ARTICLES = (early_word, launch_day, no_year)
