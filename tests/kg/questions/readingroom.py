"""A hand-declared newsroom (invented names) for questions whose every word must be read: a
person's age, birthplace, birth date, job and flight beside a spouse who has none of those
stated, so "How old is X's wife?" finds only X's own; a flight with a commander and an unnamed
carrier plane; spacewalks told only by their rank (a first one, a fourth, and a count and a rank
in undated articles); one who died, whose obituary gives his age at death, and one whose age at
a flight is stated beside the age at death; a first in space beside a first in orbit of the same
country; crewmates of a flight beside one met aboard a station; a veteran of two flights whose
articles date only the second, beside one with both dated.
"""

from __future__ import annotations

from extract.facts import Extraction, Literal
from tests.factories import ExtractionBuilder, date, integer


def talvik() -> Extraction:
    b = ExtractionBuilder(
        "Oren Talvik, 61, a test pilot born in Vard on 2 March 1964, commanded Kestrel 4. "
        "His wife, Mira Talvik, watched the launch of Kestrel 4 on 5 May 2025, carried aloft by a carrier plane. "
        "Talvik grew up in Holm.",
        title="Talvik flies Kestrel 4", id="talvik-flies", published="2025-05-06",
    )
    b.entity("Oren Talvik", "Astronaut", aliases=("Talvik",))
    b.entity("Mira Talvik", "Person")
    b.entity("Kestrel 4", "Spaceflight")
    b.entity("Vard", "City")
    b.entity("Holm", "City")
    b.fact("Oren Talvik", "age", integer("61"), evidence="Oren Talvik, 61", qualifiers={"unit": Literal("year")},
           as_of="2025-05-06")
    b.fact("Oren Talvik", "jobTitle", Literal("test pilot"), evidence="a test pilot")
    b.fact("Oren Talvik", "birthPlace", "Vard", evidence="born in Vard")
    b.fact("Oren Talvik", "birthDate", date("1964-03-02"), evidence="born in Vard on 2 March 1964")
    b.fact("Oren Talvik", "hometown", "Holm", evidence="Talvik grew up in Holm")
    b.fact("Oren Talvik", "spouse", "Mira Talvik", evidence="His wife, Mira Talvik")
    b.fact("Kestrel 4", "commander", "Oren Talvik", evidence="commanded Kestrel 4")
    b.fact("Oren Talvik", "launchDate", date("2025-05-05"), evidence="the launch of Kestrel 4 on 5 May 2025")
    return b.build()


def walks() -> Extraction:
    b = ExtractionBuilder(
        "Lida Parn made her first spacewalk on Kestrel 4. Kel Arvo made the fourth spacewalk of his career.",
        title="Two walks", id="two-walks", published="2025-05-20",
    )
    b.entity("Lida Parn", "Astronaut", aliases=("Parn",))
    b.entity("Kel Arvo", "Astronaut", aliases=("Arvo",))
    b.entity("Kestrel 4", "Spaceflight")
    b.fact("Lida Parn", "minimumSpacewalkCount", integer("1"), evidence="made her first spacewalk", as_of="2025-05-19")
    b.fact("Kel Arvo", "minimumSpacewalkCount", integer("4"), evidence="the fourth spacewalk of his career",
           as_of="2025-05-19")
    b.fact("Kestrel 4", "crewMember", "Kel Arvo", evidence="Kel Arvo made the fourth spacewalk")
    return b.build()


def sarn_count() -> Extraction:
    b = ExtractionBuilder("Ivo Sarn has made two spacewalks.", title="Sarn's walks", id="sarn-count")
    b.entity("Ivo Sarn", "Astronaut", aliases=("Sarn",))
    b.fact("Ivo Sarn", "spacewalkCount", integer("2"), evidence="has made two spacewalks")
    return b.build()


def sarn_rank() -> Extraction:
    b = ExtractionBuilder("Ivo Sarn made his third spacewalk.", title="Sarn again", id="sarn-rank")
    b.entity("Ivo Sarn", "Astronaut", aliases=("Sarn",))
    b.fact("Ivo Sarn", "minimumSpacewalkCount", integer("3"), evidence="made his third spacewalk")
    return b.build()


