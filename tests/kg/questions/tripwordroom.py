"""A hand-declared newsroom for the words people use of flights (invented names): someone who
launched from a cosmodrome on a named craft and landed at a place on a date in another, with a count of
flights said as "has flown in space twice"; someone with two dated launches; and a shuttle
flight whose orbiter is told only of each of its crew ("rode the orbiter Space Shuttle Harrow").
"""

from __future__ import annotations

from extract.facts import Extraction
from tests.factories import ExtractionBuilder, date


def quill_trip() -> Extraction:
    b = ExtractionBuilder(
        "Dara Quill launched on the Fenwick-4 spacecraft from the Oster Cosmodrome on 3 March 2021. "
        "Quill, who has flown in space twice, came back to Earth near Velmar on 20 September 2021 aboard the "
        "Gale-2 capsule.",
        title="Quill is home", id="quill-trip", published="2021-09-21",
    )
    b.entity("Dara Quill", "Astronaut", aliases=("Quill",))
    b.entity("Fenwick-4", "Spacecraft")
    b.entity("Gale-2", "Spacecraft")
    b.entity("Oster Cosmodrome", "LaunchSite")
    b.entity("Velmar", "City")
    b.fact("Dara Quill", "launchVehicle", "Fenwick-4", evidence="launched on the Fenwick-4 spacecraft")
    b.fact("Dara Quill", "launchSite", "Oster Cosmodrome", evidence="from the Oster Cosmodrome")
    b.fact("Dara Quill", "launchDate", date("2021-03-03"), evidence="on 3 March 2021")
    b.fact("Dara Quill", "returnDate", date("2021-09-20"), evidence="came back to Earth near Velmar on 20 September")
    b.fact("Dara Quill", "landingSite", "Velmar", evidence="came back to Earth near Velmar")
    b.fact("Dara Quill", "spacecraft", "Gale-2",
           evidence="came back to Earth near Velmar on 20 September 2021 aboard the Gale-2 capsule")
    return b.build()


def brisk_flights() -> Extraction:
    b = ExtractionBuilder(
        "Milo Brisk first launched on 8 May 2012. His second flight lifted off on 1 June 2019.",
        title="Brisk's two flights", id="brisk-flights", published="2019-06-02",
    )
    b.entity("Milo Brisk", "Astronaut", aliases=("Brisk",))
    b.fact("Milo Brisk", "launchDate", date("2012-05-08"), evidence="first launched on 8 May 2012")
    b.fact("Milo Brisk", "launchDate", date("2019-06-01"), evidence="His second flight lifted off on 1 June 2019")
    return b.build()


def harrow_flight() -> Extraction:
    b = ExtractionBuilder(
        "Oren Pask flew on Tamsin-9. Lida Moss flew on Tamsin-9 too. Both rode the orbiter Space Shuttle Harrow.",
        title="Tamsin-9 flies", id="harrow-flight", published="2020-02-02",
    )
    for name in ("Oren Pask", "Lida Moss"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    b.entity("Tamsin-9", "Mission")
    b.entity("Space Shuttle Harrow", "Spacecraft", aliases=("Harrow",))
    for name in ("Oren Pask", "Lida Moss"):
        b.fact("Tamsin-9", "crewMember", name, evidence=f"{name} flew on Tamsin-9")
        b.fact(name, "launchVehicle", "Space Shuttle Harrow", evidence="rode the orbiter Space Shuttle Harrow")
    return b.build()


ARTICLES = (quill_trip, brisk_flights, harrow_flight)
