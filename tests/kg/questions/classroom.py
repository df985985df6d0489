"""A hand-declared newsroom of selections (invented names), for "Who are the new X astronauts?"
(kg/questions/newest.py): the Norland agency's classes of 2009 and 2021, the 2021 one announced
with its year and listed below without it, and a 2021 recruit named apart without a year;
the Velmar agency's one undated class in one article; the Ardenia agency's two undated
classes, each in its own article."""

from __future__ import annotations

from extract.facts import Extraction, Literal
from kg.store import Store
from tests.factories import ExtractionBuilder, load_articles


def norland_2009() -> Extraction:
    b = ExtractionBuilder("The Norland Space Agency selected Ivo Marsh and Ada Penn in 2009.",
                          title="Norland picks two", id="norland-2009", published="2009-05-01")
    b.entity("Norland Space Agency", "SpaceAgency")
    for name in ("Ivo Marsh", "Ada Penn"):
        b.entity(name, "Astronaut")
        b.fact(name, "selectedBy", "Norland Space Agency", evidence="The Norland Space Agency selected")
        b.fact(name, "selectionYear", Literal("2009", "gYear"), evidence="selected Ivo Marsh and Ada Penn in 2009")
    return b.build()


def norland_2021() -> Extraction:
    b = ExtractionBuilder("The Norland Space Agency named its class of 2021: Tova Lind and Remy Kade. "
                          "Also chosen: Bo Sarn.",
                          title="Norland's new class", id="norland-2021", published="2021-06-01")
    b.entity("Norland Space Agency", "SpaceAgency")
    b.entity("Tova Lind", "Astronaut")
    b.fact("Tova Lind", "selectedBy", "Norland Space Agency", evidence="named its class of 2021: Tova Lind")
    b.fact("Tova Lind", "selectionYear", Literal("2021", "gYear"), evidence="its class of 2021: Tova Lind")
    for name in ("Remy Kade", "Bo Sarn"):  # the year not read for them
        b.entity(name, "Astronaut")
        b.fact(name, "selectedBy", "Norland Space Agency", evidence="Also chosen")
    return b.build()


def velmar() -> Extraction:
    b = ExtractionBuilder("The Velmar Space Agency chose Kira Holt and Dag Feld.",
                          title="Velmar names two", id="velmar", published="2022-11-24")
    b.entity("Velmar Space Agency", "SpaceAgency")
    for name in ("Kira Holt", "Dag Feld"):
        b.entity(name, "Astronaut")
        b.fact(name, "selectedBy", "Velmar Space Agency", evidence="The Velmar Space Agency chose")
    return b.build()


def ardenia_first() -> Extraction:
    b = ExtractionBuilder("The Ardenia Space Agency chose Nils Varo.", title="Ardenia's first", id="ardenia-1")
    b.entity("Ardenia Space Agency", "SpaceAgency")
    b.entity("Nils Varo", "Astronaut")
    b.fact("Nils Varo", "selectedBy", "Ardenia Space Agency", evidence="The Ardenia Space Agency chose Nils Varo")
    return b.build()


def ardenia_second() -> Extraction:
    b = ExtractionBuilder("The Ardenia Space Agency chose Una Brisk.", title="Ardenia again", id="ardenia-2")
    b.entity("Ardenia Space Agency", "SpaceAgency")
    b.entity("Una Brisk", "Astronaut")
    b.fact("Una Brisk", "selectedBy", "Ardenia Space Agency", evidence="The Ardenia Space Agency chose Una Brisk")
    return b.build()


ARTICLES = (norland_2009, norland_2021, velmar, ardenia_first, ardenia_second)


def load(store: Store) -> None:
    """Write every article into the store (real resolution and mapping)."""
    load_articles(store, ARTICLES)
