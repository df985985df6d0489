"""A hand-declared newsroom about lengths, durations and counts (invented names): a person's
count of orbits tied to their flight, told in a story that also names the Earth as a thing of
the graph, and a flight's own count of orbits that the person never flew; a flight's own length,
and a person's single-flight and career time in space; two undated figures read of one
cosmonaut from a story of two endurance records, neither said to be a total or one flight's,
and one walk's length, a count of walks and one of flights; career totals stated on the day a
flight launched and after it landed, and one dated only by its year; stays on stations: one
flight's time of someone tied to that station only, of someone tied to two, and a career total
of someone tied to one, all tied to their flights.
"""

from __future__ import annotations

from extract.facts import Extraction, Literal, Term
from tests.factories import ExtractionBuilder, date, days, integer

_DAY_SINGLE = {"unit": Literal("day"), "scope": Term("SingleFlight")}
_DAY_TOTAL = {"unit": Literal("day"), "scope": Term("Cumulative")}


def quill_orbits() -> Extraction:
    b = ExtractionBuilder(
        "Dara Quill flew on Tessel-4 and made 64 orbits of the Earth. "
        "Tessel-4 lasted four days. Tessel-6 circled the Earth 30 times with Bo Renner aboard. "
        "The Earth looked blue, Quill said.",
        title="Quill is home", id="quill-orbits", published="2030-03-02",
    )
    for name in ("Dara Quill", "Bo Renner"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    for flight in ("Tessel-4", "Tessel-6"):
        b.entity(flight, "Spaceflight")
    b.entity("Earth", "CelestialBody")
    b.fact("Tessel-4", "crewMember", "Dara Quill", evidence="Dara Quill flew on Tessel-4")
    b.fact("Dara Quill", "orbitCount", integer("64"), evidence="made 64 orbits of the Earth",
           qualifiers={"mission": "Tessel-4"})
    b.fact("Tessel-4", "flightLength", days("4"), evidence="Tessel-4 lasted four days",
           qualifiers={"unit": Literal("day")})
    b.fact("Tessel-6", "orbitCount", integer("30"), evidence="Tessel-6 circled the Earth 30 times")
    b.fact("Tessel-6", "crewMember", "Bo Renner", evidence="with Bo Renner aboard")
    return b.build()


def endurance_records() -> Extraction:
    b = ExtractionBuilder(
        "Ivar Lusk and Oren Vey set an endurance record of 175 days. "
        "They logged 175 days in orbit, more than a month longer than the earlier record of 139 days. "
        "Vey's spacewalk lasted 360 minutes. Vey has made four spacewalks and has flown twice.",
        title="A new endurance record", id="endurance-records", published="2029-08-20",
    )
    for name in ("Ivar Lusk", "Oren Vey"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    for name in ("Ivar Lusk", "Oren Vey"):
        b.fact(name, "timeInSpace", days("175"), evidence="They logged 175 days in orbit",
               qualifiers={"unit": Literal("day")})
        b.fact(name, "timeInSpace", days("139"), evidence="the earlier record of 139 days",
               qualifiers={"unit": Literal("day")})
    b.fact("Oren Vey", "spacewalkCount", integer("4"), evidence="Vey has made four spacewalks")
    b.fact("Oren Vey", "spacewalkDuration", integer("360"), evidence="Vey's spacewalk lasted 360 minutes",
           qualifiers={"unit": Literal("minute"), "scope": Term("SingleSpacewalk")})
    return b.build()


def marek_launch() -> Extraction:
    b = ExtractionBuilder(
        "Sava Marek lifted off on Corra-11 on 3 May 2031. Marek has spent 533 days in space over three "
        "earlier flights. Yuna Pell, who flew with him, has logged 200 days in space since 2030.",
        title="Corra-11 is off", id="marek-launch", published="2031-05-03",
    )
    for name in ("Sava Marek", "Yuna Pell"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    b.entity("Corra-11", "Spaceflight")
    b.fact("Corra-11", "crewMember", "Sava Marek", evidence="Sava Marek lifted off on Corra-11")
    b.fact("Corra-11", "crewMember", "Yuna Pell", evidence="Yuna Pell, who flew with him")
    b.fact("Corra-11", "launchDate", date("2031-05-03"), evidence="lifted off on Corra-11 on 3 May 2031")
    b.fact("Sava Marek", "launchDate", date("2031-05-03"), evidence="lifted off on Corra-11 on 3 May 2031")
    b.fact("Sava Marek", "timeInSpace", days("533"), evidence="has spent 533 days in space over three",
           qualifiers=_DAY_TOTAL, as_of="2031-05-03")
    b.fact("Yuna Pell", "timeInSpace", days("200"), evidence="has logged 200 days in space since 2030",
           qualifiers=_DAY_TOTAL, as_of="2031")
    return b.build()


def marek_lands() -> Extraction:
    b = ExtractionBuilder(
        "Sava Marek landed after 190 days aboard the station, bringing his total to 723 days. "
        "He made three spacewalks on the flight, the longest lasting seven hours.",
        title="Marek is home", id="marek-lands", published="2031-11-09",
    )
    b.entity("Sava Marek", "Astronaut", aliases=("Marek",))
    b.entity("Corra-11", "Spaceflight")
    b.fact("Sava Marek", "timeInSpace", days("190"), evidence="landed after 190 days aboard the station",
           qualifiers={**_DAY_SINGLE, "mission": "Corra-11"}, as_of="2031-11-09")
    b.fact("Sava Marek", "timeInSpace", days("723"), evidence="bringing his total to 723 days",
           qualifiers=_DAY_TOTAL, as_of="2031-11-09")
    return b.build()


def station_stays() -> Extraction:
    b = ExtractionBuilder(
        "Pia Sorn spent 120 days aboard the Kestrel station on Corra-9. Lev Aro spent 90 days in orbit on "
        "Corra-8, and has lived aboard both the Heron station and the Kestrel station. Ima Dole has logged "
        "300 days in space, much of it aboard the Kestrel station.",
        title="Kestrel at ten", id="station-stays", published="2032-01-15",
    )
    for name in ("Pia Sorn", "Lev Aro", "Ima Dole"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    for station in ("Kestrel station", "Heron station"):
        b.entity(station, "SpaceStation")
    for flight in ("Corra-8", "Corra-9"):
        b.entity(flight, "Spaceflight")
    b.fact("Corra-9", "crewMember", "Pia Sorn", evidence="Pia Sorn spent 120 days aboard the Kestrel station on")
    b.fact("Kestrel station", "crewMember", "Pia Sorn", evidence="Pia Sorn spent 120 days aboard the Kestrel station")
    b.fact("Pia Sorn", "timeInSpace", days("120"), evidence="spent 120 days aboard the Kestrel station",
           qualifiers={**_DAY_SINGLE, "mission": "Corra-9"})
    b.fact("Corra-8", "crewMember", "Lev Aro", evidence="Lev Aro spent 90 days in orbit on")
    b.fact("Lev Aro", "timeInSpace", days("90"), evidence="Lev Aro spent 90 days in orbit on",
           qualifiers={**_DAY_SINGLE, "mission": "Corra-8"})
    b.fact("Heron station", "crewMember", "Lev Aro", evidence="lived aboard both the Heron station")
    b.fact("Kestrel station", "crewMember", "Lev Aro", evidence="and the Kestrel station. Ima")
    b.fact("Ima Dole", "timeInSpace", days("300"), evidence="has logged 300 days in space",
           qualifiers={**_DAY_TOTAL, "mission": "Corra-8"})
    b.fact("Kestrel station", "crewMember", "Ima Dole", evidence="much of it aboard the Kestrel station")
    return b.build()


ARTICLES = (quill_orbits, endurance_records, marek_launch, marek_lands, station_stays)
