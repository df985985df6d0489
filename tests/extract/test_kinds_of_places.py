"""The kind of a place that is no country or US state, from the words the text writes beside
it: a town before a state ("Tessby, Ohio", "Tessby, Ind."), with its kind ("the village of
Tessby", "Tessby city"), a province ("Velmar Province", "Velmar oblast"). Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract


def kinds(nlp: Language, text: str) -> dict[str, tuple[str, ...]]:
    found = next(extract(nlp, [Article(text, published="2031-06-10", id="t")]))
    return {e.name: e.types for e in found.entities}


@pytest.mark.parametrize(("text", "place", "kind"), [
    ("Rob Hale, 55, is from Tessby, Mo.", "Tessby", "City"),
    ("Ana Bell was born in Tessby, Ind., in 1928.", "Tessby", "City"),
    ("A native of Dunmore, Maine, Ana Bell was selected as an astronaut in 2013.", "Dunmore", "City"),
    ("Pavel Rusk was born on September 15, 1941 in the village of Lipno to a farming family.", "Lipno", "City"),
    ("Wen Tao was born in Zaoyang city in 1980.", "Zaoyang", "City"),
    ("Born in Velmar Province in 1978, Lin Qi is an only child.", "Velmar", "State"),
    ("Ivan Orlov was born in the Kemerovo Oblast in 1961.", "Kemerovo Oblast", "State"),
    ("Ivan Orlov trained in Quebec City in 1990.", "Quebec City", "City"),
])
def test_the_words_beside_a_place_say_its_kind(nlp: Language, text: str, place: str, kind: str) -> None:
    assert kinds(nlp, text)[place][0] == kind


@pytest.mark.parametrize(("text", "place"), [
    ("Ana Bell grew up in eastern Velmar and flew twice.", "Velmar"),  # town or region: not said
    ("Ana Bell was born in Velmar County in 1950.", "Velmar"),  # a county is no town
])
def test_a_place_whose_kind_is_not_said_stays_a_place(nlp: Language, text: str, place: str) -> None:
    assert kinds(nlp, text).get(place, ("Place",))[0] == "Place"
