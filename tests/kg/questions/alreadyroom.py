"""A hand-declared newsroom of a station's crews (invented names): two flew to Harbor Station
together and a third is said to be aboard it, with no time told, for "already aboard when X
arrived" (kg/questions/checks.py ``_already_there``, kg/questions/clauses.py)."""

from __future__ import annotations

from extract.facts import Extraction
from tests.factories import ExtractionBuilder


def arrival() -> Extraction:
    b = ExtractionBuilder(
        "Vela Ostrin and Rusk Tamm flew Talon-3 to Harbor Station. Mira Quell lives aboard Harbor Station.",
        title="Talon-3 arrives", id="talon", published="2031-03-02",
    )
    for name in ("Vela Ostrin", "Rusk Tamm", "Mira Quell"):
        b.entity(name, "Astronaut")
    b.entity("Harbor Station", "SpaceStation")
    b.entity("Talon-3", "Spacecraft")
    b.fact("Vela Ostrin", "spacecraft", "Harbor Station",
           evidence="Vela Ostrin and Rusk Tamm flew Talon-3 to Harbor Station")
    b.fact("Rusk Tamm", "spacecraft", "Harbor Station", evidence="Rusk Tamm flew Talon-3 to Harbor Station")
    b.fact("Vela Ostrin", "flewWith", "Rusk Tamm", evidence="Vela Ostrin and Rusk Tamm flew Talon-3")
    b.fact("Mira Quell", "spacecraft", "Harbor Station", evidence="Mira Quell lives aboard Harbor Station")
    return b.build()


ARTICLES = (arrival,)
