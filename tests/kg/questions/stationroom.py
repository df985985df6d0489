"""A hand-declared newsroom of station commanders (invented names): one whose only ranks are
Europe's and Canada's, one never ranked, one stated as the first to command her station, for
the questions that ask a rank of a role (kg/questions/checks.py)."""

from __future__ import annotations

from extract.facts import Extraction
from tests.factories import ExtractionBuilder


def station_commanders() -> Extraction:
    b = ExtractionBuilder(
        "Europe's First Lyra Station Commander Takes Charge\n\n"
        "Ada Rinn took command of Lyra station on Monday, becoming the first Canadian ever to command it. "
        "Omar Haddad commanded Orin station last year. Ida Soren, the first ever to command Vela station, "
        "retired.",
        title="Europe's First Lyra Station Commander Takes Charge", id="lyra-command", published="2031-03-02",
    )
    b.entity("Ada Rinn", "Astronaut", aliases=("Rinn",))
    b.entity("Omar Haddad", "Astronaut", aliases=("Haddad",))
    b.entity("Lyra station", "SpaceStation")
    b.entity("Orin station", "SpaceStation")
    b.fact("Lyra station", "commander", "Ada Rinn", evidence="the first Canadian ever to command it")
    b.fact("Orin station", "commander", "Omar Haddad", evidence="Omar Haddad commanded Orin station last year")
    b.entity("Ida Soren", "Astronaut", aliases=("Soren",))
    b.entity("Vela station", "SpaceStation")
    b.fact("Vela station", "commander", "Ida Soren", evidence="the first ever to command Vela station")
    return b.build()


ARTICLES = (station_commanders,)
