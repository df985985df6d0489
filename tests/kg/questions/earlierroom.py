"""A hand-declared newsroom of people with several flights, with invented names: flights of one
series ordered only by their numbers, flights of two series ordered by their launch dates, two
flights of two series that nothing orders, and a flight named only as planned.
"""

from __future__ import annotations

from extract.facts import Extraction
from tests.factories import ExtractionBuilder, date


def one_series() -> Extraction:
    b = ExtractionBuilder(
        "Arlo Penn flew on Lumen-3 years ago. Penn is now back in orbit on Lumen-7.",
        title="Penn back", id="penn-back", published="2024-03-02",
    )
    b.entity("Arlo Penn", "Astronaut", aliases=("Penn",))
    for flight in ("Lumen-3", "Lumen-7"):
        b.entity(flight, "Mission")
    b.fact("Lumen-3", "crewMember", "Arlo Penn", evidence="Arlo Penn flew on Lumen-3")
    b.fact("Lumen-7", "crewMember", "Arlo Penn", evidence="Penn is now back in orbit on Lumen-7")
    return b.build()


def two_series_dated() -> Extraction:
    b = ExtractionBuilder(
        "Ida Morrow launched on Orca-2 on 3 May 2019. "
        "She lifted off again on Vega-1 on 9 June 2023.",
        title="Morrow again", id="morrow-again", published="2023-06-10",
    )
    b.entity("Ida Morrow", "Astronaut", aliases=("Morrow",))
    for flight in ("Orca-2", "Vega-1"):
        b.entity(flight, "Mission")
    b.fact("Orca-2", "crewMember", "Ida Morrow", evidence="Ida Morrow launched on Orca-2")
    b.fact("Orca-2", "launchDate", date("2019-05-03"), evidence="launched on Orca-2 on 3 May 2019")
    b.fact("Vega-1", "crewMember", "Ida Morrow", evidence="lifted off again on Vega-1")
    b.fact("Vega-1", "launchDate", date("2023-06-09"), evidence="Vega-1 on 9 June 2023")
    return b.build()


def two_series_undated() -> Extraction:
    b = ExtractionBuilder(
        "Kesh Varga flew on Orca-5 and on Vega-4.",
        title="Varga", id="varga", published="2024-01-05",
    )
    b.entity("Kesh Varga", "Astronaut", aliases=("Varga",))
    for flight in ("Orca-5", "Vega-4"):
        b.entity(flight, "Mission")
    b.fact("Orca-5", "crewMember", "Kesh Varga", evidence="Kesh Varga flew on Orca-5")
    b.fact("Vega-4", "crewMember", "Kesh Varga", evidence="on Vega-4")
    return b.build()


def next_flight_planned() -> Extraction:
    b = ExtractionBuilder(
        "Noor Halden flew on Lumen-2. She will fly again on Lumen-9.",
        title="Halden", id="halden", published="2024-02-11",
    )
    b.entity("Noor Halden", "Astronaut", aliases=("Halden",))
    for flight in ("Lumen-2", "Lumen-9"):
        b.entity(flight, "Mission")
    b.fact("Lumen-2", "crewMember", "Noor Halden", evidence="Noor Halden flew on Lumen-2")
    b.fact("Lumen-9", "crewMember", "Noor Halden", evidence="She will fly again on Lumen-9", modality="planned")
    return b.build()


ARTICLES = (one_series, two_series_dated, two_series_undated, next_flight_planned)
