"""A place named only as what holds a smaller part that the sentence names ("in the
Karkaralinsk district of the Karaganda region") is not where the event was: no fact rather
than the larger place (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading

CASES = [
    "Ada Rinn was born on July 27, 1946 in the Karkaralinsk district of the Karaganda region.",
    "Ada Rinn was born in the Zelinsky district of the Moscow region.",
    "Born in the Ulkensky district of the Almaty region, Ada Rinn joined the air force in 1970.",
    "Ada Rinn, who was born in the Tarbagatai district of the East Kazakhstan region, flew in 1991.",
    "Ada Rinn was born in 1950 in the Shemonaikha district of the East Kazakhstan region.",
]


@pytest.mark.parametrize("text", CASES)
def test_the_larger_place_is_not_the_birthplace(nlp: Language, text: str) -> None:
    assert not reading.triples(nlp, text, "2031-06-10", kind="birthPlace")


@pytest.mark.parametrize(("text", "place"), [
    ("Ada Rinn was born in a village in the Karaganda region.", "karaganda"),
    ("Ada Rinn was born in the town of Klushino in Russia.", "klushino"),
    ("Ada Rinn was born in Karaganda in 1950.", "karaganda"),
])
def test_a_place_of_its_own_is_kept(nlp: Language, text: str, place: str) -> None:
    assert reading.triples(nlp, text, "2031-06-10", kind="birthPlace") == {("ada rinn", "birthPlace", place)}
