"""A hand-declared newsroom of stations visited (invented names): Noor Kassel rode the capsule
Wren to the station Kelda, which the article also calls "the space station"; Tomas Veld flew the
capsule Finch and stayed aboard no station; Kelda's commander is Ines Marlow. For the questions
that ask which station someone went to or lived on (kg/questions/flights.py, asks_station)."""

from __future__ import annotations

from extract.facts import Extraction
from tests.factories import ExtractionBuilder


def visits() -> Extraction:
    b = ExtractionBuilder(
        "Noor Kassel rode the capsule Wren to Kelda and spent six months aboard the space station, which "
        "Ines Marlow commands. Tomas Veld flew the capsule Finch on a two-day solo flight.",
        title="Two flights", id="visits", published="2031-05-02",
    )
    b.entity("Noor Kassel", "Astronaut", aliases=("Kassel",))
    b.entity("Tomas Veld", "Astronaut", aliases=("Veld",))
    b.entity("Ines Marlow", "Astronaut", aliases=("Marlow",))
    b.entity("Wren", "Spacecraft")
    b.entity("Finch", "Spacecraft")
    b.entity("Kelda", "SpaceStation", aliases=("space station",))
    b.fact("Noor Kassel", "launchVehicle", "Wren", evidence="Noor Kassel rode the capsule Wren")
    b.fact("Noor Kassel", "spacecraft", "Kelda", evidence="spent six months aboard the space station")
    b.fact("Tomas Veld", "spacecraft", "Finch", evidence="Tomas Veld flew the capsule Finch")
    b.fact("Kelda", "commander", "Ines Marlow", evidence="which Ines Marlow commands")
    return b.build()


ARTICLES = (visits,)
