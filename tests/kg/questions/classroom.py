"""A hand-declared newsroom of selections (invented names), for "Who are the new X astronauts?"
(kg/questions/newest.py): the Norland agency's classes of 2009 and 2021, the 2021 one announced
with its year and listed below without it, and a 2021 recruit named apart without a year;
the Velmar agency's one undated class in one article; the Ardenia agency's two undated
classes, each in its own article; class sizes as articles state them (akg:classSize): the Kessa
agency's of 2031 by its year, the Orsk agency's by the day it was told, the Pella agency's of
2028 told two ways; the Brin and Dora agencies' undated sizes, beside people chosen in one year
and in two; the Tarn agency's class of 2032, stated smaller than the people named in it."""

from __future__ import annotations

from extract.facts import Extraction, Literal
from tests.factories import ExtractionBuilder


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


def kessa_2031() -> Extraction:
    b = ExtractionBuilder("The Kessa Space Agency selected 10 astronaut candidates in its 2031 class. "
                          "Lia Morn is one of them.", title="Kessa picks ten", id="kessa-2031", published="2031-02-03")
    b.entity("Kessa Space Agency", "SpaceAgency")
    b.fact("Kessa Space Agency", "classSize", Literal("10", "integer"), qualifiers={"year": Literal("2031", "gYear")},
           evidence="selected 10 astronaut candidates in its 2031 class")
    b.entity("Lia Morn", "Astronaut")
    b.fact("Lia Morn", "selectedBy", "Kessa Space Agency", evidence="Lia Morn is one of them")
    b.fact("Lia Morn", "selectionYear", Literal("2031", "gYear"), evidence="Lia Morn is one of them")
    return b.build()


def orsk_2030() -> Extraction:
    b = ExtractionBuilder("The Orsk Space Agency on Monday named a dozen new astronauts.", title="Orsk names twelve",
                          id="orsk-2030", published="2030-03-05")
    b.entity("Orsk Space Agency", "SpaceAgency")
    b.fact("Orsk Space Agency", "classSize", Literal("12", "integer"), as_of="2030-03-04",
           evidence="named a dozen new astronauts")
    return b.build()


def pella_2028(n: str) -> Extraction:
    b = ExtractionBuilder(f"The Pella Space Agency chose {n} astronauts in 2028.", title="Pella's class",
                          id=f"pella-2028-{n}", published="2028-05-01")
    b.entity("Pella Space Agency", "SpaceAgency")
    b.fact("Pella Space Agency", "classSize", Literal(n, "integer"), qualifiers={"year": Literal("2028", "gYear")},
           evidence=f"chose {n} astronauts in 2028")
    return b.build()


def undated(agency: str, people: dict[str, str]) -> Extraction:
    """A size told with no day nor year, beside people the agency chose in the years given."""
    told = " ".join(f"{name} was chosen in {year}." for name, year in people.items())
    b = ExtractionBuilder(f"The {agency} selected six astronauts. {told}", title=f"{agency} picks six",
                          id=agency.lower().replace(" ", "-"))
    b.entity(agency, "SpaceAgency")
    b.fact(agency, "classSize", Literal("6", "integer"), evidence="selected six astronauts")
    for name, year in people.items():
        b.entity(name, "Astronaut")
        b.fact(name, "selectedBy", agency, evidence=f"{name} was chosen")
        b.fact(name, "selectionYear", Literal(year, "gYear"), evidence=f"{name} was chosen in {year}")
    return b.build()


def tarn_2032() -> Extraction:
    b = ExtractionBuilder("The Tarn Space Agency picked two astronauts in 2032: Eda Roon, Per Salk and Ove Tamm.",
                          title="Tarn's class", id="tarn-2032", published="2032-04-01")
    b.entity("Tarn Space Agency", "SpaceAgency")
    b.fact("Tarn Space Agency", "classSize", Literal("2", "integer"), qualifiers={"year": Literal("2032", "gYear")},
           evidence="picked two astronauts in 2032")
    for name in ("Eda Roon", "Per Salk", "Ove Tamm"):
        b.entity(name, "Astronaut")
        b.fact(name, "selectedBy", "Tarn Space Agency", evidence="The Tarn Space Agency picked")
        b.fact(name, "selectionYear", Literal("2032", "gYear"), evidence=name)
    return b.build()


ARTICLES = (norland_2009, norland_2021, velmar, ardenia_first, ardenia_second, kessa_2031, orsk_2030,
            lambda: pella_2028("8"), lambda: pella_2028("9"), lambda: undated("Brin Space Agency", {"Tam Ode": "2027"}),
            lambda: undated("Dora Space Agency", {"Ula Vee": "2025", "Ned Orr": "2026"}), tarn_2032)
