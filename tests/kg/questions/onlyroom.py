"""A hand-declared newsroom of countries and their flyers (invented names): Ardenia with one
cosmonaut, Velmar with two astronauts, for "Who is the only Ardenian cosmonaut?"
(kg/questions/only.py) and for descriptions that a country's demonym only qualifies."""

from __future__ import annotations

from extract.facts import Extraction
from tests.factories import ExtractionBuilder


def flyers() -> Extraction:
    b = ExtractionBuilder(
        "Kesto Varin, the only Ardenian cosmonaut, turned 70. Velmarian astronauts Ilse Dorn and Pavo Kret "
        "trained with him.",
        title="A birthday at the centre", id="flyers", published="2025-05-03",
    )
    b.entity("Kesto Varin", "Astronaut")
    b.entity("Ilse Dorn", "Astronaut")
    b.entity("Pavo Kret", "Astronaut")
    b.entity("Ardenia", "Country", aliases=("Ardenian",))
    b.entity("Velmar", "Country", aliases=("Velmarian",))
    b.fact("Kesto Varin", "nationality", "Ardenia", evidence="Kesto Varin, the only Ardenian cosmonaut")
    b.fact("Ilse Dorn", "nationality", "Velmar", evidence="Velmarian astronauts Ilse Dorn and Pavo Kret")
    b.fact("Pavo Kret", "nationality", "Velmar", evidence="Velmarian astronauts Ilse Dorn and Pavo Kret")
    b.fact("Ilse Dorn", "flewWith", "Kesto Varin", evidence="trained with him")
    return b.build()


ARTICLES = (flyers,)
