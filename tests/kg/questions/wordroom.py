"""A hand-declared newsroom (invented names) of questions whose words the engine must not skip:
numbered missions and craft spelt a little wrong ("Corvd 16"), verbs no relation reads ("Who
designed Corvid 16?") beside the flight nouns that do ("the Corvid 16 crew"), a rank stated in
another sentence of the article than the one the answer rests on, and clauses the engine cannot
read after the relation it can.
"""

from __future__ import annotations

from extract.facts import Extraction
from tests.factories import ExtractionBuilder, date


def corvid_flights() -> Extraction:
    b = ExtractionBuilder(
        "Mara Quell commanded Corvid 16, which launched on 3 May 2024 with Tobin Sarr aboard the Heron 4 capsule. "
        "Ilse Brandvik commanded Corvid 15 the year before, riding the Heron 3 capsule. "
        "Tobin Sarr later flew the Heron 5 capsule on Corvid 17, the program's last flight.",
        title="Corvid 16 is away", id="corvid-flights", published="2024-05-04",
    )
    for name in ("Mara Quell", "Tobin Sarr", "Ilse Brandvik"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    for flight in ("Corvid 15", "Corvid 16", "Corvid 17"):
        b.entity(flight, "Mission")
    b.entity("Heron 4", "Spacecraft")
    b.entity("Heron 5", "Spacecraft")
    b.entity("Heron 3", "Spacecraft")
    b.fact("Ilse Brandvik", "spacecraft", "Heron 3", evidence="riding the Heron 3 capsule")
    b.fact("Corvid 16", "commander", "Mara Quell", evidence="Mara Quell commanded Corvid 16")
    b.fact("Corvid 16", "crewMember", "Mara Quell", evidence="Mara Quell commanded Corvid 16")
    b.fact("Corvid 16", "crewMember", "Tobin Sarr", evidence="with Tobin Sarr aboard")
    b.fact("Corvid 15", "commander", "Ilse Brandvik", evidence="Ilse Brandvik commanded Corvid 15")
    b.fact("Corvid 15", "crewMember", "Ilse Brandvik", evidence="Ilse Brandvik commanded Corvid 15")
    b.fact("Corvid 16", "launchDate", date("2024-05-03"), evidence="launched on 3 May 2024")
    b.fact("Corvid 16", "spacecraft", "Heron 4", evidence="aboard the Heron 4 capsule")
    b.fact("Tobin Sarr", "spacecraft", "Heron 4", evidence="Tobin Sarr aboard the Heron 4 capsule")
    b.fact("Tobin Sarr", "spacecraft", "Heron 5", evidence="Tobin Sarr later flew the Heron 5 capsule")
    b.fact("Corvid 17", "crewMember", "Tobin Sarr", evidence="Tobin Sarr later flew the Heron 5 capsule on Corvid 17")
    return b.build()


def tern_command() -> Extraction:
    b = ExtractionBuilder(
        "Nadia Ferrant will command Tern station. "
        "On her second flight, Ferrant will be the first Ardenian one to take command of Tern station. "
        "Ferrant will also be the first Ardenian to walk outside it.",
        title="Nadia Ferrant will command Tern station", id="tern-command", published="2031-04-01",
    )
    b.entity("Nadia Ferrant", "Astronaut", aliases=("Ferrant",))
    b.entity("Tern station", "SpaceStation")
    b.entity("Ardenia", "Country")
    b.fact("Tern station", "commander", "Nadia Ferrant", evidence="Nadia Ferrant will command Tern station",
           modality="planned")
    b.fact("Nadia Ferrant", "nationality", "Ardenia", evidence="the first Ardenian one")
    return b.build()


def tern_walker() -> Extraction:
    b = ExtractionBuilder(
        "Pol Averin commanded Tern station in 2029. Averin was the first Ardenian to walk outside Tern station. "
        "Lio Marr, the second Ardenian to command Tern station, took over from him.",
        title="Averin's walk", id="averin-walk", published="2030-01-10",
    )
    b.entity("Pol Averin", "Astronaut", aliases=("Averin",))
    b.entity("Lio Marr", "Astronaut", aliases=("Marr",))
    b.entity("Tern station", "SpaceStation")
    b.entity("Ardenia", "Country")
    b.fact("Pol Averin", "nationality", "Ardenia", evidence="the first Ardenian to walk")
    b.fact("Lio Marr", "nationality", "Ardenia", evidence="the second Ardenian to command")
    b.fact("Tern station", "commander", "Pol Averin", evidence="Pol Averin commanded Tern station in 2029")
    b.fact("Tern station", "commander", "Lio Marr", evidence="Lio Marr, the second Ardenian to command Tern station")
    return b.build()


def corvid_17() -> Extraction:
    b = ExtractionBuilder(
        "Corvid 17 launched on 1 February 2025 with Tobin Sarr, Wes Ando and Lena Ott aboard. "
        "Sarr had flown on Corvid 16. Ando went on to fly Corvid 18, which launched on 9 March 2026. "
        "Ott will fly again on Corvid 19.",
        title="Corvid 17 flies", id="corvid-17", published="2026-04-01",
    )
    for flight in ("Corvid 16", "Corvid 17", "Corvid 18", "Corvid 19"):
        b.entity(flight, "Mission")
    for name in ("Tobin Sarr", "Wes Ando", "Lena Ott"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
        b.fact("Corvid 17", "crewMember", name, evidence="with Tobin Sarr, Wes Ando and Lena Ott aboard")
    b.fact("Corvid 17", "launchDate", date("2025-02-01"), evidence="launched on 1 February 2025")
    b.fact("Corvid 16", "crewMember", "Tobin Sarr", evidence="Sarr had flown on Corvid 16")
    b.fact("Corvid 18", "crewMember", "Wes Ando", evidence="Ando went on to fly Corvid 18")
    b.fact("Corvid 18", "launchDate", date("2026-03-09"), evidence="launched on 9 March 2026")
    b.fact("Corvid 19", "crewMember", "Lena Ott", evidence="Ott will fly again on Corvid 19", modality="planned")
    return b.build()


ARTICLES = (corvid_flights, tern_command, tern_walker, corvid_17)
