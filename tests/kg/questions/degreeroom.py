"""A hand-declared newsroom of degrees (invented names): one astronaut with a bachelor's, a
master's and a doctorate from three schools, each with its year, one with a single degree, and
one who went to a high school before a university and names his field, two whose only degree
is unnamed ("graduated from a high school", "earned a degree from X"), for the questions that
ask where a named degree was earned, which school of a year (kg/questions/degrees.py), or what
someone studied (kg/questions/studies.py)."""

from __future__ import annotations

from extract.facts import Extraction, Literal
from tests.factories import ExtractionBuilder


def profile() -> Extraction:
    b = ExtractionBuilder(
        "Corin Dahl earned a B.S. from Halden College in 1990, an M.S. from Vessel Institute in 1993 and a "
        "Ph.D. from Tarn University in 1997. Mira Ostby holds a master's degree from Halden College. Ivo Brenn "
        "graduated from Oakridge High School in 1984 and earned a B.S. in chemistry from Tarn University in 1988.",
        title="Two astronauts and their schools", id="schools", published="2025-03-01",
    )
    b.entity("Corin Dahl", "Astronaut", aliases=("Dahl",))
    b.entity("Mira Ostby", "Astronaut", aliases=("Ostby",))
    b.entity("Ivo Brenn", "Astronaut", aliases=("Brenn",))
    for school in ("Halden College", "Vessel Institute", "Tarn University", "Oakridge High School"):
        b.entity(school, "School")
    told = {"Halden College": "a B.S. from Halden College", "Vessel Institute": "an M.S. from Vessel Institute",
            "Tarn University": "Ph.D. from Tarn University"}
    for school, degree, year in (("Halden College", "B.S.", "1990"), ("Vessel Institute", "M.S.", "1993"),
                                 ("Tarn University", "Ph.D.", "1997")):
        b.fact("Corin Dahl", "almaMater", school, evidence=told[school])
        b.fact("Corin Dahl", "education", Literal(degree), evidence=told[school],
               qualifiers={"school": school, "year": Literal(year, "gYear")})
    for school, degree, year in (("Oakridge High School", "degree", "1984"), ("Tarn University", "B.S.", "1988")):
        b.fact("Ivo Brenn", "almaMater", school, evidence=f"from {school} in {year}")
        field = {"field": Literal("chemistry")} if degree == "B.S." else {}
        b.fact("Ivo Brenn", "education", Literal(degree), evidence=f"from {school} in {year}",
               qualifiers={"school": school, "year": Literal(year, "gYear"), **field})
    b.fact("Mira Ostby", "almaMater", "Halden College", evidence="master's degree from Halden College")
    b.fact("Mira Ostby", "education", Literal("M.S."), evidence="master's degree from Halden College",
           qualifiers={"school": "Halden College"})
    return b.build()


def unnamed_degrees() -> Extraction:
    b = ExtractionBuilder(
        "Lise Marrow graduated from Kestow High School in 1979 and earned a degree from Brisk University. "
        "Pell Arden graduated from Wexford High School in 1981.",
        title="Two more astronauts", id="unnamed", published="2025-04-01",
    )
    b.entity("Lise Marrow", "Astronaut", aliases=("Marrow",))
    b.entity("Pell Arden", "Astronaut", aliases=("Arden",))
    for school in ("Kestow High School", "Brisk University", "Wexford High School"):
        b.entity(school, "School")
    for name, school, year in (("Lise Marrow", "Kestow High School", "1979"),
                               ("Pell Arden", "Wexford High School", "1981")):
        b.fact(name, "almaMater", school, evidence=f"graduated from {school} in {year}")
        b.fact(name, "education", Literal("degree"), evidence=f"graduated from {school} in {year}",
               qualifiers={"school": school, "year": Literal(year, "gYear")})
    b.fact("Lise Marrow", "almaMater", "Brisk University", evidence="earned a degree from Brisk University")
    return b.build()


ARTICLES = (profile, unnamed_degrees)

