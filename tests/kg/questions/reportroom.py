"""A hand-declared newsroom of facts as real reports state them (read from unseen news pages,
rewritten with invented people): a crew as announced (roles only planned), a career total
beside an older dated stay, a running total the text does not call one, records that share a
scope but not a measure, a launch site beside the country it lies in, a crew told over two
sentences of which only one names the Earth they returned to, and a spacewalking
total, a selection year and a hometown asked in a reader's words; an undated obituary whose
ages (at death, and at a first flight) carry no date; a career's spacewalk count told beside "his
first spacewalk"; a flight whose launch and landing are told of its people.
"""

from __future__ import annotations

from extract.facts import Extraction, Literal, Term
from tests.factories import ExtractionBuilder, date, days, integer

US_DAYS = "cumulative days in space (US)"
US_WOMEN_WALKS = "cumulative spacewalk count (US women)"


def crew_named() -> Extraction:
    b = ExtractionBuilder(
        "Orla Fenn will command Crew-14, with Tavi Rusk as pilot and Ines Moro as mission specialist. "
        "Fenn, a Lakeby native, was selected in 2013. Moro is a cosmonaut of Roscosmos.",
        title="Crew-14 crew named", id="crew-14-named", published="2025-03-01",
    )
    b.entity("Orla Fenn", "Astronaut", aliases=("Fenn",))
    b.entity("Tavi Rusk", "Astronaut", aliases=("Rusk",))
    b.entity("Ines Moro", "Astronaut", aliases=("Moro",))
    b.entity("Crew-14", "Mission")
    b.entity("Lakeby", "City")
    b.fact("Crew-14", "commander", "Orla Fenn", evidence="Orla Fenn will command Crew-14", modality="planned")
    b.fact("Orla Fenn", "crewRole", Literal("commander"), evidence="Orla Fenn will command Crew-14",
           qualifiers={"mission": "Crew-14"}, modality="planned")
    b.fact("Crew-14", "crewMember", "Tavi Rusk", evidence="with Tavi Rusk as pilot", modality="planned")
    b.fact("Tavi Rusk", "crewRole", Literal("pilot"), evidence="with Tavi Rusk as pilot",
           qualifiers={"mission": "Crew-14"}, modality="planned")
    b.fact("Crew-14", "crewMember", "Ines Moro", evidence="Ines Moro as mission specialist", modality="planned")
    b.fact("Ines Moro", "crewRole", Literal("mission specialist"), evidence="Ines Moro as mission specialist",
           qualifiers={"mission": "Crew-14"}, modality="planned")
    b.entity("Roscosmos", "SpaceAgency")
    b.fact("Ines Moro", "employer", "Roscosmos", evidence="Moro is a cosmonaut of Roscosmos")
    b.fact("Orla Fenn", "hometown", "Lakeby", evidence="Fenn, a Lakeby native")
    b.fact("Orla Fenn", "selectionYear", Literal("2013", "gYear"), evidence="was selected in 2013")
    return b.build()


def totals() -> Extraction:
    b = ExtractionBuilder(
        "Quinn Harrow, who will retire in April, spent 171 days on the station from October 2020 to March 2021. "
        "Harrow holds the U.S. record for days in space, 410 over four flights. "
        "Dessa Lorne's running total stands at 612 days in space, and she has made the most spacewalks by a woman. "
        "Kel Arno has logged 31 hours and 12 minutes spacewalking. "
        "Arno lifted off from Cape Canaveral, Florida, and so flew from U.S. soil like his mentor. "
        "Arno and Lorne returned to Earth on Tuesday. Harrow joined them.",
        title="Harrow to retire", id="harrow-retires", published="2025-03-10",
    )
    b.entity("Quinn Harrow", "Astronaut", aliases=("Harrow",))
    b.entity("Dessa Lorne", "Astronaut", aliases=("Lorne",))
    b.entity("Kel Arno", "Astronaut", aliases=("Arno",))
    b.entity(US_DAYS, "Record")
    b.entity(US_WOMEN_WALKS, "Record")
    b.fact("Quinn Harrow", "timeInSpace", days("171"), evidence="spent 171 days on the station",
           qualifiers={"unit": Literal("day")}, as_of="2021-03")
    b.fact("Quinn Harrow", "timeInSpace", days("410"), evidence="410 over four flights",
           qualifiers={"unit": Literal("day"), "scope": Term("Cumulative")})
    b.fact("Dessa Lorne", "timeInSpace", days("612"), evidence="running total stands at 612 days in space",
           qualifiers={"unit": Literal("day")}, as_of="2025-03-10")
    b.fact(US_DAYS, "measure", Literal("cumulative days in space"), evidence="the U.S. record for days in space")
    b.fact(US_DAYS, "recordScope", Literal("US"), evidence="the U.S. record for days in space")
    b.fact("Quinn Harrow", "holdsRecord", days("410"), evidence="holds the U.S. record for days in space",
           qualifiers={"record": US_DAYS, "unit": Literal("day")})
    b.fact(US_WOMEN_WALKS, "measure", Literal("cumulative spacewalk count"), evidence="the most spacewalks by a woman")
    b.fact(US_WOMEN_WALKS, "recordScope", Literal("US women"), evidence="the most spacewalks by a woman")
    b.fact("Dessa Lorne", "holdsRecord", integer("10"), evidence="has made the most spacewalks by a woman",
           qualifiers={"record": US_WOMEN_WALKS, "unit": Literal("spacewalk")})
    b.entity("Cape Canaveral", "LaunchSite")
    b.entity("Florida", "State")
    b.entity("United States", "Country", aliases=("U.S.",))
    b.fact("Cape Canaveral", "locatedIn", "Florida", evidence="Cape Canaveral, Florida")
    b.fact("Kel Arno", "launchSite", "Cape Canaveral", evidence="Arno lifted off from Cape Canaveral")
    b.fact("Kel Arno", "launchSite", "United States", evidence="flew from U.S. soil")
    b.entity("Earth", "CelestialBody")
    b.fact("Kel Arno", "flewWith", "Dessa Lorne", evidence="Arno and Lorne returned to Earth on Tuesday")
    b.fact("Quinn Harrow", "flewWith", "Kel Arno", evidence="Harrow joined them")
    b.fact("Kel Arno", "spacewalkDuration", days("1872"), evidence="31 hours and 12 minutes spacewalking",
           qualifiers={"unit": Literal("minute")})
    return b.build()


