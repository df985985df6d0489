"""A region named with the word for its kind after it ("Gansu province") is called so too: the
place keeps that form as an alternative name (invented people, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, Entity, extract


def entities(nlp: Language, text: str) -> list[Entity]:
    return list(next(extract(nlp, [Article(text, published="2016-06-18", id="t")])).entities)


@pytest.mark.parametrize(("text", "place", "called"), [
    ("The rocket carrying Ada Rinn lifted off from northwest China's Gansu Province on Monday.", "Gansu",
     "Gansu province"),
    ("Tomas Kell's launch site is in Gansu province.", "Gansu", "Gansu province"),
    ("Ada Rinn was born in Sichuan province in 1980.", "Sichuan", "Sichuan province"),
])
def test_a_region_is_also_called_with_its_kind(nlp: Language, text: str, place: str, called: str) -> None:
    found = [e for e in entities(nlp, text) if e.name == place]
    assert len(found) == 1 and called in found[0].aliases
    assert found[0].types[0] == "State"  # a province is a country's constituent state: "in which province ...?"


def test_a_place_without_the_word_keeps_its_name_alone(nlp: Language) -> None:
    found = [e for e in entities(nlp, "Ada Rinn grew up in Gansu and trained in Beijing.") if e.name == "Gansu"]
    assert len(found) == 1 and not [a for a in found[0].aliases if "province" in a]
    assert found[0].types == ("Place",)


def test_a_region_is_no_state(nlp: Language) -> None:
    found = [e for e in entities(nlp, "Ada Rinn trained in the Tver region.") if e.name == "Tver"]
    assert len(found) == 1 and found[0].types == ("Place",)
