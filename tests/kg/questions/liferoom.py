"""A hand-declared newsroom of careers and lives (invented names), for the ways people ask about
them: a selection dated to the month by its agency, asked as becoming a cosmonaut, being
recruited or named an astronaut; an agency's class of astronaut candidates of two years; places
of birth and death the articles give without their kind ("died in Tressa"), one told as a
region ("born in eastern Drava"), one named as a county, one typed as a country; a death told with
its date, cause and age, asked as passing away; a school someone graduated from, asked as a college."""

from __future__ import annotations

from extract.facts import Extraction, Literal
from tests.factories import ExtractionBuilder, date, integer


def veldt_obituary() -> Extraction:
    b = ExtractionBuilder(
        "Oskar Veldt, who was born in Harlund, died in Tressa on Monday. "
        "The Norvik Space Agency selected Veldt as a cosmonaut in April 2009. "
        "Ilka Morrow, his first commander, was born in eastern Drava. "
        "Bo Kessler died at his home in Kessel County last year. "
        "Runa Halm was born in Norvik.",
        title="Oskar Veldt dies", id="veldt-obituary", published="2024-03-05",
    )
    b.entity("Norvik Space Agency", "SpaceAgency")
    for name in ("Oskar Veldt", "Ilka Morrow", "Bo Kessler", "Runa Halm"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    for place in ("Harlund", "Tressa", "Drava", "Kessel County"):
        b.entity(place, "Place")
    b.entity("Norvik", "Country")
    b.fact("Oskar Veldt", "birthPlace", "Harlund", evidence="was born in Harlund")
    b.fact("Oskar Veldt", "deathPlace", "Tressa", evidence="died in Tressa")
    b.fact("Oskar Veldt", "selectedBy", "Norvik Space Agency", evidence="The Norvik Space Agency selected Veldt")
    b.fact("Oskar Veldt", "selectionYear", Literal("2009", "gYear"), evidence="as a cosmonaut in April 2009")
    b.fact("Oskar Veldt", "selectionDate", Literal("2009-04", "gYearMonth"), evidence="as a cosmonaut in April 2009")
    b.fact("Ilka Morrow", "birthPlace", "Drava", evidence="was born in eastern Drava")
    b.fact("Bo Kessler", "deathPlace", "Kessel County", evidence="died at his home in Kessel County")
    b.fact("Runa Halm", "birthPlace", "Norvik", evidence="Runa Halm was born in Norvik")
    return b.build()


def norvik_class() -> Extraction:
    b = ExtractionBuilder(
        "The Norvik Space Agency named Ana Brill and Cato Senn as its 2021 astronaut candidates. "
        "They join Lio Pask, chosen in 2017.",
        title="Norvik names two", id="norvik-2021", published="2021-12-06",
    )
    b.entity("Norvik Space Agency", "SpaceAgency")
    for name in ("Ana Brill", "Cato Senn", "Lio Pask"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
        b.fact(name, "selectedBy", "Norvik Space Agency", evidence="The Norvik Space Agency named")
    for name in ("Ana Brill", "Cato Senn"):
        b.fact(name, "selectionYear", Literal("2021", "gYear"), evidence="its 2021 astronaut candidates")
    b.fact("Lio Pask", "selectionYear", Literal("2017", "gYear"), evidence="chosen in 2017")
    return b.build()


def dorn_obituary() -> Extraction:
    b = ExtractionBuilder(
        "Mara Dorn, 71, died of heart failure in Selby on 2 May 2023.",
        title="Mara Dorn dies", id="dorn-obituary", published="2023-05-03",
    )
    b.entity("Mara Dorn", "Astronaut", aliases=("Dorn",))
    b.entity("Selby", "City")
    b.fact("Mara Dorn", "deathDate", date("2023-05-02"), evidence="on 2 May 2023")
    b.fact("Mara Dorn", "deathPlace", "Selby", evidence="in Selby")
    b.fact("Mara Dorn", "causeOfDeath", Literal("heart failure"), evidence="died of heart failure")
    b.fact("Mara Dorn", "age", integer("71"), evidence="Mara Dorn, 71", qualifiers={"unit": Literal("year")},
           as_of="2023-05-03")
    return b.build()


def brill_profile() -> Extraction:
    b = ExtractionBuilder("Ana Brill graduated from Kessa University in 2010.", title="Who is Ana Brill?",
                          id="brill-profile", published="2021-12-07")
    b.entity("Ana Brill", "Astronaut", aliases=("Brill",))
    b.entity("Kessa University", "School")
    b.fact("Ana Brill", "almaMater", "Kessa University", evidence="graduated from Kessa University")
    return b.build()


ARTICLES = (veldt_obituary, norvik_class, dorn_obituary, brill_profile)
