"""A hand-declared newsroom of a title held by different people at different times (invented
names): the Ardenian Space Agency's administrator as an article of 2008 names her and as one of
2026 names him, a head of another agency stated once, and a title two undated notes give to two
people."""

from __future__ import annotations

from extract.facts import Extraction, Literal
from tests.factories import ExtractionBuilder

AGENCY = "Ardenian Space Agency"


def _holder(text: str, title: str, ident: str, published: str | None, name: str, told: str, job: str,
            agency: str = AGENCY) -> Extraction:
    b = ExtractionBuilder(text, title=title, id=ident, published=published)
    b.entity(name, "Person")
    b.entity(agency, "SpaceAgency")
    b.fact(name, "employer", agency, evidence=told)
    b.fact(name, "jobTitle", Literal(job), evidence=told)
    return b.build()


def the_earlier_administrator() -> Extraction:
    return _holder("Lorna Pike, administrator of the Ardenian Space Agency, opened the new hangar.",
                   "Hangar opens", "hangar-opens", "2008-05-14", "Lorna Pike",
                   "Lorna Pike, administrator of the Ardenian Space Agency", "administrator")


def the_later_administrator() -> Extraction:
    return _holder("Ardenian Space Agency Administrator Teo Brand said the flight was a success.",
                   "Flight a success", "flight-success", "2026-03-02", "Teo Brand",
                   "Ardenian Space Agency Administrator Teo Brand", "Administrator")


def a_head_stated_once() -> Extraction:
    return _holder("Velmar Space Office director Ines Kaul met the crew.", "Crew met", "crew-met", "2019-07-01",
                   "Ines Kaul", "Velmar Space Office director Ines Kaul", "director", agency="Velmar Space Office")


def two_undated_chiefs() -> Extraction:
    b = ExtractionBuilder("Bo Lind and Ari Sten have each served as chief of the Norran Space Board.",
                          title="Chiefs", id="norran-chiefs", published=None)
    b.entity("Norran Space Board", "SpaceAgency")
    for name in ("Bo Lind", "Ari Sten"):
        b.entity(name, "Person")
        b.fact(name, "employer", "Norran Space Board", evidence="chief of the Norran Space Board")
        b.fact(name, "jobTitle", Literal("chief"), evidence="chief of the Norran Space Board")
    return b.build()


ARTICLES = (the_earlier_administrator, the_later_administrator, a_head_stated_once, two_undated_chiefs)