def craft_and_ages() -> Extraction:
    b = ExtractionBuilder(
        "Rona Vitt is aboard the Kelda station. Jory Tamm reached Kelda aboard the Lantern capsule. "
        "Ivo Sarn launched on a Torch-2 rocket in 1971, and in 1974 stepped out of his Vesna 3 spacecraft. "
        "Bram Ostler, who returned to space in 1998 at the age of 77, has died aged 95. "
        "Cal Renner, who flew in 1990 at 58, died on 1 May 2020, at 88. "
        "Pia Lark launched on the Ember craft and arrived at Kelda two days later.",
        title="Craft and ages", id="craft-and-ages", published="2020-05-02",
    )
    for name, alias in (("Rona Vitt", "Vitt"), ("Jory Tamm", "Tamm"), ("Ivo Sarn", "Sarn"),
                        ("Bram Ostler", "Ostler"), ("Cal Renner", "Renner")):
        b.entity(name, "Astronaut", aliases=(alias,))
    b.entity("Kelda", "SpaceStation")
    b.entity("Lantern", "Spacecraft")
    b.entity("Torch-2", "LaunchVehicle")
    b.entity("Vesna 3", "Spacecraft")
    b.fact("Rona Vitt", "spacecraft", "Kelda", evidence="Rona Vitt is aboard the Kelda station")
    b.fact("Jory Tamm", "spacecraft", "Kelda", evidence="Jory Tamm reached Kelda")
    b.fact("Jory Tamm", "spacecraft", "Lantern", evidence="aboard the Lantern capsule")
    b.entity("Pia Lark", "Astronaut", aliases=("Lark",))
    b.entity("Ember", "Spacecraft")
    b.fact("Pia Lark", "launchVehicle", "Ember", evidence="Pia Lark launched on the Ember craft")
    b.fact("Pia Lark", "spacecraft", "Kelda", evidence="arrived at Kelda")
    b.fact("Ivo Sarn", "launchVehicle", "Torch-2", evidence="launched on a Torch-2 rocket")
    b.fact("Ivo Sarn", "spacecraft", "Vesna 3", evidence="stepped out of his Vesna 3 spacecraft")
    b.fact("Bram Ostler", "age", integer("77"), evidence="in 1998 at the age of 77",
           qualifiers={"unit": Literal("year")}, as_of="1998")
    b.fact("Bram Ostler", "age", integer("95"), evidence="has died aged 95", qualifiers={"unit": Literal("year")})
    b.fact("Cal Renner", "age", integer("58"), evidence="flew in 1990 at 58", qualifiers={"unit": Literal("year")},
           as_of="1990")
    b.fact("Cal Renner", "age", integer("88"), evidence="at 88", qualifiers={"unit": Literal("year")})
    b.fact("Cal Renner", "deathDate", date("2020-05-01"), evidence="died on 1 May 2020")
    return b.build()


def undated_obituary() -> Extraction:
    b = ExtractionBuilder(
        "Tilda Marsh died at her home in Lakeby. She was 61. Marsh first flew when she was 32.",
        title="Tilda Marsh dies", id="marsh-obituary",
    )
    b.entity("Tilda Marsh", "Astronaut", aliases=("Marsh",))
    b.entity("Lakeby", "City")
    b.fact("Tilda Marsh", "deathPlace", "Lakeby", evidence="died at her home in Lakeby")
    b.fact("Tilda Marsh", "age", integer("61"), evidence="She was 61", qualifiers={"unit": Literal("year")})
    b.fact("Tilda Marsh", "age", integer("32"), evidence="when she was 32", qualifiers={"unit": Literal("year")})
    return b.build()


