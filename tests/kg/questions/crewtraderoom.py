"""A hand-declared newsroom of a flight's crew with their trades (invented names): a medical
doctor, an engineer and a pilot flew Dawnstar 1, and a physician flew another flight, for
kg/questions/crew_trades.py."""

from __future__ import annotations

from extract.facts import Extraction, Literal
from tests.factories import ExtractionBuilder


def crew() -> Extraction:
    b = ExtractionBuilder(
        "Dawnstar 1 carried engineer Kasimir Vell and medical doctor Oren Malk alongside pilot Davor Renk. "
        "Physician Lira Sotto flew Dawnstar 2.",
        title="Three aboard", id="dawnstar", published="2031-10-12",
    )
    for name in ("Kasimir Vell", "Oren Malk", "Davor Renk", "Lira Sotto"):
        b.entity(name, "Astronaut")
    b.entity("Dawnstar 1", "Mission")
    b.entity("Dawnstar 2", "Mission")
    for name in ("Kasimir Vell", "Oren Malk", "Davor Renk"):
        b.fact("Dawnstar 1", "crewMember", name, evidence="Dawnstar 1 carried engineer Kasimir Vell and medical "
                                                          "doctor Oren Malk alongside pilot Davor Renk")
    b.fact("Kasimir Vell", "occupation", Literal("engineer"), evidence="engineer Kasimir Vell")
    b.fact("Oren Malk", "occupation", Literal("medical doctor"), evidence="medical doctor Oren Malk")
    b.fact("Davor Renk", "occupation", Literal("pilot"), evidence="pilot Davor Renk")
    b.fact("Dawnstar 2", "crewMember", "Lira Sotto", evidence="Physician Lira Sotto flew Dawnstar 2")
    b.fact("Lira Sotto", "occupation", Literal("physician"), evidence="Physician Lira Sotto")
    return b.build()


ARTICLES = (crew,)
