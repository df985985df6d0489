"""A hand-declared newsroom about flights named only by the type of their craft (invented
names): "the Vyrok" is one node for everyone who ever rode a Vyrok, so it makes no crew and its
stated commander excludes no other; a numbered craft ("Vyrok TS-12") flies once, so its stated
commander excludes another; a reusable craft's own name ("Skylark") flies many flights.
"""

from __future__ import annotations

from extract.facts import Extraction
from kg.store import Store
from tests.factories import ExtractionBuilder, load_articles


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


def load(store: Store) -> None:
    load_articles(store, [vyrok_launch])
