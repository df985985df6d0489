"""The holder of a seat set off after it with its of-phrase ("flying with the new commander of
the station, astronaut X, and Y"): X, never the sentence's subject."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.reading import triples

_LAUNCH = "A Soyuz carrying three people blasted off to the International Space Station on Wednesday. "


@pytest.mark.parametrize("text", [
    "The Ruritanian astronaut, Kenji Morota, is flying with the new commander of the space station, astronaut "
    "Dale Corbin, and Russian cosmonaut Ivo Brandt.",
    "Kenji Morota is flying with the new commander of the space station, cosmonaut Dale Corbin, and Ivo Brandt.",
    "Kenji Morota trained for a year with the commander of the space station, Dale Corbin.",
])
def test_the_name_set_off_after_the_seat_holds_it(nlp: Language, text: str) -> None:
    found = triples(nlp, _LAUNCH + text)
    assert ("dale corbin", "crewRole", "commander") in found
    assert ("kenji morota", "crewRole", "commander") not in found


@pytest.mark.parametrize("text", [
    "Kenji Morota, the commander of the space station, greeted Dale Corbin.",
    "Kenji Morota became the commander of the space station, and Dale Corbin stayed home.",
])
def test_a_name_after_the_clause_holds_no_seat(nlp: Language, text: str) -> None:
    found = triples(nlp, _LAUNCH + text)
    assert ("dale corbin", "crewRole", "commander") not in found
