"""A hand-declared newsroom of firsts, for the firsts question tests and the backend comparison:
invented people with the facts an extractor should find declared by hand (see tests/factories.py).

What it holds on purpose: a first and a near miss of the same scope (the first woman to command
the station; the first woman to lead it twice), a first of a narrower scope (the first Chinese
woman to walk in space, so "the first woman to walk in space" is unknown), a first only
expected (planned), a commander of the station who is no first, a first given by nationality (as
an adjective, "the first Briton", or the demonym alone, "the first Japanese"),
an event first two people share (the first spacewalk by two women) and one by a group; a first of
all people beside the same first among an agency's astronauts (so a group the word lists do not
know never gets the first of all people), and a two-word trade as the first ("space tourist");
places after the first ("the second Canadian", beside her own first as a Canadian woman; "the
third woman to walk in space"); firsts among people from outside some countries ("the first
non-American and non-Soviet cosmonaut", "the first national outside of the US and Russia"), and a
first whose country is where the flyer came from ("to fly to space from Pakistan"), and a country's
first told by the event ("the first Danish spacewalk").
"""

from __future__ import annotations

from extract.facts import Extraction, Literal
from tests.factories import ExtractionBuilder, integer

_TEXT = (
    "Mira Voss took command of the Lyra station on Friday, the first woman to command the station. "
    "Rosa Quill, who commanded it before her, was the first woman to lead the outpost twice. "
    "Lin Wei was the first Chinese woman to walk in space. "
    "Tom Hale, the first Briton in space, flew in 1991. "
    "In 2001 Hale was hailed as the first British astronaut in space. "
    "Ada Rinn is expected to become the first Canadian to travel to the Moon. "
    "Kira Dane and Lena Voss made the first spacewalk by two women. "
    "Omar Haddad made the first commercial spacewalk. "
    "Ken Oda, who commanded the Lyra station in 2014, was the first Japanese to command the station. "
    "Yuri Arkin was the first person to fly in space. Ulla Brandt became the first ESA astronaut to fly in space. "
    "Dov Tallo was the first space tourist. Remy Caron, Canada's first space tourist, flew in 2009. "
    "Nell Orr became the first Canadian woman in space and the second Canadian. "
    "Pia Lund, the third woman to walk in space, retired. "
    "Ivo Stan was the first non-American and non-Soviet cosmonaut to walk in space. "
    "Eli Brook became the first national outside of the US and Russia to lead a crew on the orbiting platform. "
    "Sami Noor became the first person to fly to space from Pakistan. "
    "Gus Ray made the first Danish spacewalk."
)


def firsts() -> Extraction:
    b = ExtractionBuilder(_TEXT, id="firsts", published="2025-03-01", title="Voss takes command")
    for name in ("Mira Voss", "Rosa Quill", "Lin Wei", "Tom Hale", "Ada Rinn", "Kira Dane", "Lena Voss",
                 "Omar Haddad", "Ken Oda", "Yuri Arkin", "Ulla Brandt", "Dov Tallo", "Remy Caron", "Nell Orr",
                 "Pia Lund", "Ivo Stan", "Eli Brook", "Sami Noor", "Gus Ray"):
        b.entity(name, "Astronaut")
    b.entity("Lyra station", "SpaceStation")

    def first(who: str, did: str, scope: str, evidence: str, **more: str) -> None:
        b.fact(who, "holdsFirst", Literal(did), evidence=evidence, qualifiers={"firstScope": Literal(scope)}, **more)

    first("Mira Voss", "command the station", "woman", "the first woman to command the station", as_of="2025-02-28")
    first("Rosa Quill", "lead the outpost twice", "woman", "the first woman to lead the outpost twice")
    first("Lin Wei", "walk in space", "China, woman", "the first Chinese woman to walk in space")
    b.fact("Tom Hale", "holdsFirst", Literal("in space"), evidence="the first Briton in space", as_of="1991",
           qualifiers={"firstScope": Literal("United Kingdom"), "statedAs": Literal("first Briton in space")})
    b.fact("Tom Hale", "holdsFirst", Literal("in space"), evidence="hailed as the first British astronaut in space",
           as_of="2001",
           qualifiers={"firstScope": Literal("United Kingdom"),
                       "statedAs": Literal("first British astronaut in space")})  # one first, worded again later
    first("Ada Rinn", "travel to the Moon", "Canada", "the first Canadian to travel to the Moon",
          modality="planned")
    first("Kira Dane", "spacewalk by two women", "woman", "the first spacewalk by two women")
    first("Lena Voss", "spacewalk by two women", "woman", "the first spacewalk by two women")
    first("Omar Haddad", "spacewalk by commercial astronauts", "private astronaut", "the first commercial spacewalk")
    first("Ken Oda", "command the station", "Japan", "the first Japanese to command the station")
    first("Yuri Arkin", "fly in space", "anyone", "the first person to fly in space")
    first("Ulla Brandt", "fly in space", "ESA", "the first ESA astronaut to fly in space")
    first("Dov Tallo", "space tourist", "anyone", "the first space tourist")
    first("Remy Caron", "space tourist", "Canada", "Canada's first space tourist")
    first("Nell Orr", "in space", "Canada, woman", "the first Canadian woman in space")
    first("Ivo Stan", "walk in space", "outside Soviet Union and United States",
          "the first non-American and non-Soviet cosmonaut to walk in space")
    first("Eli Brook", "lead a crew on the orbiting platform", "outside Russia and United States",
          "the first national outside of the US and Russia to lead a crew")
    first("Sami Noor", "fly to space", "Pakistan", "the first person to fly to space from Pakistan")
    first("Gus Ray", "spacewalk", "Denmark", "made the first Danish spacewalk")
    for who, did, scope, rank, evidence in (("Nell Orr", "in space", "Canada", "2", "the second Canadian"),
                                             ("Pia Lund", "walk in space", "woman", "3", "the third woman to walk")):
        b.fact(who, "holdsRank", Literal(did), evidence=evidence,
               qualifiers={"firstScope": Literal(scope), "rankNumber": integer(rank)})
    b.fact("Lyra station", "commander", "Rosa Quill", evidence="Rosa Quill, who commanded it")
    b.fact("Lyra station", "commander", "Mira Voss", evidence="Mira Voss took command of the Lyra station")
    return b.build()



ARTICLES = (firsts,)
