"""A hand-declared newsroom of people on flights (invented names): a flight's crew with each
one's role ("commander", "command module pilot", "lunar module pilot"), crewmates stated as such,
a spacewalk pair, and an astronaut's employer, so that "Who went with X?" has an agency nearby
that must never answer it; and a flight whose designation the parser takes for a verb
("Who piloted Vesta-135?"), with its commander and pilot; and crewmates stated in a sentence
that names no flight, in an article of two flights, whose crews the articles state elsewhere; and
a pair who walked on the Moon, beside the pair who walked in space."""

from __future__ import annotations

from extract.facts import Extraction, Literal
from tests.factories import ExtractionBuilder


def corvid_crew() -> Extraction:
    b = ExtractionBuilder(
        "Corvid 19 launched with Commander Ansel Drury, Command Module Pilot Bex Tamm and Lunar Module "
        "Pilot Oda Pell aboard. Drury flew with Tamm and Pell. "
        "Oda Pell, an Orbis Agency astronaut, made a spacewalk with Ansel Drury.",
        title="Corvid 19 is off", id="corvid-crew", published="2031-05-02",
    )
    for name in ("Ansel Drury", "Bex Tamm", "Oda Pell"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    b.entity("Corvid 19", "Mission")
    b.entity("Orbis Agency", "SpaceAgency")
    b.fact("Corvid 19", "commander", "Ansel Drury", evidence="Commander Ansel Drury")
    for name, role in (("Ansel Drury", "commander"), ("Bex Tamm", "command module pilot"),
                       ("Oda Pell", "lunar module pilot")):
        b.fact("Corvid 19", "crewMember", name, evidence=name)
        b.fact(name, "crewRole", Literal(role), evidence=name, qualifiers={"mission": "Corvid 19"})
    b.fact("Ansel Drury", "flewWith", "Bex Tamm", evidence="Drury flew with Tamm and Pell")
    b.fact("Ansel Drury", "flewWith", "Oda Pell", evidence="Drury flew with Tamm and Pell")
    b.fact("Oda Pell", "spacewalkPartner", "Ansel Drury", evidence="made a spacewalk with Ansel Drury")
    b.fact("Oda Pell", "employer", "Orbis Agency", evidence="an Orbis Agency astronaut")
    return b.build()


def vesta_crew() -> Extraction:
    b = ExtractionBuilder(
        "Vesta-135 lifted off with commander Ulla Brin and pilot Tam Okoro.",
        title="Vesta-135 flies", id="vesta-crew", published="2032-03-01",
    )
    for name in ("Ulla Brin", "Tam Okoro"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    b.entity("Vesta-135", "Mission")
    b.fact("Vesta-135", "commander", "Ulla Brin", evidence="commander Ulla Brin")
    for name, role in (("Ulla Brin", "commander"), ("Tam Okoro", "pilot")):
        b.fact("Vesta-135", "crewMember", name, evidence=name)
        b.fact(name, "crewRole", Literal(role), evidence=name, qualifiers={"mission": "Vesta-135"})
    return b.build()


def corvid_crews() -> Extraction:
    b = ExtractionBuilder(
        "Corvid 21 carried commander Ivo Renn and Lia Okafor. Corvid 22 carried Renn and Ren Sato.",
        title="Two Corvid crews", id="corvid-crews", published="2033-01-10",
    )
    for name in ("Ivo Renn", "Lia Okafor", "Ren Sato"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    b.entity("Corvid 21", "Mission")
    b.entity("Corvid 22", "Mission")
    b.fact("Corvid 21", "commander", "Ivo Renn", evidence="commander Ivo Renn")
    b.fact("Lia Okafor", "crewRole", Literal("pilot"), evidence="Lia Okafor", qualifiers={"mission": "Corvid 21"})
    b.fact("Corvid 22", "crewMember", "Ivo Renn", evidence="Corvid 22 carried Renn")
    b.fact("Corvid 22", "crewMember", "Ren Sato", evidence="Ren Sato")
    return b.build()


def renn_profile() -> Extraction:
    b = ExtractionBuilder(
        "Ivo Renn flew Corvid 21 and Corvid 22. Renn flew with Okafor and Sato.",
        title="Ivo Renn retires", id="renn-profile", published="2034-06-01",
    )
    for name in ("Ivo Renn", "Lia Okafor", "Ren Sato"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    b.entity("Corvid 21", "Mission")
    b.entity("Corvid 22", "Mission")
    b.fact("Ivo Renn", "flewWith", "Lia Okafor", evidence="Renn flew with Okafor")
    b.fact("Ivo Renn", "flewWith", "Ren Sato", evidence="Sato")
    return b.build()


def selene_landing() -> Extraction:
    b = ExtractionBuilder(
        "On Selene 4, Kato Varga walked on the Moon with Nils Ode.",
        title="Selene 4 lands", id="selene-landing", published="2035-07-20",
    )
    for name in ("Kato Varga", "Nils Ode"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    b.entity("Selene 4", "Mission")
    b.fact("Kato Varga", "spacewalkPartner", "Nils Ode", evidence="Kato Varga walked on the Moon with Nils Ode")
    return b.build()


ARTICLES = (corvid_crew, vesta_crew, corvid_crews, renn_profile, selene_landing)
