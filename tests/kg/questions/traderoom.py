"""A hand-declared newsroom of occupations (invented names): flyers with a trade besides
flying, called astronaut or cosmonaut, one called only a taikonaut, and a passenger whose
only trade is another, for the occupation questions (kg/questions/readers.py ``_news``)."""

from __future__ import annotations

from extract.facts import Extraction, Literal
from kg.store import Store
from tests.factories import ExtractionBuilder, load_articles


def crew() -> Extraction:
    b = ExtractionBuilder(
        "Astronaut Tavi Orrun, a geophysicist by training, boarded the capsule. Cosmonaut Merek Solt, a military "
        "pilot, joined him. Taikonaut Jun Arle waved. Ulla Brenn, a sculptor, flew as a guest.",
        title="Four aboard", id="trades", published="2025-04-02",
    )
    for name in ("Tavi Orrun", "Merek Solt", "Jun Arle"):
        b.entity(name, "Astronaut")
    b.entity("Ulla Brenn", "Person")
    b.fact("Tavi Orrun", "occupation", Literal("astronaut"), evidence="Astronaut Tavi Orrun")
    b.fact("Tavi Orrun", "occupation", Literal("geophysicist"), evidence="Tavi Orrun, a geophysicist by training")
    b.fact("Merek Solt", "occupation", Literal("cosmonaut"), evidence="Cosmonaut Merek Solt")
    b.fact("Merek Solt", "occupation", Literal("military pilot"), evidence="Merek Solt, a military pilot")
    b.fact("Jun Arle", "occupation", Literal("taikonaut"), evidence="Taikonaut Jun Arle")
    b.fact("Ulla Brenn", "occupation", Literal("sculptor"), evidence="Ulla Brenn, a sculptor")
    return b.build()


ARTICLES = (crew,)


def load(store: Store) -> None:
    """Write every article into the store (real resolution and mapping)."""
    load_articles(store, ARTICLES)