def obituaries() -> Extraction:
    b = ExtractionBuilder(
        "Gorm Vesti, who flew on Kestrel 1, died on 2 June 2024. He was 70. "
        "Hale Dunmore died on 4 April 2024 at the age of 80. Dunmore was 33 when he flew in 1977.",
        title="Two pioneers remembered", id="obituaries", published="2024-06-03",
    )
    b.entity("Gorm Vesti", "Astronaut", aliases=("Vesti",))
    b.entity("Hale Dunmore", "Astronaut", aliases=("Dunmore",))
    b.entity("Kestrel 1", "Spaceflight")
    b.fact("Gorm Vesti", "deathDate", date("2024-06-02"), evidence="died on 2 June 2024")
    b.fact("Gorm Vesti", "age", integer("70"), evidence="He was 70", qualifiers={"unit": Literal("year")},
           as_of="2024-06-02")
    b.fact("Kestrel 1", "crewMember", "Gorm Vesti", evidence="Gorm Vesti, who flew on Kestrel 1")
    b.fact("Hale Dunmore", "deathDate", date("2024-04-04"), evidence="died on 4 April 2024")
    b.fact("Hale Dunmore", "age", integer("80"), evidence="at the age of 80", qualifiers={"unit": Literal("year")},
           as_of="2024-04-04")
    b.fact("Hale Dunmore", "age", integer("33"), evidence="Dunmore was 33 when he flew",
           qualifiers={"unit": Literal("year")}, as_of="1977")
    return b.build()


def firsts() -> Extraction:
    b = ExtractionBuilder(
        "Tarvo Lenk became the first Mongolian in space in 1961. "
        "Sela Brask was the first Mongolian to orbit the Earth.",
        title="Mongolia's pioneers", id="mongolian-firsts", published="2021-04-12",
    )
    b.entity("Tarvo Lenk", "Astronaut")
    b.entity("Sela Brask", "Astronaut")
    b.fact("Tarvo Lenk", "holdsFirst", Literal("in space"), evidence="the first Mongolian in space",
           qualifiers={"firstScope": Literal("Mongolia")})
    b.fact("Sela Brask", "holdsFirst", Literal("orbit the Earth"), evidence="the first Mongolian to orbit the Earth",
           qualifiers={"firstScope": Literal("Mongolia")})
    return b.build()


def vela() -> Extraction:
    b = ExtractionBuilder(
        "Pia Rusk flew with Oren Talvik on Kestrel 4. Ansa Korr, who commands Vela station, "
        "worked with Talvik aboard the station.",
        title="Kestrel 4 crew at Vela", id="vela", published="2025-05-08",
    )
    b.entity("Oren Talvik", "Astronaut", aliases=("Talvik",))
    b.entity("Pia Rusk", "Astronaut", aliases=("Rusk",))
    b.entity("Ansa Korr", "Astronaut", aliases=("Korr",))
    b.entity("Kestrel 4", "Spaceflight")
    b.entity("Vela station", "SpaceStation")
    b.fact("Kestrel 4", "crewMember", "Pia Rusk", evidence="Pia Rusk flew with Oren Talvik on Kestrel 4")
    b.fact("Pia Rusk", "flewWith", "Oren Talvik", evidence="Pia Rusk flew with Oren Talvik")
    b.fact("Ansa Korr", "flewWith", "Oren Talvik", evidence="worked with Talvik aboard the station")
    b.fact("Vela station", "commander", "Ansa Korr", evidence="Ansa Korr, who commands Vela station")
    return b.build()


def veterans() -> Extraction:
    b = ExtractionBuilder(
        "Bo Vantrell flew into space two times. He returned to space on 3 May 1973 aboard Lumen-2. "
        "Cira Moll launched on Lumen-5 on 4 April 2010 and on Lumen-8 on 9 September 2015. "
        "Cira Moll has flown into space two times.",
        title="Veterans of Lumen", id="veterans", published="2016-01-10",
    )
    b.entity("Bo Vantrell", "Astronaut", aliases=("Vantrell",))
    b.entity("Cira Moll", "Astronaut", aliases=("Moll",))
    for flight in ("Lumen-2", "Lumen-5", "Lumen-8"):
        b.entity(flight, "Spaceflight")
    b.fact("Bo Vantrell", "launchDate", date("1973-05-03"), evidence="returned to space on 3 May 1973")
    b.fact("Lumen-2", "crewMember", "Bo Vantrell", evidence="He returned to space on 3 May 1973 aboard Lumen-2")
    b.fact("Cira Moll", "launchDate", date("2010-04-04"), evidence="launched on Lumen-5 on 4 April 2010")
    b.fact("Cira Moll", "launchDate", date("2015-09-09"), evidence="on Lumen-8 on 9 September 2015")
    b.fact("Lumen-5", "crewMember", "Cira Moll", evidence="launched on Lumen-5")
    b.fact("Lumen-8", "crewMember", "Cira Moll", evidence="on Lumen-8 on 9 September 2015")
    return b.build()


ARTICLES = (talvik, walks, sarn_count, sarn_rank, obituaries, firsts, vela, veterans)
