"""A hand-declared newsroom (invented names) of flights: one with a commander and three crew
members, one with a crew and no commander stated, both of one programme, and one crew member's
days in space; no flight has a length of its own; a launch stated only as a plan; and a flight
of which only one crew member is named. Questions that name a flight by "the ... mission" or
ask "how many days" of it must not be answered with its crew, nor "how many flew" with the one
member named."""

from __future__ import annotations

from extract.facts import Extraction, Literal, Term
from tests.factories import ExtractionBuilder, date, days


def orla_launch() -> Extraction:
    b = ExtractionBuilder(
        "Wenna Koss commands Orla-7, which lifted off with Bram Tull, Ivo Penn and Sade Mure. "
        "Tull spent 186 days in space on Orla-7. "
        "Orla-8 later carried Pim Darro and Lux Hovan. Both flew in the Orla programme.",
        title="Orla-7 is off", id="orla-launch", published="2025-03-02",
    )
    for name in ("Wenna Koss", "Bram Tull", "Ivo Penn", "Sade Mure", "Pim Darro", "Lux Hovan"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    b.entity("Orla-7", "Mission")
    b.entity("Orla-8", "Mission")
    b.entity("Orla", "Programme")
    b.fact("Orla-7", "commander", "Wenna Koss", evidence="Wenna Koss commands Orla-7")
    for name in ("Bram Tull", "Ivo Penn", "Sade Mure"):
        b.fact("Orla-7", "crewMember", name, evidence="lifted off with Bram Tull, Ivo Penn and Sade Mure")
    for name in ("Pim Darro", "Lux Hovan"):
        b.fact("Orla-8", "crewMember", name, evidence="Orla-8 later carried Pim Darro and Lux Hovan")
    b.fact("Bram Tull", "timeInSpace", days("186"), evidence="Tull spent 186 days in space on Orla-7",
           qualifiers={"unit": Literal("day"), "scope": Term("SingleFlight")})
    return b.build()


def solm_plan() -> Extraction:
    b = ExtractionBuilder(
        "Kira Solm will lift off from the Brenn spaceport on 4 May 2026 for a ten-day stay.",
        title="Solm to fly in May", id="solm-plan", published="2026-01-20",
    )
    b.entity("Kira Solm", "Astronaut", aliases=("Solm",))
    b.entity("Brenn spaceport", "LaunchSite")
    b.fact("Kira Solm", "launchDate", date("2026-05-04"),
           evidence="will lift off from the Brenn spaceport on 4 May 2026", modality="planned")
    b.fact("Kira Solm", "launchSite", "Brenn spaceport", evidence="will lift off from the Brenn spaceport",
           modality="planned")
    return b.build()


def reese_profile() -> Extraction:
    b = ExtractionBuilder(
        "As a member of the six-person Orla-9 crew, Tam Reese ran the experiments. Reese, a former "
        "navy pilot with 2,300 flight hours, flew to space once. A Vesta 4 capsule carried her home.",
        title="Reese looks back", id="reese-profile", published="2025-06-11",
    )
    b.entity("Tam Reese", "Astronaut", aliases=("Reese",))
    b.entity("Orla-9", "Mission")
    b.entity("Vesta 4", "Spacecraft")
    b.fact("Orla-9", "crewMember", "Tam Reese", evidence="As a member of the six-person Orla-9 crew, Tam Reese")
    b.fact("Tam Reese", "spacecraft", "Vesta 4", evidence="A Vesta 4 capsule carried her home")
    return b.build()


ARTICLES = (orla_launch, solm_plan, reese_profile)
