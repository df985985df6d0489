"""A hand-declared newsroom (invented names) for questions the graph answers only in part:
command of a station that passed from one person to another (the graph holds each commander,
never who handed over to whom), and numbered expeditions with their commanders (one gap);
a handover stated as such; spouses stated as current, as former ("ex-wife") and of a person who has died ("widow");
parents and children (a mother stated as such, a father not), a founder and a chief executive; a
flight whose landing site and date are stated for each of its crew, read from a list of names
(each fact unsure, together sure); one person on two flights, whose crewmates are asked in
other words than "flew with"; degrees of several kinds, and one named only as "a degree".
"""

from __future__ import annotations

from extract.facts import Extraction, Literal
from tests.factories import ExtractionBuilder, date


def halden_command() -> Extraction:
    b = ExtractionBuilder(
        "Ossi Brand handed command of Halden Station to Mira Lusk on Tuesday. "
        "Brand had commanded the outpost since March; Lusk now commands Halden Station. "
        "Brand, Lusk and Pell Arrow flew to Halden Station aboard Corvin-7.",
        title="A new commander for Halden Station", id="halden-command", published="2026-04-14",
    )
    for name in ("Ossi Brand", "Mira Lusk", "Pell Arrow"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    b.entity("Halden Station", "SpaceStation")
    b.entity("Corvin-7", "Spaceflight")
    b.fact("Halden Station", "commander", "Ossi Brand", evidence="Brand had commanded the outpost since March")
    b.fact("Halden Station", "commander", "Mira Lusk", evidence="Lusk now commands Halden Station")
    for name in ("Ossi Brand", "Mira Lusk", "Pell Arrow"):
        b.fact("Corvin-7", "crewMember", name, evidence="Brand, Lusk and Pell Arrow flew to Halden Station aboard "
                                                        "Corvin-7", confidence=0.6)
    return b.build()


def corvin_home() -> Extraction:
    b = ExtractionBuilder(
        "Brand, Lusk and Arrow landed on the Moss Plain on 9 September 2026.",
        title="Corvin-7 crew back on the Moss Plain", id="corvin-home", published="2026-09-10",
    )
    for name in ("Ossi Brand", "Mira Lusk", "Pell Arrow"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    b.entity("Moss Plain", "Place")
    for name in ("Ossi Brand", "Mira Lusk", "Pell Arrow"):
        b.fact(name, "landingSite", "Moss Plain", evidence="Brand, Lusk and Arrow landed on the Moss Plain",
               confidence=0.6)
        b.fact(name, "returnDate", date("2026-09-09"), evidence="landed on the Moss Plain on 9 September 2026",
               confidence=0.6)
    return b.build()


def families() -> Extraction:
    b = ExtractionBuilder(
        "Tarn Olver's ex-wife, Della Olver, watched the launch. "
        "Brisa Holm is married to Per Vant. "
        "Ketil Sand died on 2 May 2019; his widow, Ama Sand, unveiled the plaque.",
        title="Families at the launch", id="families", published="2026-05-02",
    )
    for name in ("Tarn Olver", "Della Olver", "Brisa Holm", "Per Vant", "Ketil Sand", "Ama Sand"):
        b.entity(name, "Person")
    b.fact("Tarn Olver", "spouse", "Della Olver", evidence="Tarn Olver's ex-wife, Della Olver", modality="former")
    b.fact("Brisa Holm", "spouse", "Per Vant", evidence="Brisa Holm is married to Per Vant")
    b.fact("Ketil Sand", "spouse", "Ama Sand", evidence="his widow, Ama Sand")
    b.fact("Ketil Sand", "deathDate", date("2019-05-02"), evidence="Ketil Sand died on 2 May 2019")
    return b.build()


def lineage() -> Extraction:
    b = ExtractionBuilder(
        "Lio Marsh was born to parents Ode Marsh and Vela Marsh. Marsh's mother, Vela Marsh, watched the launch. "
        "Ren Tallis and Ima Tallis had a son, Bo Tallis, and a daughter, Cai Tallis. "
        "Nils Arden founded Skyhaven Ventures in 1998. Skyhaven Ventures chief executive Juno Pike spoke.",
        title="Parents, children, founders and heads", id="lineage", published="2026-05-03",
    )
    for name in ("Lio Marsh", "Ode Marsh", "Vela Marsh", "Ren Tallis", "Ima Tallis", "Bo Tallis", "Cai Tallis",
                 "Nils Arden", "Juno Pike"):
        b.entity(name, "Person")
    b.entity("Skyhaven Ventures", "Organization")
    for parent in ("Ode Marsh", "Vela Marsh"):
        b.fact("Lio Marsh", "parent", parent, evidence="born to parents Ode Marsh and Vela Marsh")
        b.fact(parent, "child", "Lio Marsh", evidence="born to parents Ode Marsh and Vela Marsh")
    b.fact("Lio Marsh", "mother", "Vela Marsh", evidence="Marsh's mother, Vela Marsh")
    for parent in ("Ren Tallis", "Ima Tallis"):
        b.fact(parent, "son", "Bo Tallis", evidence="had a son, Bo Tallis")
        b.fact(parent, "daughter", "Cai Tallis", evidence="and a daughter, Cai Tallis")
        for child in ("Bo Tallis", "Cai Tallis"):
            b.fact(child, "parent", parent, evidence="Ren Tallis and Ima Tallis had a son")
    b.fact("Skyhaven Ventures", "founder", "Nils Arden", evidence="Nils Arden founded Skyhaven Ventures")
    b.fact("Skyhaven Ventures", "foundingDate", date("1998"), evidence="Nils Arden founded Skyhaven Ventures in 1998")
    b.fact("Skyhaven Ventures", "leader", "Juno Pike", evidence="Skyhaven Ventures chief executive Juno Pike")
    return b.build()


def corvin_five() -> Extraction:
    b = ExtractionBuilder(
        "Pell Arrow and Tiro Vask flew Corvin-5 in 2024. Arrow rode the shuttle Gale; a Tamsin 4 rocket lifted it. "
        "Corvin-5 took off from Sorrel Field on 3 June 2024.",
        title="Corvin-5 flies", id="corvin-five", published="2024-06-01",
    )
    b.entity("Pell Arrow", "Astronaut", aliases=("Arrow",))
    b.entity("Tiro Vask", "Astronaut")
    b.entity("Corvin-5", "Spaceflight")
    for name in ("Pell Arrow", "Tiro Vask"):
        b.fact("Corvin-5", "crewMember", name, evidence="Pell Arrow and Tiro Vask flew Corvin-5")
    b.entity("Gale", "Spacecraft")
    b.entity("Tamsin 4", "LaunchVehicle")
    b.fact("Pell Arrow", "spacecraft", "Gale", evidence="Arrow rode the shuttle Gale")
    b.fact("Pell Arrow", "launchVehicle", "Tamsin 4", evidence="a Tamsin 4 rocket lifted it")
    b.entity("Sorrel Field", "LaunchSite")
    b.fact("Corvin-5", "launchSite", "Sorrel Field", evidence="Corvin-5 took off from Sorrel Field")
    b.fact("Corvin-5", "launchDate", date("2024-06-03"), evidence="took off from Sorrel Field on 3 June 2024")
    return b.build()


def schooling() -> Extraction:
    b = ExtractionBuilder(
        "Ossi Brand earned a bachelor's degree at Fennick College and a Ph.D. at the Rauma Institute in 2011. "
        "Mira Lusk holds a degree from Fennick College.",
        title="Where the commanders studied", id="schooling", published="2026-04-20",
    )
    b.entity("Ossi Brand", "Astronaut", aliases=("Brand",))
    b.entity("Mira Lusk", "Astronaut", aliases=("Lusk",))
    b.entity("Fennick College", "School")
    b.entity("Rauma Institute", "School")
    for person, school in (("Ossi Brand", "Fennick College"), ("Ossi Brand", "Rauma Institute"),
                           ("Mira Lusk", "Fennick College")):
        b.fact(person, "almaMater", school, evidence=school)
    b.fact("Ossi Brand", "education", Literal("bachelor's degree"), evidence="a bachelor's degree at Fennick College",
           qualifiers={"school": "Fennick College"}, confidence=0.75)
    b.fact("Ossi Brand", "education", Literal("Ph.D."), evidence="a Ph.D. at the Rauma Institute in 2011",
           qualifiers={"school": "Rauma Institute", "year": date("2011")}, confidence=0.75)
    b.fact("Mira Lusk", "education", Literal("degree"), evidence="holds a degree from Fennick College",
           qualifiers={"school": "Fennick College"}, confidence=0.75)
    return b.build()


def expeditions() -> Extraction:
    b = ExtractionBuilder(
        "Kjell Marin commanded Expedition 8. Sava Orlo commanded Expedition 9. Dag Pell led Expedition 11.",
        title="Commanders of the Halden expeditions", id="expeditions", published="2026-01-10",
    )
    for name, number in (("Kjell Marin", 8), ("Sava Orlo", 9), ("Dag Pell", 11)):
        b.entity(name, "Astronaut")
        b.entity(f"Expedition {number}", "Expedition")
        b.fact(f"Expedition {number}", "commander", name, evidence=f"Expedition {number}")
    return b.build()


def varda_command() -> Extraction:
    b = ExtractionBuilder(
        "Rune Talvik handed command of Varda Station to Ines Voro on Friday.",
        title="Varda Station changes hands", id="varda-command", published="2026-05-02",
    )
    for name in ("Rune Talvik", "Ines Voro"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    b.entity("Varda Station", "SpaceStation")
    b.fact("Varda Station", "commander", "Ines Voro", evidence="to Ines Voro")
    b.fact("Rune Talvik", "handedCommandTo", "Ines Voro", evidence="Rune Talvik handed command")
    return b.build()


def varda_crew() -> Extraction:
    b = ExtractionBuilder(
        "Pia Sund flew to Varda Station on Lumen-4 with flight engineer Kai Brenner. Brenner fell ill and was "
        "replaced by Nora Lind in July.",
        title="A new engineer for Varda", id="varda-crew", published="2026-08-02",
    )
    for name in ("Pia Sund", "Kai Brenner", "Nora Lind"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    b.entity("Lumen-4", "Mission")
    for name in ("Pia Sund", "Kai Brenner"):
        b.fact("Lumen-4", "crewMember", name, evidence="Pia Sund flew to Varda Station on Lumen-4")
    b.fact("Pia Sund", "flewWith", "Kai Brenner", evidence="Pia Sund flew to Varda Station on Lumen-4")
    b.fact("Pia Sund", "flewWith", "Nora Lind", evidence="replaced by Nora Lind")
    b.fact("Kai Brenner", "replacedBy", "Nora Lind", evidence="was replaced by Nora Lind")
    return b.build()


def lumen_five_crew() -> Extraction:
    b = ExtractionBuilder(
        "The agency replaced Ola Berg and Tor Lie, assigned to Lumen-5, with their backups, Anna Moss and Eli Dahl.",
        title="Lumen-5 crew changed", id="lumen-5-crew", published="2026-09-02",
    )
    for name in ("Ola Berg", "Tor Lie", "Anna Moss", "Eli Dahl"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    b.fact("Ola Berg", "replacedBy", "Anna Moss", evidence="replaced Ola Berg")
    b.fact("Tor Lie", "replacedBy", "Eli Dahl", evidence="replaced Ola Berg")
    return b.build()


ARTICLES = (halden_command, corvin_home, families, lineage, corvin_five, schooling, expeditions, varda_command,
            varda_crew, lumen_five_crew)
