"""A hand-declared newsroom of ages at flights (invented names): one astronaut whose age is
stated in the article of his launch and again twenty years on, and one whose two ages fall in
no year of a launch, for "How old was X on his flight?" (kg/questions/answer.py), and one
whose one age is stated at her launch."""

from __future__ import annotations

from extract.facts import Extraction, Literal
from tests.factories import ExtractionBuilder, date, integer


def holm_launch() -> Extraction:
    b = ExtractionBuilder("Tarek Holm, 38, lifted off on 15 October 2003. Lina Prast, 40, trained in Kestow.",
                          title="Holm is in orbit", id="holm-launch", published="2003-10-16")
    b.entity("Tarek Holm", "Astronaut", aliases=("Holm",))
    b.entity("Lina Prast", "Astronaut", aliases=("Prast",))
    b.fact("Tarek Holm", "age", integer("38"), evidence="Tarek Holm, 38", qualifiers={"unit": Literal("year")},
           as_of="2003-10-16")
    b.fact("Tarek Holm", "launchDate", date("2003-10-15"), evidence="lifted off on 15 October 2003")
    b.fact("Lina Prast", "age", integer("40"), evidence="Lina Prast, 40", qualifiers={"unit": Literal("year")},
           as_of="2003-10-16")
    return b.build()


def holm_later() -> Extraction:
    b = ExtractionBuilder("Tarek Holm, 58, spoke to pupils. Lina Prast, 45, flew in 2001.",
                          title="Twenty years on", id="holm-later", published="2023-10-17")
    b.entity("Tarek Holm", "Astronaut", aliases=("Holm",))
    b.entity("Lina Prast", "Astronaut", aliases=("Prast",))
    b.fact("Tarek Holm", "age", integer("58"), evidence="Tarek Holm, 58", qualifiers={"unit": Literal("year")},
           as_of="2023-10-17")
    b.fact("Lina Prast", "age", integer("45"), evidence="Lina Prast, 45", qualifiers={"unit": Literal("year")},
           as_of="2023-10-17")
    b.fact("Lina Prast", "launchDate", date("2001"), evidence="flew in 2001")
    return b.build()


def sallis_launch() -> Extraction:
    b = ExtractionBuilder("Vera Sallis, 44, flew to the station on 2 May 2010.",
                          title="Sallis flies", id="sallis-launch", published="2010-05-03")
    b.entity("Vera Sallis", "Astronaut", aliases=("Sallis",))
    b.fact("Vera Sallis", "age", integer("44"), evidence="Vera Sallis, 44", qualifiers={"unit": Literal("year")},
           as_of="2010-05-03")
    b.fact("Vera Sallis", "launchDate", date("2010-05-02"), evidence="flew to the station on 2 May 2010")
    return b.build()


ARTICLES = (holm_launch, holm_later, sallis_launch)
