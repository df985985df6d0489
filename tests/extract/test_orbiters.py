"""An orbiter the article names in full ("the shuttle Challenger") is the same craft when it
is called by its name alone ("on Challenger in 1984"); alone and never named in full, the
name stays what it is (invented people, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, Entity, extract


def entities(nlp: Language, text: str) -> list[Entity]:
    return list(next(extract(nlp, [Article(text, published="2012-07-24", id="t")])).entities)


@pytest.mark.parametrize(("text", "orbiter"), [
    ("Ada Rinn rode into space on the shuttle Challenger in 1983. She flew twice, on Challenger in 1983 and "
     "in 1984.", "Challenger"),
    ("Ada Rinn flew on the shuttle Columbia in 1981 and again on Columbia in 1983.", "Columbia"),
])
def test_the_bare_name_of_an_orbiter_named_in_full_is_that_orbiter(nlp: Language, text: str, orbiter: str) -> None:
    found = entities(nlp, text)
    craft = [e for e in found if e.name == f"Space Shuttle {orbiter}"]
    assert len(craft) == 1 and orbiter in craft[0].aliases and "Spacecraft" in craft[0].types
    assert not [e for e in found if e.name == orbiter]


def test_a_bare_name_never_named_as_an_orbiter_stays_apart(nlp: Language) -> None:
    found = entities(nlp, "Tomas Kell studied at Columbia before he joined Nasa.")
    assert not [e for e in found if e.name.startswith("Space Shuttle")]


def test_a_capsule_that_shares_an_orbiter_s_name_stays_the_capsule(nlp: Language) -> None:
    found = entities(nlp, "The Dragon Endeavour splashed down off Pensacola with Ada Rinn aboard. Rinn had "
                          "trained for years on the space shuttle Endeavour. Endeavour landed at 2:48 p.m.")
    names = {e.name for e in found}
    assert "Endeavour" in names and "Space Shuttle Endeavour" in names


@pytest.mark.parametrize("text", [
    "Ada Rinn flew on the space shuttle Challenger in 1983. The Challenger spent six days in space. These five "
    "astronauts were the crew members for STS-8, Challenger.",
    "The shuttle Discovery lifted off with Ada Rinn. Discovery spent nine days in orbit, and Discovery landed "
    "in California.",
])
def test_an_orbiter_the_model_took_for_a_person_is_the_orbiter(nlp: Language, text: str) -> None:
    found = entities(nlp, text)
    orbiter = next(e for e in found if e.name.startswith("Space Shuttle"))
    assert "Spacecraft" in orbiter.types
    assert not [e for e in found if e.name == orbiter.name.removeprefix("Space Shuttle ") and "Person" in e.types]


@pytest.mark.parametrize(("text", "orbiter"), [
    ("Ada Rinn floated outside the shuttle Challenger on Thursday.", "Challenger"),
    ("The space shuttle Atlantis lifted off with Tomas Kell aboard.", "Atlantis"),
    ("Tomas Kell flew aboard Space Shuttle Discovery in 1990.", "Discovery"),
])
def test_an_orbiter_named_only_in_full_is_known_by_its_own_name_too(nlp: Language, text: str, orbiter: str) -> None:
    craft = [e for e in entities(nlp, text) if e.name == f"Space Shuttle {orbiter}"]
    assert len(craft) == 1 and orbiter in craft[0].aliases  # "Which shuttle?" -- "Challenger"


def test_an_orbiter_whose_name_a_capsule_bears_keeps_only_its_full_name(nlp: Language) -> None:
    found = entities(nlp, "Ada Rinn trained for years on the space shuttle Endeavour.")
    craft = [e for e in found if e.name == "Space Shuttle Endeavour"]
    assert len(craft) == 1 and "Endeavour" not in craft[0].aliases
