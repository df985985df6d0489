"""A hand-declared newsroom of occupations (invented names): flyers with a trade besides
flying, called astronaut or cosmonaut, one called only a taikonaut, and a passenger whose
only trade is another, for the occupation questions (kg/questions/readers.py ``_news``)."""

from __future__ import annotations

from extract.facts import Extraction, Literal
from tests.factories import ExtractionBuilder


def crew() -> Extraction:
    b = ExtractionBuilder(
        "Astronaut Tavi Orrun, a geophysicist by training, boarded the capsule. Cosmonaut Merek Solt, a military "
        "pilot, joined him. Taikonaut Jun Arle waved. Ulla Brenn, a sculptor, flew as a guest. They flew Lumen-4 "
        "to Harbor Station.",
        title="Four aboard", id="trades", published="2025-04-02",
    )
    for name in ("Tavi Orrun", "Merek Solt", "Jun Arle"):
        b.entity(name, "Astronaut")
    b.entity("Ulla Brenn", "Person")
    b.entity("Lumen-4", "Mission")
    b.entity("Harbor Station", "SpaceStation")
    b.fact("Tavi Orrun", "occupation", Literal("astronaut"), evidence="Astronaut Tavi Orrun")
    b.fact("Tavi Orrun", "occupation", Literal("geophysicist"), evidence="Tavi Orrun, a geophysicist by training")
    b.fact("Merek Solt", "occupation", Literal("cosmonaut"), evidence="Cosmonaut Merek Solt")
    b.fact("Merek Solt", "occupation", Literal("military pilot"), evidence="Merek Solt, a military pilot")
    b.fact("Jun Arle", "occupation", Literal("taikonaut"), evidence="Taikonaut Jun Arle")
    b.fact("Ulla Brenn", "occupation", Literal("sculptor"), evidence="Ulla Brenn, a sculptor")
    return b.build()


def broader() -> Extraction:
    """Trades named once plainly and once fully, and two that are merely different."""
    b = ExtractionBuilder(
        "Pell Darrow, an aerospace and avionics engineer, is an engineer at heart. Ivo Strand, a geologist, was "
        "the only scientist aboard. Rina Tolk, a pilot, is also an engineer. Oma Vesk, a scientist, is a "
        "journalist too.",
        title="Trades", id="broader", published="2025-04-03",
    )
    for name in ("Pell Darrow", "Ivo Strand", "Rina Tolk", "Oma Vesk"):
        b.entity(name, "Person")
    for name, trade, evidence in (
            ("Pell Darrow", "aerospace and avionics engineer", "Pell Darrow, an aerospace and avionics engineer"),
            ("Pell Darrow", "engineer", "is an engineer at heart"),
            ("Ivo Strand", "geologist", "Ivo Strand, a geologist"),
            ("Ivo Strand", "scientist", "the only scientist aboard"),
            ("Rina Tolk", "pilot", "Rina Tolk, a pilot"),
            ("Rina Tolk", "engineer", "is also an engineer"),
            ("Oma Vesk", "scientist", "Oma Vesk, a scientist"),
            ("Oma Vesk", "journalist", "is a journalist too")):
        b.fact(name, "occupation", Literal(trade), evidence=evidence)
    return b.build()


ARTICLES = (crew, broader)
