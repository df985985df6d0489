"""A hand-declared newsroom of what the articles state only in part, with invented people:
spacewalks told by their rank ("her third spacewalk": at least that many, never a count) alone,
beside a stated count, and outgrowing an older count; two walks' dates, one placed by its rank
("his first spacewalk, which came on Jan. 20"); a selection told to the month ("chosen in
May 1990") beside one told to the year.
"""

from __future__ import annotations

from extract.facts import Extraction
from tests.factories import ExtractionBuilder, date, integer


def a_rank_alone() -> Extraction:
    b = ExtractionBuilder(
        "Tessa Vorn made her third spacewalk on Monday, replacing a camera on the truss.",
        title="Vorn steps out", id="vorn-steps-out", published="2025-02-11",
    )
    b.entity("Tessa Vorn", "Astronaut", aliases=("Vorn",))
    b.fact("Tessa Vorn", "minimumSpacewalkCount", integer("3"), evidence="made her third spacewalk",
           as_of="2025-02-10")
    return b.build()


def a_count_beside_a_rank() -> Extraction:
    b = ExtractionBuilder(
        "Per Lindqvist made his first spacewalk in 2019. He has now made five spacewalks.",
        title="Lindqvist's fifth", id="lindqvist-fifth", published="2024-09-02",
    )
    b.entity("Per Lindqvist", "Astronaut", aliases=("Lindqvist",))
    b.fact("Per Lindqvist", "minimumSpacewalkCount", integer("1"), evidence="made his first spacewalk",
           as_of="2019")
    b.fact("Per Lindqvist", "spacewalkCount", integer("5"), evidence="has now made five spacewalks")
    return b.build()


def a_count_then_a_later_rank() -> Extraction:
    b = ExtractionBuilder(
        "Ada Mwangi, who has made two spacewalks, will fly to the station in March.",
        title="Mwangi to fly", id="mwangi-to-fly", published="2023-01-05",
    )
    b.entity("Ada Mwangi", "Astronaut", aliases=("Mwangi",))
    b.fact("Ada Mwangi", "spacewalkCount", integer("2"), evidence="has made two spacewalks")
    return b.build()


def the_later_rank() -> Extraction:
    b = ExtractionBuilder(
        "For Ada Mwangi it was the fourth spacewalk of her career.",
        title="Mwangi's fourth", id="mwangi-fourth", published="2023-06-20",
    )
    b.entity("Ada Mwangi", "Astronaut", aliases=("Mwangi",))
    b.fact("Ada Mwangi", "minimumSpacewalkCount", integer("4"), evidence="the fourth spacewalk of her career")
    return b.build()


def selections() -> Extraction:
    b = ExtractionBuilder(
        "Tessa Vorn was chosen in May 1990 as one of 23 new astronauts. Per Lindqvist was selected in 1996.",
        title="Two classes", id="two-classes", published="2024-02-01",
    )
    b.entity("Tessa Vorn", "Astronaut", aliases=("Vorn",))
    b.entity("Per Lindqvist", "Astronaut", aliases=("Lindqvist",))
    b.fact("Tessa Vorn", "selectionYear", date("1990"), evidence="was chosen in May 1990")
    b.fact("Tessa Vorn", "selectionDate", date("1990-05"), evidence="was chosen in May 1990")
    b.fact("Per Lindqvist", "selectionYear", date("1996"), evidence="was selected in 1996")
    return b.build()


def two_dated_walks() -> Extraction:
    b = ExtractionBuilder(
        "Nils Aho went outside the station for the second time on Thursday, with Ines Roa. Aho had waited "
        "three decades for his first spacewalk, which came on Jan. 20. Ines Roa also walked in space on Jan. 9.",
        title="Aho's second", id="aho-second", published="2025-02-07",
    )
    b.entity("Nils Aho", "Astronaut", aliases=("Aho",))
    b.entity("Ines Roa", "Astronaut", aliases=("Roa",))
    b.fact("Nils Aho", "spacewalkDate", date("2025-02-06"), evidence="went outside the station for the second time")
    b.fact("Ines Roa", "spacewalkDate", date("2025-02-06"), evidence="went outside the station for the second time")
    b.fact("Nils Aho", "spacewalkDate", date("2025-01-20"), evidence="his first spacewalk, which came on Jan. 20")
    b.fact("Ines Roa", "spacewalkDate", date("2025-01-09"), evidence="walked in space on Jan. 9")
    return b.build()


ARTICLES = (a_rank_alone, a_count_beside_a_rank, a_count_then_a_later_rank, the_later_rank, selections,
            two_dated_walks)
