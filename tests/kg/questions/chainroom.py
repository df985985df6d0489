"""A hand-declared newsroom (invented names) whose answers take a second fact: where people come
from (a stated hometown, else the birthplace, beside the region and country they are in);
crewmates stated only as members of one crew, or as riders of one craft on one launch day; the
rocket stated for a flight or a craft, not for the person; employers of two kinds (a company
and an agency), and an agency that selected someone who has no employer; the pilot of a flight
stated as a crew role; and a profile with more facts than a reader takes in at once (three
employers, two awards); roles stated without their flight, in a sentence that names it or not;
the time of one flight said to be the first (in its sentence, or in its headline), and of one
not placed; a launch site placed in a region and, apart, in its country; a flight's return
stated for each of its crew (one of whom flew before), and landing sites of one crew that
disagree.
"""

from __future__ import annotations

from extract.facts import Extraction, Literal, Term
from tests.factories import ExtractionBuilder, date, days


def tessel_crew() -> Extraction:
    b = ExtractionBuilder(
        "The Tessel-4 crew is Arlo Venn, Pia Dremmel and Otto Kasrin. "
        "Tessel-4 lifted off on a Halyard 9 rocket from the Quarry Point spaceport in Dunmere, Norland. "
        "Dremmel will serve as the pilot of Tessel-4, and Venn is its commander. "
        "Venn works for the Norland Space Agency. Dremmel is a test pilot at Corvex Aerospace. "
        "Kasrin flies for Corvex Aerospace. Venn, Dremmel and Kasrin came home on 1 August 2025. "
        "Earth looked small from the capsule. "
        "Dremmel had come back from her first flight on 5 May 2023. "
        "Kasrin, an engineer, studied at the Teller Bay Institute and holds the Norland Star and the Polar Medal; "
        "he served in the Norland Navy and taught at the Teller Bay Institute.",
        title="Tessel-4 is away", id="tessel-crew", published="2025-02-11",
    )
    for name in ("Arlo Venn", "Pia Dremmel", "Otto Kasrin"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    b.entity("Tessel-4", "Spaceflight")
    b.entity("Halyard 9", "LaunchVehicle")
    b.entity("Quarry Point spaceport", "LaunchSite")
    b.entity("Dunmere", "State")
    b.entity("Norland", "Country")
    b.entity("Norland Space Agency", "SpaceAgency")
    b.entity("Corvex Aerospace", "Organization")
    b.entity("Teller Bay Institute", "School")
    b.entity("Norland Navy", "Organization")
    b.entity("Norland Star", "Award")
    b.entity("Polar Medal", "Award")
    b.entity("Earth", "Place")
    for name in ("Arlo Venn", "Pia Dremmel", "Otto Kasrin"):
        b.fact("Tessel-4", "crewMember", name, evidence="The Tessel-4 crew is Arlo Venn, Pia Dremmel and Otto Kasrin")
    b.fact("Tessel-4", "launchVehicle", "Halyard 9", evidence="Tessel-4 lifted off on a Halyard 9 rocket")
    b.fact("Tessel-4", "launchSite", "Quarry Point spaceport", evidence="from the Quarry Point spaceport")
    b.fact("Quarry Point spaceport", "locatedIn", "Dunmere", evidence="Quarry Point spaceport in Dunmere")
    b.fact("Quarry Point spaceport", "locatedIn", "Norland", evidence="Quarry Point spaceport in Dunmere, Norland",
           confidence=0.6)
    b.fact("Pia Dremmel", "crewRole", Literal("pilot"), evidence="Dremmel will serve as the pilot of Tessel-4",
           qualifiers={"mission": "Tessel-4"})
    b.fact("Tessel-4", "commander", "Arlo Venn", evidence="Venn is its commander")
    for name in ("Arlo Venn", "Pia Dremmel", "Otto Kasrin"):
        b.fact(name, "returnDate", date("2025-08-01"), evidence="Venn, Dremmel and Kasrin came home on 1 August 2025")
    b.fact("Pia Dremmel", "returnDate", date("2023-05-05"), evidence="come back from her first flight on 5 May 2023")
    b.fact("Arlo Venn", "employer", "Norland Space Agency", evidence="Venn works for the Norland Space Agency")
    b.fact("Pia Dremmel", "employer", "Corvex Aerospace", evidence="Dremmel is a test pilot at Corvex Aerospace")
    b.fact("Otto Kasrin", "employer", "Corvex Aerospace", evidence="Kasrin flies for Corvex Aerospace")
    b.fact("Otto Kasrin", "occupation", Literal("engineer"), evidence="Kasrin, an engineer")
    b.fact("Otto Kasrin", "almaMater", "Teller Bay Institute", evidence="studied at the Teller Bay Institute")
    b.fact("Otto Kasrin", "award", "Norland Star", evidence="holds the Norland Star")
    b.fact("Otto Kasrin", "award", "Polar Medal", evidence="the Polar Medal")
    b.fact("Otto Kasrin", "employer", "Norland Navy", evidence="he served in the Norland Navy")
    b.fact("Otto Kasrin", "employer", "Teller Bay Institute", evidence="taught at the Teller Bay Institute")
    return b.build()


def gannet_launch() -> Extraction:
    b = ExtractionBuilder(
        "Sela Morrow rode the Gannet capsule to orbit on 3 March 2026. "
        "Bram Ilves was aboard Gannet on 3 March 2026 too. "
        "Gannet was carried by a Brava rocket. "
        "Nils Ostrum had flown Gannet on 9 September 2024. "
        "Morrow was chosen by the Norland Space Agency.",
        title="Gannet flies again", id="gannet-launch", published="2026-03-04",
    )
    for name in ("Sela Morrow", "Bram Ilves", "Nils Ostrum"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    b.entity("Gannet", "Spacecraft")
    b.entity("Brava", "LaunchVehicle")
    b.entity("Norland Space Agency", "SpaceAgency")
    b.fact("Sela Morrow", "selectedBy", "Norland Space Agency", evidence="chosen by the Norland Space Agency")
    b.fact("Sela Morrow", "spacecraft", "Gannet", evidence="Sela Morrow rode the Gannet capsule")
    b.fact("Sela Morrow", "launchDate", date("2026-03-03"), evidence="rode the Gannet capsule to orbit on 3 March 2026")
    b.fact("Bram Ilves", "spacecraft", "Gannet", evidence="Bram Ilves was aboard Gannet")
    b.fact("Bram Ilves", "launchDate", date("2026-03-03"), evidence="was aboard Gannet on 3 March 2026")
    b.fact("Gannet", "launchVehicle", "Brava", evidence="Gannet was carried by a Brava rocket")
    b.fact("Nils Ostrum", "spacecraft", "Gannet", evidence="Nils Ostrum had flown Gannet")
    b.fact("Nils Ostrum", "launchDate", date("2024-09-09"), evidence="had flown Gannet on 9 September 2024")
    return b.build()


def homes() -> Extraction:
    b = ExtractionBuilder(
        "Arlo Venn was born in Hollin, a town in the Marsh Province of Norland, and grew up in Fenwick. "
        "Otto Kasrin was born in Teller Bay in Norland. "
        "Pia Dremmel is a citizen of Norland. Ula Stenberg was born in Harrow, Norland. "
        "Bram Ilves grew up on a farm in the Vell Uplands. Kira Salo is from Corby, Marsh Province.",
        title="Where the Tessel-4 crew come from", id="homes", published="2025-02-01",
    )
    for name in ("Arlo Venn", "Pia Dremmel", "Otto Kasrin"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    b.entity("Ula Stenberg", "Astronaut", aliases=("Stenberg",))
    b.entity("Harrow", "City")
    b.entity("Bram Ilves", "Astronaut", aliases=("Ilves",))
    b.entity("Vell Uplands", "Place")
    b.entity("Kira Salo", "Astronaut", aliases=("Salo",))
    b.entity("Corby", "Place")
    b.entity("Hollin", "City")
    b.entity("Fenwick", "City")
    b.entity("Teller Bay", "City")
    b.entity("Marsh Province", "State")
    b.entity("Norland", "Country")
    b.fact("Arlo Venn", "birthPlace", "Hollin", evidence="Arlo Venn was born in Hollin")
    b.fact("Arlo Venn", "birthPlace", "Marsh Province", evidence="a town in the Marsh Province", confidence=0.6)
    b.fact("Hollin", "locatedIn", "Marsh Province", evidence="Hollin, a town in the Marsh Province")
    b.fact("Marsh Province", "locatedIn", "Norland", evidence="Marsh Province of Norland")
    b.fact("Arlo Venn", "hometown", "Fenwick", evidence="grew up in Fenwick")
    b.fact("Arlo Venn", "nationality", "Norland", evidence="Marsh Province of Norland", confidence=0.6)
    b.fact("Otto Kasrin", "birthPlace", "Teller Bay", evidence="Otto Kasrin was born in Teller Bay")
    b.fact("Otto Kasrin", "nationality", "Norland", evidence="born in Teller Bay in Norland")
    b.fact("Pia Dremmel", "nationality", "Norland", evidence="Pia Dremmel is a citizen of Norland")
    b.fact("Ula Stenberg", "birthPlace", "Harrow", evidence="Ula Stenberg was born in Harrow")
    b.fact("Bram Ilves", "hometown", "Vell Uplands", evidence="Bram Ilves grew up on a farm in the Vell Uplands")
    b.fact("Kira Salo", "hometown", "Corby", evidence="Kira Salo is from Corby")
    b.fact("Corby", "locatedIn", "Marsh Province", evidence="Corby, Marsh Province")
    b.fact("Ula Stenberg", "birthPlace", "Norland", evidence="born in Harrow, Norland", confidence=0.6)
    return b.build()


def tessel_next() -> Extraction:
    b = ExtractionBuilder(
        "Tessel-5 flies next week with Lena Varo and Ivo Kest; Varo, its pilot, is a rookie. "
        "Kest trained as a flight engineer years ago. On his first mission Kest spent 200 days in space. "
        "Varo spent 60 days aboard the station in 2021. Varo landed at Corran Bay; Kest landed at Sable Flats. "
        "Varo and Kest had launched from Norland on 2 June 2025.",
        title="Tessel-5 next", id="tessel-next", published="2025-06-01",
    )
    b.entity("Lena Varo", "Astronaut", aliases=("Varo",))
    b.entity("Ivo Kest", "Astronaut", aliases=("Kest",))
    b.entity("Tessel-5", "Spaceflight")
    b.entity("Corran Bay", "City")
    b.entity("Sable Flats", "City")
    b.fact("Lena Varo", "landingSite", "Corran Bay", evidence="Varo landed at Corran Bay")
    b.fact("Ivo Kest", "landingSite", "Sable Flats", evidence="Kest landed at Sable Flats")
    b.entity("Norland", "Country")
    for name in ("Lena Varo", "Ivo Kest"):
        b.fact(name, "launchSite", "Norland", evidence="Varo and Kest had launched from Norland")
        b.fact(name, "launchDate", date("2025-06-02"), evidence="had launched from Norland on 2 June 2025")
    b.fact("Tessel-5", "crewMember", "Lena Varo", evidence="Tessel-5 flies next week with Lena Varo")
    b.fact("Tessel-5", "crewMember", "Ivo Kest", evidence="Tessel-5 flies next week with Lena Varo and Ivo Kest")
    b.fact("Lena Varo", "crewRole", Literal("pilot"), evidence="Varo, its pilot")
    b.fact("Ivo Kest", "crewRole", Literal("flight engineer"), evidence="Kest trained as a flight engineer")
    for name, figure, said in (("Ivo Kest", "200", "Kest spent 200 days in space"),
                               ("Lena Varo", "60", "Varo spent 60 days aboard the station")):
        b.fact(name, "timeInSpace", days(figure), evidence=said,
               qualifiers={"unit": Literal("day"), "scope": Term("SingleFlight")}, as_of="2025-06-01")
    return b.build()


def sorel_home() -> Extraction:
    b = ExtractionBuilder("Nia Sorel spent 30 days in space.", title="Nia Sorel's first mission ends",
                          id="sorel-home", published="2025-07-01")
    b.entity("Nia Sorel", "Astronaut", aliases=("Sorel",))
    b.fact("Nia Sorel", "timeInSpace", days("30"), evidence="Nia Sorel spent 30 days in space",
           qualifiers={"unit": Literal("day"), "scope": Term("SingleFlight")}, as_of="2025-07-01")
    return b.build()


def kestrel_riders() -> Extraction:
    b = ExtractionBuilder(
        "Oren Pask and Tali Brun launched aboard Kestrel TM-9 from Vostar Cosmodrome on 1 July 1994. "
        "Pask came home on Kestrel TM-10 on 4 November 1994; Brun landed on 2 December 1994. "
        "Pask and Ivo Lend landed in Kestrel TM-10 near Orsk on 4 November 1994.",
        title="Two riders of Kestrel TM-9", id="kestrel-riders", published="1994-12-03")
    for name in ("Oren Pask", "Tali Brun", "Ivo Lend"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    for craft in ("Kestrel TM-9", "Kestrel TM-10"):
        b.entity(craft, "Spacecraft")
    b.entity("Vostar Cosmodrome", "LaunchSite")
    b.entity("Orsk", "City")
    for name in ("Oren Pask", "Ivo Lend"):  # riders of a craft home, stated person by person
        b.fact(name, "spacecraft", "Kestrel TM-10", evidence="landed in Kestrel TM-10")
        b.fact(name, "landingSite", "Orsk", evidence="near Orsk")
        b.fact(name, "returnDate", date("1994-11-04"), evidence="landed in Kestrel TM-10 near Orsk on 4 November 1994")
    for name in ("Oren Pask", "Tali Brun"):
        b.fact(name, "launchVehicle", "Kestrel TM-9", evidence="launched aboard Kestrel TM-9")
        b.fact(name, "launchDate", date("1994-07-01"), evidence="from Vostar Cosmodrome on 1 July 1994")
        b.fact(name, "launchSite", "Vostar Cosmodrome", evidence="from Vostar Cosmodrome")
    b.fact("Oren Pask", "returnDate", date("1994-11-04"), evidence="came home on Kestrel TM-10 on 4 November 1994")
    b.fact("Tali Brun", "returnDate", date("1994-12-02"), evidence="Brun landed on 2 December 1994")
    return b.build()


ARTICLES = (tessel_crew, gannet_launch, homes, tessel_next, sorel_home, kestrel_riders)