def roles_of_a_crew() -> Extraction:
    b = ExtractionBuilder(
        "Lumen-9 flew with Dara Venn as payload specialist, Oskar Pell as flight engineer and Hale Imre as pilot. "
        "Sten Koll was its commander, with Ruth Amsel as command module pilot.",
        title="Lumen-9 crew", id="lumen-9-crew", published="2024-06-01",
    )
    b.entity("Lumen-9", "Mission")
    for name, alias, role in (("Dara Venn", "Venn", "payload specialist"), ("Oskar Pell", "Pell", "flight engineer"),
                              ("Hale Imre", "Imre", "pilot"), ("Sten Koll", "Koll", "commander"),
                              ("Ruth Amsel", "Amsel", "command module pilot")):
        b.entity(name, "Astronaut", aliases=(alias,))
        told = f"{name} as {role}" if role != "commander" else "Sten Koll was its commander"
        b.fact("Lumen-9", "crewMember", name, evidence=told)
        b.fact(name, "crewRole", Literal(role), evidence=told, qualifiers={"mission": "Lumen-9"})
    return b.build()


def a_career_told_back() -> Extraction:
    b = ExtractionBuilder(
        "Arkady Lenz made his first spacewalk in 1990; it lasted seven hours. Over his career Lenz conducted "
        "12 spacewalks.",
        title="Lenz at 75", id="lenz-75", published="2024-01-16",
    )
    b.entity("Arkady Lenz", "Astronaut", aliases=("Lenz",))
    b.fact("Arkady Lenz", "spacewalkCount", integer("1"), evidence="made his first spacewalk")
    b.fact("Arkady Lenz", "spacewalkCount", integer("12"), evidence="conducted 12 spacewalks")
    return b.build()


def a_flight_told_by_its_people() -> Extraction:
    b = ExtractionBuilder(
        "Lumen-12 carried Vera Kost and Amos Reed. Kost and Reed lifted off from Port Allin on Monday. "
        "Kost landed at Salt Flat, Reed at Dry Lake. Ilse Marr, who flew before, launched from Cape Orrin.",
        title="Lumen-12 flies", id="lumen-12", published="2024-05-20",
    )
    b.entity("Lumen-12", "Spaceflight")
    for name, alias in (("Vera Kost", "Kost"), ("Amos Reed", "Reed"), ("Ilse Marr", "Marr")):
        b.entity(name, "Astronaut", aliases=(alias,))
    for place in ("Port Allin", "Cape Orrin", "Salt Flat", "Dry Lake"):
        b.entity(place, "Place")
    b.fact("Lumen-12", "commander", "Vera Kost", evidence="Lumen-12 carried Vera Kost")
    b.fact("Lumen-12", "crewMember", "Amos Reed", evidence="Lumen-12 carried Vera Kost and Amos Reed")
    b.fact("Lumen-12", "crewMember", "Ilse Marr", evidence="Lumen-12 carried")
    b.fact("Vera Kost", "launchSite", "Port Allin", evidence="Kost and Reed lifted off from Port Allin")
    b.fact("Amos Reed", "launchSite", "Port Allin", evidence="Kost and Reed lifted off from Port Allin")
    b.fact("Ilse Marr", "launchSite", "Cape Orrin", evidence="launched from Cape Orrin")
    b.fact("Vera Kost", "landingSite", "Salt Flat", evidence="Kost landed at Salt Flat")
    b.fact("Amos Reed", "landingSite", "Dry Lake", evidence="Reed at Dry Lake")
    return b.build()


def a_landing_told_to_the_town() -> Extraction:
    b = ExtractionBuilder(
        "Lumen-14 brought Ona Pell and Dov Ruiz home. The pair landed in Kazakhstan, southeast of Dzhezkazgan.",
        title="Lumen-14 lands", id="lumen-14", published="2024-09-02",
    )
    b.entity("Lumen-14", "Spaceflight")
    b.entity("Ona Pell", "Astronaut", aliases=("Pell",))
    b.entity("Dov Ruiz", "Astronaut", aliases=("Ruiz",))
    b.entity("Kazakhstan", "Country")
    b.entity("Dzhezkazgan", "Place")
    b.fact("Dzhezkazgan", "locatedIn", "Kazakhstan", evidence="Kazakhstan, southeast of Dzhezkazgan")
    for name in ("Ona Pell", "Dov Ruiz"):
        b.fact("Lumen-14", "crewMember", name, evidence="Lumen-14 brought Ona Pell and Dov Ruiz home")
        b.fact(name, "landingSite", "Kazakhstan", evidence="The pair landed in Kazakhstan")
    b.fact("Dov Ruiz", "landingSite", "Dzhezkazgan", evidence="landed in Kazakhstan, southeast of Dzhezkazgan")
    return b.build()


ARTICLES = (crew_named, totals, craft_and_ages, undated_obituary, roles_of_a_crew, a_career_told_back,
            a_flight_told_by_its_people, a_landing_told_to_the_town)
