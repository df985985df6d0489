"""A crew naming its craft ("the crew has named the new spacecraft as Freedom", "a new Crew
Dragon, which the crew named Grace") names the craft of its flight (``spacecraft``); not a
crew naming a person, not a craft named by someone else (invented flights and people, the
session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading

_LAUNCH = "Crew-31 lifted off on Saturday with Dana Morrow and Pavel Ostrov. "


@pytest.mark.parametrize(("text", "flight", "craft"), [
    (_LAUNCH + "As per tradition, the crew has named the new spacecraft as Freedom.", "crew-31", "freedom"),
    ("The four of Axiom Mission 9 are flying in a brand-new Crew Dragon on its first flight, which the crew named "
     "Grace once they reached orbit.", "axiom mission 9", "grace"),
    (_LAUNCH + "The crew named their capsule Endurance.", "crew-31", "endurance"),
])
def test_the_crew_names_its_flights_craft(nlp: Language, text: str, flight: str, craft: str) -> None:
    assert (flight, "spacecraft", craft) in reading.triples(nlp, text)


@pytest.mark.parametrize("text", [
    _LAUNCH + "The crew named Dana Morrow as their commander.",
    _LAUNCH + "The crew named a new commander.",
    _LAUNCH + "SpaceX named the new spacecraft Freedom.",
])
def test_no_craft_from_naming_a_person_or_by_another(nlp: Language, text: str) -> None:
    assert not {t for t in reading.triples(nlp, text) if t[0] == "crew-31" and t[1] == "spacecraft"}
