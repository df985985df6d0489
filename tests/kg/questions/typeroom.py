"""A hand-declared newsroom about flights named only by the type of their craft (invented
names): "the Vyrok" is one node for everyone who ever rode a Vyrok, so it makes no crew and its
stated commander excludes no other; a numbered craft ("Vyrok TS-12") flies once, so its stated
commander excludes another; a reusable craft's own name ("Skylark") flies many flights. And
one flight's time in space beside a career total given only as a bound ("more than 400 days"),
beside a bound below the flight's time, and beside none. And two commanders stated of one
flight, one of whom is also stated as its pilot.
"""

from __future__ import annotations

from extract.facts import Extraction, Literal, Term
from tests.factories import ExtractionBuilder, days


def vyrok_launch() -> Extraction:
    b = ExtractionBuilder(
        "Kiva Marren commanded Vyrok TS-12, which lifted off with Jory Bell aboard. "
        "Marren first rode a Vyrok in 2024; Sela Ondri rode the Vyrok in 2019. "
        "Tessa Lund and Dagny Holt flew on Corvid-5. "
        "Nell Ashby commanded the Skylark capsule in 2021, and Obi Crane flew on the Skylark in 2026.",
        title="Vyrok TS-12 is off", id="vyrok-launch", published="2030-03-04",
    )
    for name in ("Kiva Marren", "Jory Bell", "Sela Ondri", "Tessa Lund", "Dagny Holt", "Nell Ashby", "Obi Crane"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    b.entity("Vyrok TS-12", "Spacecraft")
    b.entity("Vyrok", "Spaceflight")
    b.entity("Corvid-5", "Spaceflight")
    b.entity("Skylark", "Spacecraft")
    b.fact("Vyrok TS-12", "commander", "Kiva Marren", evidence="Kiva Marren commanded Vyrok TS-12")
    b.fact("Jory Bell", "spacecraft", "Vyrok TS-12", evidence="Vyrok TS-12, which lifted off with Jory Bell aboard")
    b.fact("Vyrok", "crewMember", "Kiva Marren", evidence="Marren first rode a Vyrok in 2024")
    b.fact("Vyrok", "crewMember", "Sela Ondri", evidence="Sela Ondri rode the Vyrok in 2019")
    b.fact("Corvid-5", "crewMember", "Tessa Lund", evidence="Tessa Lund and Dagny Holt flew on Corvid-5")
    b.fact("Corvid-5", "crewMember", "Dagny Holt", evidence="Tessa Lund and Dagny Holt flew on Corvid-5")
    b.fact("Skylark", "commander", "Nell Ashby", evidence="Nell Ashby commanded the Skylark capsule")
    b.fact("Obi Crane", "spacecraft", "Skylark", evidence="Obi Crane flew on the Skylark")
    return b.build()


def careers() -> Extraction:
    b = ExtractionBuilder(
        "Rhun Vatra spent 120 days aboard the Halden station on Corvid-2. "
        "Over his career, Rhun Vatra has spent more than 400 days in space. "
        "Ima Sorel spent 150 days in space on Corvid-3. Ima Sorel has spent more than 100 days in orbit. "
        "Odo Pell spent 90 days in space on Corvid-4.",
        title="Long stays", id="careers", published="2030-05-01",
    )
    for name in ("Rhun Vatra", "Ima Sorel", "Odo Pell"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    for name, figure, said in (("Rhun Vatra", "120", "spent 120 days aboard the Halden station"),
                               ("Ima Sorel", "150", "Ima Sorel spent 150 days in space"),
                               ("Odo Pell", "90", "Odo Pell spent 90 days in space")):
        b.fact(name, "timeInSpace", days(figure), evidence=said,
               qualifiers={"unit": Literal("day"), "scope": Term("SingleFlight")})
    return b.build()


def seats() -> Extraction:
    b = ExtractionBuilder(
        "Commander Bo Rask and Pilot Wyn Tal flew on Corvid-9. Commander Esk Varo flew on Corvid-8. "
        "Corvid-8 had two pilots.",
        title="Corvid-9 crew", id="seats", published="2030-06-01",
    )
    for name in ("Bo Rask", "Wyn Tal", "Esk Varo"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    b.entity("Corvid-9", "Spaceflight")
    b.entity("Corvid-8", "Spaceflight")
    b.fact("Corvid-9", "commander", "Bo Rask", evidence="Commander Bo Rask", confidence=0.75)
    b.fact("Corvid-9", "commander", "Wyn Tal", evidence="Commander Bo Rask and Pilot Wyn Tal", confidence=0.9)
    b.fact("Bo Rask", "crewRole", Literal("commander"), evidence="Commander Bo Rask",
           qualifiers={"mission": "Corvid-9"})
    b.fact("Wyn Tal", "crewRole", Literal("pilot"), evidence="Pilot Wyn Tal", qualifiers={"mission": "Corvid-9"})
    b.fact("Corvid-8", "commander", "Esk Varo", evidence="Commander Esk Varo flew on Corvid-8", confidence=0.9)
    b.fact("Corvid-8", "commander", "Bo Rask", evidence="Commander Esk Varo flew on Corvid-8", confidence=0.75)
    b.fact("Wyn Tal", "crewRole", Literal("pilot"), evidence="Corvid-8 had two pilots",
           qualifiers={"mission": "Corvid-8"})
    b.fact("Esk Varo", "crewRole", Literal("pilot"), evidence="Commander Esk Varo", qualifiers={"mission": "Corvid-8"})
    return b.build()


ARTICLES = (vyrok_launch, careers, seats)
