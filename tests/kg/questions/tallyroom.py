"""A hand-declared newsroom (invented names) of values told at two precisions and of a person
married more than once: a flight's launch told by its month in one article and by its day in
another, a birth told by its year and by its day, two flights in one year and another year
(no date refines another), and a man with an ex-wife and a wife, for the reconciling of an
answer's values (kg/questions/dates.py, kg/questions/checks.py ``agreed``)."""

from __future__ import annotations

from extract.facts import Extraction
from kg.store import Store
from tests.factories import ExtractionBuilder, date, load_articles


def early_word() -> Extraction:
    b = ExtractionBuilder(
        "Kestrel-9 is to lift off in March 2031 with Ivo Marrek aboard. "
        "Marrek, born in 1979, trained for six years. "
        "Marrek's wife, Suli Marrek, will watch from the pad.",
        title="Kestrel-9 crew named", id="early-word", published="2030-11-02",
    )
    b.entity("Kestrel-9", "Spaceflight")
    b.entity("Ivo Marrek", "Astronaut", aliases=("Marrek",))
    b.entity("Suli Marrek", "Person")
    b.fact("Kestrel-9", "launchDate", date("2031-03"), evidence="Kestrel-9 is to lift off in March 2031")
    b.fact("Ivo Marrek", "birthDate", date("1979"), evidence="Marrek, born in 1979")
    b.fact("Ivo Marrek", "spouse", "Suli Marrek", evidence="Marrek's wife, Suli Marrek")
    return b.build()


def launch_day() -> Extraction:
    b = ExtractionBuilder(
        "Kestrel-9 lifted off on 14 March 2031 carrying Ivo Marrek. "
        "Marrek was born on 2 June 1979 in Tessby. "
        "Marrek was married to Oda Venn from 2001 to 2012 before they divorced. "
        "Wren-2 launched on 3 May 2031 and Wren-1 in 2029.",
        title="Kestrel-9 is flying", id="launch-day", published="2031-03-15",
    )
    b.entity("Kestrel-9", "Spaceflight")
    b.entity("Wren-1", "Spaceflight")
    b.entity("Wren-2", "Spaceflight")
    b.entity("Ivo Marrek", "Astronaut", aliases=("Marrek",))
    b.entity("Oda Venn", "Person")
    b.fact("Kestrel-9", "launchDate", date("2031-03-14"), evidence="Kestrel-9 lifted off on 14 March 2031")
    b.fact("Ivo Marrek", "birthDate", date("1979-06-02"), evidence="Marrek was born on 2 June 1979")
    b.fact("Ivo Marrek", "spouse", "Oda Venn", evidence="Marrek was married to Oda Venn from 2001 to 2012",
           modality="former", confidence=0.85)
    b.fact("Wren-2", "launchDate", date("2031-05-03"), evidence="Wren-2 launched on 3 May 2031")
    b.fact("Wren-1", "launchDate", date("2029"), evidence="Wren-1 in 2029")
    return b.build()


ARTICLES = (early_word, launch_day)


def load(store: Store) -> None:
    """Write every article into the store (real resolution and mapping)."""
    load_articles(store, ARTICLES)
