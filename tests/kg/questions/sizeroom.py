"""A hand-declared newsroom (invented names) of flights whose crew sizes the articles state or
do not: a size larger than the people named, a size smaller than them, two articles with two
sizes, a size given only as planned, no size at all, and a crew of several nations with a size
stated and one member whose nation no article gives, and a whole crew of two nations; a
craft whose crew is stated only as the people who rode it; and a flight with its backups stated."""

from __future__ import annotations

from extract.facts import Extraction
from tests.factories import ExtractionBuilder, integer


def _flight(b: ExtractionBuilder, flight: str, crew: tuple[str, ...], told: str) -> None:
    b.entity(flight, "Mission")
    for name in crew:
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
        b.fact(flight, "crewMember", name, evidence=told)


def kestra_three() -> Extraction:
    b = ExtractionBuilder(
        "Kestra-3 lifted off with a crew of four. Its commander Aline Varo and pilot Bruno Catt waved.",
        title="Kestra-3 is off", id="kestra-3", published="2030-03-02")
    _flight(b, "Kestra-3", ("Aline Varo", "Bruno Catt"), "Aline Varo and pilot Bruno Catt")
    b.fact("Kestra-3", "crewSize", integer("4"), evidence="Kestra-3 lifted off with a crew of four")
    return b.build()


def kestra_four() -> Extraction:
    b = ExtractionBuilder(
        "The three-person Kestra-4 crew docked. Cara Dunn, Dov Emre, Ece Fahl and Gil Hart floated in.",
        title="Kestra-4 docks", id="kestra-4", published="2030-05-02")
    _flight(b, "Kestra-4", ("Cara Dunn", "Dov Emre", "Ece Fahl", "Gil Hart"),
            "Cara Dunn, Dov Emre, Ece Fahl and Gil Hart floated in")
    b.fact("Kestra-4", "crewSize", integer("3"), evidence="The three-person Kestra-4 crew")
    return b.build()


def kestra_five_a() -> Extraction:
    b = ExtractionBuilder("The Kestra-5 trio landed. Hale Ives was aboard.",
                          title="Kestra-5 lands", id="kestra-5-a", published="2030-07-02")
    _flight(b, "Kestra-5", ("Hale Ives",), "Hale Ives was aboard")
    b.fact("Kestra-5", "crewSize", integer("3"), evidence="The Kestra-5 trio landed")
    return b.build()


def kestra_five_b() -> Extraction:
    b = ExtractionBuilder("Kestra-5 flew a crew of four.", title="Kestra-5 in review", id="kestra-5-b",
                          published="2030-08-02")
    b.entity("Kestra-5", "Mission")
    b.fact("Kestra-5", "crewSize", integer("4"), evidence="Kestra-5 flew a crew of four")
    return b.build()


def kestra_six() -> Extraction:
    b = ExtractionBuilder(
        "Kestra-6 will carry four people next year. Ines Jaro and Joss Kemp are in its crew.",
        title="Kestra-6 crew named", id="kestra-6", published="2030-09-02")
    _flight(b, "Kestra-6", ("Ines Jaro", "Joss Kemp"), "Ines Jaro and Joss Kemp are in its crew")
    b.fact("Kestra-6", "crewSize", integer("4"), evidence="Kestra-6 will carry four people", modality="planned")
    return b.build()


def kestra_seven() -> Extraction:
    b = ExtractionBuilder(
        "Kestra-7 carried Kai Lund, Lea Moro and Max Nyx.", title="Kestra-7 returns", id="kestra-7",
        published="2030-10-02")
    _flight(b, "Kestra-7", ("Kai Lund", "Lea Moro", "Max Nyx"), "Kestra-7 carried Kai Lund, Lea Moro and Max Nyx")
    return b.build()


def kestra_eight() -> Extraction:
    b = ExtractionBuilder(
        "The four-person Kestra-8 crew was Noa Orr, Pia Quin and Rex Sol. Orr and Quin are American. "
        "Sol is Russian.",
        title="Kestra-8 crew", id="kestra-8", published="2030-11-02")
    _flight(b, "Kestra-8", ("Noa Orr", "Pia Quin", "Rex Sol"), "Noa Orr, Pia Quin and Rex Sol")
    b.fact("Kestra-8", "crewSize", integer("4"), evidence="The four-person Kestra-8 crew")
    b.entity("United States", "Country")
    b.entity("Russia", "Country")
    b.fact("Noa Orr", "nationality", "United States", evidence="Orr and Quin are American")
    b.fact("Pia Quin", "nationality", "United States", evidence="Orr and Quin are American")
    b.fact("Rex Sol", "nationality", "Russia", evidence="Sol is Russian")
    return b.build()


def kestra_nine() -> Extraction:
    b = ExtractionBuilder(
        "Kestra-9 flew Tia Umar, Uli Voss and Vic Wynn. Umar is American. Voss is Russian.",
        title="Kestra-9 crew", id="kestra-9", published="2030-12-02")
    _flight(b, "Kestra-9", ("Tia Umar", "Uli Voss", "Vic Wynn"), "Kestra-9 flew Tia Umar, Uli Voss and Vic Wynn")
    b.entity("United States", "Country")
    b.entity("Russia", "Country")
    b.fact("Tia Umar", "nationality", "United States", evidence="Umar is American")
    b.fact("Uli Voss", "nationality", "Russia", evidence="Voss is Russian")
    return b.build()


def kestra_ten() -> Extraction:
    b = ExtractionBuilder(
        "Kestra-10 flew a crew of two, Yan Ode and Zia Pru. Ode is American. Pru is Russian.",
        title="Kestra-10 crew", id="kestra-10", published="2031-02-02")
    _flight(b, "Kestra-10", ("Yan Ode", "Zia Pru"), "a crew of two, Yan Ode and Zia Pru")
    b.fact("Kestra-10", "crewSize", integer("2"), evidence="Kestra-10 flew a crew of two")
    b.entity("United States", "Country")
    b.entity("Russia", "Country")
    b.fact("Yan Ode", "nationality", "United States", evidence="Ode is American")
    b.fact("Zia Pru", "nationality", "Russia", evidence="Pru is Russian")
    return b.build()


def orla_two() -> Extraction:
    b = ExtractionBuilder(
        "The Orla-2 capsule docked. Wes Yam and Xan Zell rode Orla-2 to the station.",
        title="Orla-2 docks", id="orla-2", published="2031-01-02")
    b.entity("Orla-2", "Spacecraft")
    for name in ("Wes Yam", "Xan Zell"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
        b.fact(name, "spacecraft", "Orla-2", evidence="Wes Yam and Xan Zell rode Orla-2")
    return b.build()


def kestra_eleven() -> Extraction:
    b = ExtractionBuilder(
        "Members Pia Rand / Quin Sol. Backup crew: Commander Ray Tull, Flight Engineer Sia Uhl.",
        title="Kestra-11", id="kestra-11", published="2031-02-02")
    _flight(b, "Kestra-11", ("Pia Rand", "Quin Sol"), "Members Pia Rand / Quin Sol")
    for name in ("Ray Tull", "Sia Uhl"):
        b.entity(name, "Person", aliases=(name.split()[1],))
        b.fact("Kestra-11", "backupPilot", name, evidence="Backup crew: Commander Ray Tull, Flight Engineer Sia Uhl")
    return b.build()



ARTICLES = (kestra_three, kestra_four, kestra_five_a, kestra_five_b, kestra_six, kestra_seven,
            kestra_eight, kestra_nine, kestra_ten, kestra_eleven, orla_two)
