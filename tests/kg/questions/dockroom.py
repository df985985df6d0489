"""A hand-declared newsroom of dockings (invented flights): one flight that docked at a module,
one only planned to, one that docked at the station with no module named, for the questions
that ask which module a craft docked at (kg/questions/docking.py)."""

from __future__ import annotations

from extract.facts import Extraction, Literal
from tests.factories import ExtractionBuilder


def dockings() -> Extraction:
    b = ExtractionBuilder(
        "Soyuz MS-71 docked with the Rassvet module of the International Space Station. Soyuz MS-72 is set "
        "to dock at the Prichal module. Soyuz MS-73 docked with the International Space Station.",
        title="Three dockings", id="dockings", published="2025-03-01",
    )
    for name in ("Soyuz MS-71", "Soyuz MS-72", "Soyuz MS-73"):
        b.entity(name, "Spaceflight")
    b.entity("International Space Station", "SpaceStation", aliases=("ISS",))
    b.fact("Soyuz MS-71", "dockedAt", Literal("Rassvet"), evidence="docked with the Rassvet module")
    b.fact("Soyuz MS-72", "dockedAt", Literal("Prichal"), evidence="to dock at the Prichal module", modality="planned")
    b.fact("Soyuz MS-71", "spacecraft", "International Space Station", evidence="Soyuz MS-71 docked")
    b.fact("Soyuz MS-73", "spacecraft", "International Space Station", evidence="Soyuz MS-73 docked")
    return b.build()


ARTICLES = (dockings,)
