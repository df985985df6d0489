"""A hand-declared newsroom of degrees (invented names): one astronaut with a bachelor's, a
master's and a doctorate from three schools, one with a single degree, for the questions that
ask where a named degree was earned (kg/questions/degrees.py)."""

from __future__ import annotations

from extract.facts import Extraction, Literal
from kg.store import Store
from tests.factories import ExtractionBuilder, load_articles


def profile() -> Extraction:
    b = ExtractionBuilder(
        "Corin Dahl earned a B.S. from Halden College in 1990, an M.S. from Vessel Institute in 1993 and a "
        "Ph.D. from Tarn University in 1997. Mira Ostby holds a master's degree from Halden College.",
        title="Two astronauts and their schools", id="schools", published="2025-03-01",
    )
    b.entity("Corin Dahl", "Astronaut", aliases=("Dahl",))
    b.entity("Mira Ostby", "Astronaut", aliases=("Ostby",))
    for school in ("Halden College", "Vessel Institute", "Tarn University"):
        b.entity(school, "School")
    told = {"Halden College": "a B.S. from Halden College", "Vessel Institute": "an M.S. from Vessel Institute",
            "Tarn University": "Ph.D. from Tarn University"}
    for school, degree in (("Halden College", "B.S."), ("Vessel Institute", "M.S."), ("Tarn University", "Ph.D.")):
        b.fact("Corin Dahl", "almaMater", school, evidence=told[school])
        b.fact("Corin Dahl", "education", Literal(degree), evidence=told[school], qualifiers={"school": school})
    b.fact("Mira Ostby", "almaMater", "Halden College", evidence="master's degree from Halden College")
    b.fact("Mira Ostby", "education", Literal("M.S."), evidence="master's degree from Halden College",
           qualifiers={"school": "Halden College"})
    return b.build()


ARTICLES = (profile,)


def load(store: Store) -> None:
    """Write every article into the store (real resolution and mapping)."""
    load_articles(store, ARTICLES)
