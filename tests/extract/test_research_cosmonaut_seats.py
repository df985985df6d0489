"""The research cosmonaut's seat of a Soviet or Russian flight ("research cosmonaut",
"research-cosmonaut", "cosmonaut-researcher") is a seat like a flight engineer's, told with
its flight ("as research cosmonaut of the space ship Soyuz-40", "Soyuz TM-40 research
cosmonaut X"); a double's seat, or a title given on the ground, is none. Invented names."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

keys = partial(reading.triples, published="2031-06-10")


@pytest.mark.parametrize(("text", "flight"), [
    ("Tom Quill was born in 1950.\n\nHe made his space flight from June 27 through July 5, 2030, as research "
     "cosmonaut of the space ship Soyuz-40 together with Soviet cosmonaut Ivan Petrov.", "soyuz 40"),
    ("Tom Quill made his second space flight as a research-cosmonaut on board Soyuz TM-40, which launched on "
     "November 26, 2030.", "soyuz tm-40"),
    ("Soyuz TM-40 research cosmonaut Tom Quill trains for his 2030 spaceflight in a simulator.", "soyuz tm-40"),
    ("The Soyuz T-40 crew (from left to right): commander Ivan Petrov, cosmonaut-researcher Tom Quill and "
     "flight engineer Ann Lee.", "soyuz t-40"),
])
def test_the_research_cosmonaut_s_seat_on_the_flight(nlp: Language, text: str, flight: str) -> None:
    found = keys(nlp, text)
    assert {("tom quill", "crewRole", "research cosmonaut"), (flight, "crewMember", "tom quill")} <= found


def test_the_seat_s_companion_flew_it_too(nlp: Language) -> None:
    found = keys(nlp, "Tom Quill was born in 1950.\n\nHe made his space flight in July 2030 as research cosmonaut "
                      "of the space ship Soyuz-40 together with Soviet cosmonaut Ivan Petrov.")
    assert ("soyuz 40", "crewMember", "ivan petrov") in found


@pytest.mark.parametrize("text", [
    "Soyuz TM-40 flew in 2030. In Quill's shadow forever remained his double cosmonaut-researcher Bo Tan.",
    "Soyuz TM-40 flew in 2030. In 2032, Bo Tan was made \"cosmonaut researcher of Kazakhstan\".",
    "Soyuz TM-40 flew in 2030. Bo Tan, a research cosmonaut, later taught at the institute.",
])
def test_no_seat_of_a_double_or_a_title(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert not {k for k in found if k[0] == "bo tan" and k[1] == "crewRole" or k[2] == "bo tan"
                and k[1] in ("crewMember", "commander")}
