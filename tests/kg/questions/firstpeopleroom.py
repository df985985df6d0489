"""A hand-declared newsroom of people named in questions by a first they hold (invented
names), for kg/questions/first_people.py: each first's holder has other facts to ask about,
and one first has two holders, which names nobody."""

from __future__ import annotations

from extract.facts import Extraction, Literal
from tests.factories import ExtractionBuilder, date

_TEXT = (
    "Jon Brekk, born in Darkhan, was the first Mongolian cosmonaut. Brekk flew with Pavel Orlen. "
    "Mira Tolk was the first person to walk on Mars. Tolk was born on May 3, 2001. "
    "Ana Sol was the first Chilean astronaut. Rui Mar was also called the first Chilean astronaut. "
    "Ana Sol was born in Arica. Rui Mar was born in Iquique."
)


def firsts() -> Extraction:
    b = ExtractionBuilder(_TEXT, id="first-people", published="2031-05-01", title="Firsts of the decade")
    for name in ("Jon Brekk", "Pavel Orlen", "Mira Tolk", "Ana Sol", "Rui Mar"):
        b.entity(name, "Astronaut")
    for place in ("Darkhan", "Arica", "Iquique"):
        b.entity(place, "Place")

    def first(who: str, did: str, scope: str, evidence: str) -> None:
        b.fact(who, "holdsFirst", Literal(did), evidence=evidence, qualifiers={"firstScope": Literal(scope)})

    first("Jon Brekk", "cosmonaut", "Mongolia", "the first Mongolian cosmonaut")
    first("Mira Tolk", "walk on Mars", "anyone", "the first person to walk on Mars")
    first("Ana Sol", "astronaut", "Chile", "Ana Sol was the first Chilean astronaut")
    first("Rui Mar", "astronaut", "Chile", "Rui Mar was also called the first Chilean astronaut")
    b.fact("Jon Brekk", "birthPlace", "Darkhan", evidence="Jon Brekk, born in Darkhan")
    b.fact("Jon Brekk", "flewWith", "Pavel Orlen", evidence="Brekk flew with Pavel Orlen")
    b.fact("Mira Tolk", "birthDate", date("2001-05-03"), evidence="Tolk was born on May 3, 2001")
    b.fact("Ana Sol", "birthPlace", "Arica", evidence="Ana Sol was born in Arica")
    b.fact("Rui Mar", "birthPlace", "Iquique", evidence="Rui Mar was born in Iquique")
    return b.build()


ARTICLES = (firsts,)
