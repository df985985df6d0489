"""A seat on a kind of craft ("the Soyuz commander", "Expedition 90 Soyuz Commander X", "commander
of the Soyuz vehicle") is on the craft of that kind with a number the story names (before the
sentence, else after it), never on the expedition its crew joins nor on the story's mission."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.reading import triples


@pytest.mark.parametrize("text", [
    "Soyuz MS-40 docked with the station on Friday. Ivo Brandt, the Soyuz commander flying in space for the third "
    "time, took over the controls.",
    "A rocket carrying the Soyuz MS-40 spacecraft lifted off on Monday. Onboard were Ivo Brandt, Dale Corbin and "
    "Kenji Morota. Brandt served as the commander of the Soyuz vehicle and Corbin was the commander of Expedition 90.",
    "The Soyuz capsule carrying Dale Corbin and Soyuz spacecraft commander Ivo Brandt touched down in Kazakhstan. "
    "The Soyuz MS-40 spacecraft had undocked from the station hours earlier.",
])
def test_the_seat_is_on_the_numbered_craft_of_its_kind(nlp: Language, text: str) -> None:
    found = triples(nlp, text)
    assert ("soyuz ms-40", "commander", "ivo brandt") in found
    assert not [t for t in found if t[0] != "soyuz ms-40" and t[1] == "commander" and t[2] == "ivo brandt"]


def test_an_expedition_named_before_the_kind_is_not_the_seats(nlp: Language) -> None:
    found = triples(nlp, "Soyuz MS-40 lifted off on Monday. The full crew aboard was Expedition 90 Soyuz Commander "
                         "Ivo Brandt, Flight Engineer Dale Corbin and Flight Engineer Kenji Morota.")
    assert ("expedition 90", "commander", "ivo brandt") not in found
    assert ("soyuz ms-40", "commander", "ivo brandt") in found


@pytest.mark.parametrize("text", [
    "Ivo Brandt, the Soyuz commander, waved to the cameras on Monday.",
    "Crew-40 docked with the station on Friday. Ivo Brandt, the Soyuz commander, waved to the cameras.",
])
def test_no_seat_without_a_numbered_craft_of_the_kind(nlp: Language, text: str) -> None:
    assert not [t for t in triples(nlp, text) if t[1] == "commander"]
