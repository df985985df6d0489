"""Crew lists told in the sentence after the flight (invented names, the session ``nlp``):
"The crew comprises A, B, as well as C", "The crew consists of A and B", "The capsule had three
astronauts on board: A, B and C", "Aboard were A, B and C", "In the cabin were A and B" name the crew of the flight the
sentence before names; the people a phrase of the list only mentions, a list of another group
and a list aboard a station are no crew."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading

triples = partial(reading.triples, published="2031-03-04", kind="crewMember")

LAUNCH = "Crew-31 lifted off from Florida on Monday. "


@pytest.mark.parametrize(("text", "crew"), [
    ("The crew comprises Tom Varga, Karl Nemeth, as well as Ana Ruiz.", ("Tom Varga", "Karl Nemeth", "Ana Ruiz")),
    ("The crew consists of Tom Varga and Karl Nemeth.", ("Tom Varga", "Karl Nemeth")),
    ("The capsule had three astronauts on board: Tom Varga, Karl Nemeth and Ivo Sand.",
     ("Tom Varga", "Karl Nemeth", "Ivo Sand")),
    ("Aboard were Tom Varga, Karl Nemeth and Ivo Sand.", ("Tom Varga", "Karl Nemeth", "Ivo Sand")),
    ("On board were Tom Varga and Karl Nemeth.", ("Tom Varga", "Karl Nemeth")),
    ("In the cabin were Col. Tom Varga and Lt. Col. Karl Nemeth of the air force, Pietro Sandoli of the council "
     "and Ana Ruiz, an instructor.", ("Tom Varga", "Karl Nemeth", "Pietro Sandoli", "Ana Ruiz")),
    ("Inside the capsule were Tom Varga and Karl Nemeth.", ("Tom Varga", "Karl Nemeth")),
])
def test_a_list_after_the_flight_is_its_crew(nlp: Language, text: str, crew: tuple[str, ...]) -> None:
    assert triples(nlp, LAUNCH + text) == {key("Crew-31", "crewMember", p)[:3] for p in crew}


def test_a_list_aboard_a_flight_to_come_is_its_planned_crew(nlp: Language) -> None:
    found = reading.keys(nlp, "Crew-31 will lift off from Florida in May. On board will be Tom Varga and Karl Nemeth.")
    assert key("Crew-31", "crewMember", "Tom Varga", "planned") in found


@pytest.mark.parametrize("text", [
    "The crew comprises veterans of missions led by Tom Varga.",
    "The ground team consists of engineers Tom Varga and Karl Nemeth.",
    "The station had three astronauts on board: Tom Varga, Karl Nemeth and Ivo Sand.",
    "Aboard the station were Tom Varga and Karl Nemeth.",
    "In the cabin of the chase plane were Tom Varga and Karl Nemeth.",
])
def test_no_crew_from_others_listed(nlp: Language, text: str) -> None:
    assert not triples(nlp, LAUNCH + text)
