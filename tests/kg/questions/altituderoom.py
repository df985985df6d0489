"""A hand-declared newsroom of heights (invented flights): one flight that reached a stated
altitude, one with two figures in two units, one with none, for the questions that ask how high
a flight went (kg/questions/altitudes.py)."""

from __future__ import annotations

from extract.facts import Extraction, Literal
from tests.factories import ExtractionBuilder


def heights() -> Extraction:
    b = ExtractionBuilder(
        "Soyuz MS-81 reached an altitude of 93 km before its abort. Galactic 41 climbed to an altitude of "
        "290,000 feet; its apogee was 55 miles. Galactic 42 lifted off on Friday.",
        title="How high they went", id="heights", published="2025-03-01",
    )
    for name in ("Soyuz MS-81", "Galactic 41", "Galactic 42"):
        b.entity(name, "Spaceflight")
    b.fact("Soyuz MS-81", "altitudeReached", Literal("93 km"), evidence="reached an altitude of 93 km",
           qualifiers={"unit": Literal("kilometre")})
    b.fact("Galactic 41", "altitudeReached", Literal("290,000 feet"), evidence="an altitude of 290,000 feet",
           qualifiers={"unit": Literal("foot")})
    b.fact("Galactic 41", "altitudeReached", Literal("55 miles"), evidence="its apogee was 55 miles",
           qualifiers={"unit": Literal("mile")})
    return b.build()


ARTICLES = (heights,)
