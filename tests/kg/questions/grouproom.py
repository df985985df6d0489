"""A hand-declared newsroom of crews of several nations, with invented people: roles held by
Americans, Russians and Japanese on one flight, a flight whose pilot is of no group asked, a
flight's commander told as the commander of its crew, a title held by two people, each
stated by an article of its own year, a crew of two agencies, and a landing in a country no
crew member is of.
"""

from __future__ import annotations

from extract.facts import Extraction, Literal
from tests.factories import ExtractionBuilder

#: The crew of Vela-7: name, alias, role, country.
VELA_7 = (("Ansel Rook", "Rook", "commander", "United States"),
          ("Dima Orlov", "Orlov", "pilot", "Russia"),
          ("Kenji Arata", "Arata", "flight engineer", "Japan"),
          ("Lev Sarkov", "Sarkov", "flight engineer", "Russia"),
          ("Mae Tollan", "Tollan", "mission specialist", "United States"))


#: Where the article states each country's people.
_SAID = {"United States": "Rook and Tollan are American", "Russia": "Orlov and Sarkov Russian",
         "Japan": "Arata Japanese"}


def a_crew_of_three_nations() -> Extraction:
    b = ExtractionBuilder(
        "Vela-7 flew with Ansel Rook as commander, Dima Orlov as pilot, Kenji Arata and Lev Sarkov as flight "
        "engineers and Mae Tollan as mission specialist. Rook and Tollan are American. Orlov and Sarkov "
        "Russian. Arata Japanese.",
        title="Vela-7 crew", id="vela-7-crew", published="2024-05-02",
    )
    b.entity("Vela-7", "Mission")
    for country in ("United States", "Russia", "Japan"):
        b.entity(country, "Country")
    for name, alias, role, country in VELA_7:
        b.entity(name, "Astronaut", aliases=(alias,))
        told = f"{name} as {role}"
        b.fact("Vela-7", "crewMember", name, evidence=told if role != "flight engineer" else alias)
        b.fact(name, "crewRole", Literal(role), evidence=told if role != "flight engineer" else "as flight engineers",
               qualifiers={"mission": "Vela-7"})
        b.fact(name, "nationality", country, evidence=_SAID[country])
    b.fact("Vela-7", "commander", "Ansel Rook", evidence="Ansel Rook as commander")
    return b.build()


def a_pilot_of_another_nation() -> Extraction:
    b = ExtractionBuilder(
        "Vela-8 launched with Ona Brevik as pilot and Yuri Dolin as flight engineer. Brevik is Norwegian; "
        "Dolin is a Russian cosmonaut.",
        title="Vela-8 crew", id="vela-8-crew", published="2024-09-12",
    )
    b.entity("Vela-8", "Mission")
    b.entity("Norway", "Country")
    b.entity("Russia", "Country")
    for name, alias, role, country, said in (("Ona Brevik", "Brevik", "pilot", "Norway", "Brevik is Norwegian"),
                                             ("Yuri Dolin", "Dolin", "flight engineer", "Russia",
                                              "Dolin is a Russian cosmonaut")):
        b.entity(name, "Astronaut", aliases=(alias,))
        b.fact("Vela-8", "crewMember", name, evidence=f"{name} as {role}")
        b.fact(name, "crewRole", Literal(role), evidence=f"{name} as {role}", qualifiers={"mission": "Vela-8"})
        b.fact(name, "nationality", country, evidence=said)
    return b.build()


def a_commander_without_a_role() -> Extraction:
    b = ExtractionBuilder(
        "Hana Lusk commanded Vela-9, which also carried Piet Joran and Ulla Segg.",
        title="Vela-9 lands", id="vela-9-lands", published="2025-01-20",
    )
    b.entity("Vela-9", "Mission")
    for name, alias in (("Hana Lusk", "Lusk"), ("Piet Joran", "Joran"), ("Ulla Segg", "Segg")):
        b.entity(name, "Astronaut", aliases=(alias,))
        b.fact("Vela-9", "crewMember", name, evidence=name)
    b.fact("Vela-9", "commander", "Hana Lusk", evidence="Hana Lusk commanded Vela-9")
    return b.build()


def a_crew_of_two_agencies() -> Extraction:
    b = ExtractionBuilder(
        "Vela-10 carried Tarek Moss, a Helix Agency astronaut, with Ivo Brand and Sela Quon of the Corvan "
        "Space Agency.",
        title="Vela-10 crew", id="vela-10-crew", published="2025-03-02",
    )
    b.entity("Vela-10", "Mission")
    for agency in ("Helix Agency", "Corvan Space Agency"):
        b.entity(agency, "SpaceAgency")
    for name, alias, agency, said in (("Tarek Moss", "Moss", "Helix Agency", "Tarek Moss, a Helix Agency astronaut"),
                                      ("Ivo Brand", "Brand", "Corvan Space Agency", "Ivo Brand and Sela Quon of the"),
                                      ("Sela Quon", "Quon", "Corvan Space Agency", "Sela Quon of the Corvan")):
        b.entity(name, "Astronaut", aliases=(alias,))
        b.fact("Vela-10", "crewMember", name, evidence=name)
        b.fact(name, "employer", agency, evidence=said)
    return b.build()


def a_landing_abroad() -> Extraction:
    b = ExtractionBuilder(
        "Lev Sarkov, born in Tarsk, landed in Kazakhstan on Tuesday.",
        title="Sarkov is home", id="sarkov-lands", published="2024-11-02",
    )
    b.entity("Lev Sarkov", "Astronaut", aliases=("Sarkov",))
    b.entity("Kazakhstan", "Country")
    b.entity("Tarsk", "City")
    b.fact("Lev Sarkov", "landingSite", "Kazakhstan", evidence="landed in Kazakhstan on Tuesday")
    b.fact("Lev Sarkov", "birthPlace", "Tarsk", evidence="Lev Sarkov, born in Tarsk")
    return b.build()


ARTICLES = (a_crew_of_three_nations, a_pilot_of_another_nation, a_commander_without_a_role, a_crew_of_two_agencies,
            a_landing_abroad)
