"""A hand-declared newsroom for answers of the wrong kind (invented names): a flight with its
commander and pilot, an organisation named beside a flight, a person's length of time in space
(no count of orbits), a country's first spacewalk, and firsts told with a craft ("to fly on a
U.S. Shuttle") and by birth ("the first Indian-born woman"), each beside a near miss the
questions ask ("the first Ukrainian in space", "the first Indian woman in space"); and a launch
whose article's headline says "first" of a group, not of the flight, beside a first flight told;
someone who flew two shuttle flights on two orbiters, and someone selected by two agencies in two
years of which the articles date only one."""

from __future__ import annotations

from extract.facts import Extraction, Literal, Term
from tests.factories import ExtractionBuilder, date, days


def corvan_flight() -> Extraction:
    b = ExtractionBuilder(
        "Corvan-5 lifted off with Tarik Elm in command and Saul Brek as its pilot. "
        "SKYCOM, the flight's mission control, followed Corvan-4 last year. "
        "Jora Pell spent 9 days in space on Corvan-4. "
        "Tarik Elm made Chile's first spacewalk on the flight.",
        title="Corvan-5 is off", id="corvan-flight", published="2026-03-02",
    )
    for name in ("Tarik Elm", "Saul Brek", "Jora Pell"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    b.entity("Corvan-5", "Mission")
    b.entity("Corvan-4", "Mission")
    b.entity("SKYCOM", "Organization")
    b.fact("Corvan-5", "crewMember", "Tarik Elm", evidence="Corvan-5 lifted off with Tarik Elm in command")
    b.fact("Corvan-5", "crewMember", "Saul Brek", evidence="Saul Brek as its pilot")
    b.fact("Tarik Elm", "crewRole", Literal("commander"), evidence="Tarik Elm in command",
           qualifiers={"mission": "Corvan-5"})
    b.fact("Saul Brek", "crewRole", Literal("pilot"), evidence="Saul Brek as its pilot",
           qualifiers={"mission": "Corvan-5"})
    b.fact("Corvan-4", "crewMember", "Jora Pell", evidence="Jora Pell spent 9 days in space on Corvan-4")
    b.fact("Jora Pell", "timeInSpace", days("9"), evidence="Jora Pell spent 9 days in space on Corvan-4",
           qualifiers={"unit": Literal("day"), "scope": Term("SingleFlight"), "mission": "Corvan-4"})
    b.fact("Tarik Elm", "holdsFirst", Literal("spacewalk"), evidence="Tarik Elm made Chile's first spacewalk",
           qualifiers={"firstScope": Literal("Chile"), "statedAs": Literal("Chile's first spacewalk")})
    return b.build()


def firsts_told_narrowly() -> Extraction:
    b = ExtractionBuilder(
        "The crew included Oles Marko, the first Ukrainian to fly on a U.S. Shuttle, and Priya Rane, "
        "the first Indian-born woman to travel into space.",
        title="A crew of firsts", id="crew-of-firsts", published="2026-03-03",
    )
    b.entity("Oles Marko", "Astronaut")
    b.entity("Priya Rane", "Astronaut")
    b.fact("Oles Marko", "holdsFirst", Literal("fly on a U.S. Shuttle"),
           evidence="the first Ukrainian to fly on a U.S. Shuttle",
           qualifiers={"firstScope": Literal("Ukraine"),
                       "statedAs": Literal("first Ukrainian to fly on a U.S. Shuttle")})
    b.fact("Priya Rane", "holdsFirst", Literal("travel into space"),
           evidence="the first Indian-born woman to travel into space",
           qualifiers={"firstScope": Literal("Indian-born, woman"),
                       "statedAs": Literal("first Indian-born woman to travel into space")})
    return b.build()


def flights_placed() -> Extraction:
    b = ExtractionBuilder(
        "Vera Holm launched on Corvan-3 on 3 May 2019. Ilo Brant's first flight lifted off on 2 June 2015.",
        title="Holm, one of the first Chilean astronauts, flies again", id="flights-placed", published="2019-05-04",
    )
    b.entity("Vera Holm", "Astronaut", aliases=("Holm",))
    b.entity("Ilo Brant", "Astronaut", aliases=("Brant",))
    b.fact("Vera Holm", "launchDate", date("2019-05-03"), evidence="Vera Holm launched on Corvan-3 on 3 May 2019")
    b.fact("Ilo Brant", "launchDate", date("2015-06-02"), evidence="Brant's first flight lifted off on 2 June 2015")
    return b.build()


def two_careers() -> Extraction:
    b = ExtractionBuilder(
        "Gail Ferro flew aboard Space Shuttle Harrow on STS-301 and on Space Shuttle Quillon on STS-310. "
        "Nils Aalto was selected by the Norvik Space Office in 1998 and by the Ardenian Space Agency in 2009.",
        title="Two careers", id="two-careers", published="2012-01-02",
    )
    b.entity("Gail Ferro", "Astronaut", aliases=("Ferro",))
    b.entity("Nils Aalto", "Astronaut", aliases=("Aalto",))
    b.entity("STS-301", "Mission")
    b.entity("STS-310", "Mission")
    b.entity("Space Shuttle Harrow", "Spacecraft")
    b.entity("Space Shuttle Quillon", "Spacecraft")
    b.entity("Norvik Space Office", "SpaceAgency")
    b.entity("Ardenian Space Agency", "SpaceAgency")
    b.fact("STS-301", "crewMember", "Gail Ferro", evidence="Gail Ferro flew aboard Space Shuttle Harrow on STS-301")
    b.fact("STS-310", "crewMember", "Gail Ferro", evidence="on Space Shuttle Quillon on STS-310")
    b.fact("Gail Ferro", "spacecraft", "Space Shuttle Harrow", evidence="flew aboard Space Shuttle Harrow")
    b.fact("Gail Ferro", "spacecraft", "Space Shuttle Quillon", evidence="on Space Shuttle Quillon")
    b.fact("Nils Aalto", "selectedBy", "Norvik Space Office", evidence="selected by the Norvik Space Office in 1998")
    b.fact("Nils Aalto", "selectedBy", "Ardenian Space Agency", evidence="by the Ardenian Space Agency in 2009")
    b.fact("Nils Aalto", "selectionYear", Literal("1998", "gYear"), evidence="Norvik Space Office in 1998")
    return b.build()


ARTICLES = (corvan_flight, firsts_told_narrowly, flights_placed)
def stale_total() -> Extraction:
    b = ExtractionBuilder(
        "Igor Sava had spent 100 days in space by 10 January 2019. Sava launched on Corra-20 on 9 May 2021. "
        "Corra-22 lifted off on 2 June 2023 with Sava aboard.",
        title="Sava flies again", id="stale-total", published="2023-06-02",
    )
    b.entity("Igor Sava", "Astronaut", aliases=("Sava",))
    b.entity("Corra-20", "Spaceflight")
    b.entity("Corra-22", "Spaceflight")
    b.fact("Igor Sava", "timeInSpace", days("100"), evidence="had spent 100 days in space by 10 January 2019",
           qualifiers={"unit": Literal("day"), "scope": Term("Cumulative")}, as_of="2019-01-10")
    b.fact("Igor Sava", "launchDate", date("2021-05-09"), evidence="Sava launched on Corra-20 on 9 May 2021")
    b.fact("Corra-20", "launchDate", date("2021-05-09"), evidence="Sava launched on Corra-20 on 9 May 2021")
    b.fact("Corra-20", "crewMember", "Igor Sava", evidence="Sava launched on Corra-20")
    b.fact("Corra-22", "launchDate", date("2023-06-02"), evidence="Corra-22 lifted off on 2 June 2023")
    b.fact("Corra-22", "crewMember", "Igor Sava", evidence="Corra-22 lifted off on 2 June 2023 with Sava aboard")
    return b.build()


def stay_told_apart() -> Extraction:
    b = ExtractionBuilder(
        "Nina Ruell spent 12 days in space on STS-899, the telescope flight. In 2011 Ruell lived aboard the "
        "Tessel station.",
        title="Ruell retires", id="stay-told-apart", published="2014-02-02",
    )
    b.entity("Nina Ruell", "Astronaut", aliases=("Ruell",))
    b.entity("STS-899", "Spaceflight")
    b.entity("Tessel station", "SpaceStation")
    b.fact("STS-899", "crewMember", "Nina Ruell", evidence="Nina Ruell spent 12 days in space on STS-899")
    b.fact("Nina Ruell", "timeInSpace", days("12"), evidence="Nina Ruell spent 12 days in space on STS-899",
           qualifiers={"unit": Literal("day"), "scope": Term("SingleFlight"), "mission": "STS-899"})
    b.fact("Tessel station", "crewMember", "Nina Ruell", evidence="Ruell lived aboard the Tessel station")
    return b.build()


#: apart, so that its orbiters are no readings of "the Shuttle" in the firsts' questions
CAREERS = (two_careers, stale_total, stay_told_apart)
