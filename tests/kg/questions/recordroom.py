"""A hand-declared newsroom of records of several scopes and of times in space told per flight
and in total (invented names), for the questions whose answer must be of the scope they ask:
a record among women never answers one asked among Americans, a national record never the
world's, a spacewalk's record never a flight's, and one flight's days never a total.

- Vera Holm (American) holds the women's record for the longest single spaceflight, 300 days,
  also stated as her time in space on that flight;
- Li Wen (Chinese) holds China's record for the longest single spacewalk;
- Tom Reyes holds the all-time record for the longest single spacewalk;
- Joe Park holds the US record for the most spacewalks;
- Per Lind's two flights: the last one 199 days, 209 days in all;
- Eva Moss flew twice; only her last flight's 150 days are stated;
- Ivo Kest's one spacewalk lasted 31 minutes; Ada Rin's spacewalks add up to 842 minutes;
- Lee Chan's seat on Tessel-9, stated as planned and then as done: one answer, not two to choose from.
"""

from __future__ import annotations

from extract.facts import Extraction, Literal, Term
from tests.factories import ExtractionBuilder, days, integer

WOMEN = "longest single spaceflight by a woman"
CHINA = "longest single spacewalk by a Chinese astronaut"
WORLD = "longest single spacewalk"
US_COUNT = "most spacewalks by an American"


def records() -> Extraction:
    b = ExtractionBuilder(
        "American astronaut Vera Holm holds the record for the longest single spaceflight by a woman, 300 days. "
        "Li Wen holds the record for the longest single spacewalk by a Chinese astronaut, 8 hours. "
        "Tom Reyes holds the all-time record for the longest single spacewalk, 9 hours. "
        "Joe Park holds the record for the most spacewalks by an American, 12.",
        title="Record holders", id="records", published="2025-03-01",
    )
    for name in ("Vera Holm", "Li Wen", "Tom Reyes", "Joe Park"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    b.entity("American", "Country")
    b.fact("Vera Holm", "nationality", "American", evidence="American astronaut Vera Holm")
    for record, scope, holder, value, unit in ((WOMEN, "women", "Vera Holm", "300", "day"),
                                               (CHINA, "China", "Li Wen", "480", "minute"),
                                               (WORLD, "all-time", "Tom Reyes", "540", "minute"),
                                               (US_COUNT, "US", "Joe Park", "12", "spacewalk")):
        b.entity(record, "Record")
        b.fact(record, "measure", Literal(record.split(" by ")[0]), evidence=record)
        b.fact(record, "recordScope", Literal(scope), evidence=record)
        b.fact(holder, "holdsRecord", days(value), evidence=f"{holder} holds the",
               qualifiers={"record": record, "unit": Literal(unit)}, as_of="2025-03-01")
    b.fact("Vera Holm", "timeInSpace", days("300"), evidence="300 days",
           qualifiers={"unit": Literal("day"), "scope": Term("SingleFlight")}, as_of="2025-03-01")
    return b.build()


def totals() -> Extraction:
    b = ExtractionBuilder(
        "Per Lind spent 199 days in space on his last flight, bringing his total to 209 days. "
        "Eva Moss, on her second flight, spent 150 days in orbit. "
        "Ivo Kest's spacewalk on Monday lasted 31 minutes. Ada Rin has spent 842 minutes on spacewalks in all.",
        title="Two flights each", id="totals", published="2025-04-01",
    )
    for name in ("Per Lind", "Eva Moss", "Ivo Kest", "Ada Rin"):
        b.entity(name, "Astronaut", aliases=(name.split()[1],))
    b.fact("Per Lind", "timeInSpace", days("199"), evidence="199 days",
           qualifiers={"unit": Literal("day"), "scope": Term("SingleFlight")}, as_of="2025-04-01")
    b.fact("Per Lind", "timeInSpace", days("209"), evidence="209 days",
           qualifiers={"unit": Literal("day"), "scope": Term("Cumulative")}, as_of="2025-04-01")
    b.fact("Eva Moss", "timeInSpace", days("150"), evidence="150 days",
           qualifiers={"unit": Literal("day"), "scope": Term("SingleFlight")}, as_of="2025-04-01")
    b.fact("Ivo Kest", "spacewalkDuration", integer("31"), evidence="lasted 31 minutes",
           qualifiers={"unit": Literal("minute"), "scope": Term("SingleSpacewalk")}, as_of="2025-04-01")
    b.fact("Ada Rin", "spacewalkDuration", integer("842"), evidence="842 minutes on spacewalks",
           qualifiers={"unit": Literal("minute"), "scope": Term("Cumulative")}, as_of="2025-04-01")
    return b.build()


def seats() -> Extraction:
    b = ExtractionBuilder(
        "Lee Chan will serve as payload specialist on Tessel-9. Lee Chan flew as payload specialist on Tessel-9.",
        title="A seat told twice", id="seats", published="2025-05-01",
    )
    b.entity("Lee Chan", "Astronaut", aliases=("Chan",))
    b.entity("Tessel-9", "Spaceflight")
    b.fact("Lee Chan", "crewRole", Literal("payload specialist"), evidence="will serve as payload specialist",
           qualifiers={"mission": "Tessel-9"}, modality="planned")
    b.fact("Lee Chan", "crewRole", Literal("payload specialist"), evidence="flew as payload specialist",
           qualifiers={"mission": "Tessel-9"})
    b.fact("Tessel-9", "crewMember", "Lee Chan", evidence="Lee Chan flew as payload specialist on Tessel-9")
    return b.build()


ARTICLES = (records, totals, seats)
