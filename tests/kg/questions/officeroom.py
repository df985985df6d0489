"""A hand-declared newsroom of offices told with their time (invented names): a center director
named only as "future" in a story of a flight, an administrator named "then-administrator" in a
later look back, one named as holding the office, an acting one (also stated as the agency's
leader), and an agency with one stated head, for the questions that ask who held an office
later, at a time, or now (kg/questions/titles.py)."""

from __future__ import annotations

from extract.facts import Extraction, Literal
from tests.factories import ExtractionBuilder

CENTER, AGENCY = "Orla Space Center", "Orla Space Agency"


def a_flight_told_later() -> Extraction:
    text = ("Seated beside future Orla Space Center director Ivo Lind, Tam Rook flew the shuttle. "
            "Then-administrator Bea Holt watched the landing.")
    b = ExtractionBuilder(text, title="A flight looked back on", id="looked-back", published="2031-04-02")
    for name in ("Ivo Lind", "Tam Rook", "Bea Holt"):
        b.entity(name, "Astronaut" if name != "Bea Holt" else "Person")
    b.entity(CENTER, "Organization")
    b.entity(AGENCY, "SpaceAgency")
    told = "future Orla Space Center director Ivo Lind"
    b.fact("Ivo Lind", "jobTitle", Literal("director"), evidence=told, modality="later")
    b.fact("Ivo Lind", "employer", CENTER, evidence=told, modality="later")
    b.fact("Bea Holt", "jobTitle", Literal("administrator"), evidence="Then-administrator Bea Holt",
           modality="former")
    b.fact("Bea Holt", "employer", AGENCY, evidence="Then-administrator Bea Holt")
    return b.build()


def an_administrator_as_told() -> Extraction:
    b = ExtractionBuilder("Orla Space Agency administrator Nia Voss opened the new hangar.",
                          title="Hangar opens", id="hangar", published="2030-06-01")
    b.entity("Nia Voss", "Person")
    b.entity(AGENCY, "SpaceAgency")
    told = "Orla Space Agency administrator Nia Voss"
    b.fact("Nia Voss", "jobTitle", Literal("administrator"), evidence=told)
    b.fact("Nia Voss", "employer", AGENCY, evidence=told)
    return b.build()


def an_acting_administrator() -> Extraction:
    b = ExtractionBuilder('"We fly in May," said Kai Dunn, acting Orla Space Agency administrator.',
                          title="May flight", id="may-flight", published="2030-09-09")
    b.entity("Kai Dunn", "Person")
    b.entity(AGENCY, "SpaceAgency")
    told = "Kai Dunn, acting Orla Space Agency administrator"
    b.fact("Kai Dunn", "jobTitle", Literal("acting administrator"), evidence=told)
    b.fact("Kai Dunn", "employer", AGENCY, evidence=told)
    b.fact(AGENCY, "leader", "Kai Dunn", evidence=told)
    return b.build()


def one_head() -> Extraction:
    b = ExtractionBuilder("Rill Space Office director Ada Marsh met the crew.",
                          title="Crew met", id="crew-met", published="2029-02-03")
    b.entity("Ada Marsh", "Person")
    b.entity("Rill Space Office", "SpaceAgency")
    told = "Rill Space Office director Ada Marsh"
    b.fact("Ada Marsh", "jobTitle", Literal("director"), evidence=told)
    b.fact("Ada Marsh", "employer", "Rill Space Office", evidence=told)
    return b.build()


ARTICLES = (a_flight_told_later, an_administrator_as_told, an_acting_administrator, one_head)
