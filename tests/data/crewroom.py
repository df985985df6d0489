"""A second hand-declared newsroom, for the question-type tests: invented people, crews and
craft, with the facts an extractor should find declared by hand (see tests/factories.py).

What it holds on purpose: two people called Berg (and none called Marta Berg), a nickname and
a second spelling of a name, a landing site for one person and only a landing date for
another, a hometown, spacewalk counts stated at two dates, crew roles on two flights, a crew
stated in two articles, a craft type, a rocket, an agency that selected a commander, a
spouse (so a wrong spouse is a stated "no"), a birth date (so a wrong birth year is a stated
"no"), cumulative and single-flight days, a planned return, a person who is not an astronaut,
a record passed on twice, an American and a cosmonaut, and one fact read with low confidence.
"""

from __future__ import annotations

from extract.facts import Extraction, Literal, Term
from kg.store import Store
from tests.factories import ExtractionBuilder, date, days, integer, load_articles

ROOKIE_RECORD = "most spacewalks by a rookie"




def berg_lands() -> Extraction:
    b = ExtractionBuilder(
        "Anna Berg and Tomas Reyes landed near Zhezkent on Sunday after 186 days aboard the Lyra station. "
        "Berg, who grew up in Tallvik, has now made four spacewalks. "
        "Reyes was the commander of Crew-9 and Berg its pilot. "
        "Their capsule, Kestrel, is a Falcon Dragon. "
        "Crew-9 had lifted off on a Vega 5 rocket. "
        "Reyes, an American chosen by the Andean Space Agency in 2009, now has 412 days in space over three flights. "
        "Reyes is married to Eva Reyes, a doctor. "
        "Pavel Korovin, whose name is also spelt Korovine, made six spacewalks. "
        "Korovin flies for Roscosmos. "
        "Berg is Swedish.",
        title="Crew-9 is home", id="berg-lands", url="https://news.example/2024/03/berg-lands",
        published="2024-03-10",
    )
    b.entity("Anna Berg", "Astronaut", aliases=("Berg",))
    b.entity("Tomas Reyes", "Astronaut", aliases=("Reyes",))
    b.entity("Zhezkent", "City")
    b.entity("Lyra station", "SpaceStation")
    b.entity("Tallvik", "City")
    b.entity("Crew-9", "Mission")
    b.entity("Kestrel", "Spacecraft")
    b.entity("Falcon Dragon", "Spacecraft")
    b.entity("Vega 5", "LaunchVehicle")
    b.entity("Andean Space Agency", "SpaceAgency")
    b.entity("Eva Reyes", "Person")
    b.entity("Pavel Korovin", "Astronaut", aliases=("Korovine",))
    b.entity("United States", "Country", aliases=("American",))
    b.entity("Roscosmos", "SpaceAgency")
    b.entity("Sweden", "Country", aliases=("Swedish",))
    b.fact("Tomas Reyes", "nationality", "United States", evidence="Reyes, an American")
    b.fact("Anna Berg", "nationality", "Sweden", evidence="Berg is Swedish")
    b.fact("Pavel Korovin", "employer", "Roscosmos", evidence="Korovin flies for Roscosmos")
    b.fact("Anna Berg", "landingSite", "Zhezkent", evidence="landed near Zhezkent")
    b.fact("Tomas Reyes", "landingSite", "Zhezkent", evidence="landed near Zhezkent")
    b.fact("Anna Berg", "timeInSpace", days("186"), evidence="after 186 days aboard the Lyra station",
           qualifiers={"unit": Literal("day"), "scope": Term("SingleFlight")}, as_of="2024-03-10")
    b.fact("Anna Berg", "hometown", "Tallvik", evidence="who grew up in Tallvik")
    b.fact("Anna Berg", "spacewalkCount", integer("4"), evidence="has now made four spacewalks", as_of="2024-03-10")
    b.fact("Tomas Reyes", "crewRole", Literal("commander"), evidence="Reyes was the commander of Crew-9",
           qualifiers={"mission": "Crew-9"})
    b.fact("Anna Berg", "crewRole", Literal("pilot"), evidence="Berg its pilot", qualifiers={"mission": "Crew-9"})
    b.fact("Crew-9", "crewMember", "Tomas Reyes", evidence="Reyes was the commander of Crew-9")
    b.fact("Crew-9", "crewMember", "Anna Berg", evidence="Berg its pilot")
    b.fact("Crew-9", "commander", "Tomas Reyes", evidence="Reyes was the commander of Crew-9")
    b.fact("Kestrel", "craftType", "Falcon Dragon", evidence="Kestrel, is a Falcon Dragon")
    b.fact("Crew-9", "launchVehicle", "Vega 5", evidence="lifted off on a Vega 5 rocket")
    b.fact("Tomas Reyes", "selectedBy", "Andean Space Agency", evidence="chosen by the Andean Space Agency")
    b.fact("Tomas Reyes", "selectionYear", Literal("2009", "gYear"), evidence="in 2009")
    b.fact("Tomas Reyes", "timeInSpace", days("412"), evidence="now has 412 days in space over three flights",
           qualifiers={"unit": Literal("day"), "scope": Term("Cumulative")}, as_of="2024-03-10")
    b.fact("Tomas Reyes", "spouse", "Eva Reyes", evidence="Reyes is married to Eva Reyes")
    b.fact("Eva Reyes", "occupation", Literal("doctor"), evidence="a doctor")
    b.fact("Pavel Korovin", "spacewalkCount", integer("6"), evidence="made six spacewalks", as_of="2024-03-10",
           confidence=0.55)  # weak (marked as uncertain) but not withheld
    return b.build()


