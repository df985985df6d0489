"""A hand-declared newsroom of a craft type and one numbered craft of it (invented names): the
type "Kestrel" has a stated commander, and someone rode "a Kestrel" home without being tied to
the flight he commanded, while another flew with him, for the refusal of kg/questions/checks.py ``of_a_type``."""

from __future__ import annotations

from extract.facts import Extraction, Literal
from tests.factories import ExtractionBuilder


def landing() -> Extraction:
    b = ExtractionBuilder(
        "A Kestrel capsule carrying Ilma Dask and Roon Avel landed on the steppe. Earlier, Kestrel commander "
        "Pell Orma had flown Kestrel-5 to the station with Sela Brin.",
        title="Home on the steppe", id="kestrel", published="2025-06-18",
    )
    b.entity("Ilma Dask", "Astronaut")
    b.entity("Roon Avel", "Astronaut")
    b.entity("Pell Orma", "Astronaut")
    b.entity("Sela Brin", "Astronaut")
    b.entity("Kestrel", "Spacecraft")
    b.entity("Kestrel-5", "Spacecraft")
    b.fact("Ilma Dask", "spacecraft", "Kestrel", evidence="A Kestrel capsule carrying Ilma Dask")
    b.fact("Roon Avel", "spacecraft", "Kestrel", evidence="A Kestrel capsule carrying Ilma Dask and Roon Avel")
    b.fact("Ilma Dask", "flewWith", "Roon Avel", evidence="carrying Ilma Dask and Roon Avel")
    b.fact("Kestrel", "commander", "Pell Orma", evidence="Kestrel commander Pell Orma")
    b.fact("Pell Orma", "crewRole", Literal("commander"), evidence="Kestrel commander Pell Orma",
           qualifiers={"mission": "Kestrel"})
    b.fact("Pell Orma", "spacecraft", "Kestrel-5", evidence="Pell Orma had flown Kestrel-5")
    b.fact("Sela Brin", "spacecraft", "Kestrel-5", evidence="Kestrel-5 to the station with Sela Brin")
    b.fact("Pell Orma", "flewWith", "Sela Brin", evidence="Pell Orma had flown Kestrel-5 to the station with Sela Brin")
    return b.build()


def homecoming() -> Extraction:
    b = ExtractionBuilder("Sela Brin rode a Kestrel capsule home on Friday.", title="Brin is home", id="brin",
                          published="2025-07-04")
    b.entity("Sela Brin", "Astronaut")
    b.entity("Kestrel", "Spacecraft")
    b.fact("Sela Brin", "spacecraft", "Kestrel", evidence="Sela Brin rode a Kestrel capsule home")
    return b.build()


ARTICLES = (landing, homecoming)