def park_launches() -> Extraction:
    b = ExtractionBuilder(
        "Lina Park, known to her crewmates as Sparky, launched on Crew-9 on 28 August 2023. "
        "Park, born on 2 May 1984, is due back in February 2024. "
        "Anna Berg had made two spacewalks before the flight. "
        "Berg flew as a mission specialist on Crew-7. "
        "Ivo Berg launched on Crew-6 on 3 March 2023. "
        "Reyes has 226 days in space so far. "
        "With six spacewalks, Pavel Korovin took the record for the most spacewalks by a rookie from Nora Vale, "
        "who had made five. Korovin's mark fell when Lina Park made seven.",
        title="Crew-9 lifts off", id="park-launches", published="2023-09-01",
    )
    b.entity("Lina Park", "Astronaut", aliases=("Park", "Sparky"))
    b.entity("Crew-9", "Mission")
    b.entity("Crew-7", "Mission")
    b.entity("Crew-6", "Mission")
    b.entity("Anna Berg", "Astronaut")
    b.entity("Ivo Berg", "Astronaut")
    b.entity("Tomas Reyes", "Astronaut", aliases=("Reyes",))
    b.entity("Pavel Korovin", "Astronaut", aliases=("Korovin",))
    b.entity("Nora Vale", "Astronaut")
    b.entity(ROOKIE_RECORD, "Record")
    b.fact(ROOKIE_RECORD, "measure", Literal("spacewalks"), evidence="the most spacewalks by a rookie")
    b.fact("Pavel Korovin", "holdsRecord", integer("6"), evidence="Pavel Korovin took the record",
           qualifiers={"record": ROOKIE_RECORD, "previousHolder": "Nora Vale"})
    b.fact("Nora Vale", "holdsRecord", integer("5"), evidence="who had made five", qualifiers={"record": ROOKIE_RECORD})
    b.fact("Lina Park", "holdsRecord", integer("7"), evidence="Korovin's mark fell when Lina Park made seven",
           qualifiers={"record": ROOKIE_RECORD, "previousHolder": "Pavel Korovin"})
    b.fact("Lina Park", "launchDate", date("2023-08-28"), evidence="launched on Crew-9 on 28 August 2023",
           as_of="2023-09-01")
    b.fact("Crew-9", "crewMember", "Lina Park", evidence="launched on Crew-9")
    b.fact("Lina Park", "birthDate", date("1984-05-02"), evidence="born on 2 May 1984")
    b.fact("Lina Park", "returnDate", date("2024-02"), evidence="is due back in February 2024", as_of="2023-09-01",
           modality="planned")
    b.fact("Anna Berg", "spacewalkCount", integer("2"), evidence="had made two spacewalks", as_of="2023-09-01")
    b.fact("Anna Berg", "crewRole", Literal("mission specialist"), evidence="flew as a mission specialist on Crew-7",
           qualifiers={"mission": "Crew-7"})
    b.fact("Ivo Berg", "launchDate", date("2023-03-03"), evidence="launched on Crew-6 on 3 March 2023",
           as_of="2023-09-01")
    b.fact("Tomas Reyes", "timeInSpace", days("226"), evidence="has 226 days in space so far",
           qualifiers={"unit": Literal("day"), "scope": Term("Cumulative")}, as_of="2023-09-01")
    return b.build()


ARTICLES = (berg_lands, park_launches)


def load(store: Store) -> None:
    """Write every article into the store (real resolution and mapping)."""
    load_articles(store, ARTICLES)
