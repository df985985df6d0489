""""On board Discovery", "aboard Atlantis": a shuttle orbiter named alone, right after words of
riding it, is the orbiter even when the article never names it in full (the model calls it a
product or a place). Elsewhere the bare name stays what it is. Invented names."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract import Article, extract
from tests.extract import reading

keys = partial(reading.triples, published="2012-07-24", reported=True)


def names(nlp: Language, text: str) -> set[str]:
    return {e.name for e in next(extract(nlp, [Article(text, published="2012-07-24", id="t")])).entities}


@pytest.mark.parametrize(("text", "orbiter"), [
    ("Maren Oyelaran flew on board Discovery in 1998.", "discovery"),
    ("Maren Oyelaran spent eleven days aboard Atlantis on her second flight.", "atlantis"),
    ("Maren Oyelaran rode Columbia into orbit for the first time.", "columbia"),
    ("Maren Oyelaran, a chemist, flew on Challenger as a payload specialist.", "challenger"),
    ("Aboard the orbiter Atlantis, Maren Oyelaran ran experiments for a week.", "atlantis"),
    ("Maren Oyelaran was onboard Discovery when the crew docked with the station.", "discovery"),
])
def test_an_orbiter_named_alone_where_it_is_ridden_is_the_orbiter(nlp: Language, text: str, orbiter: str) -> None:
    assert f"Space Shuttle {orbiter.title()}" in names(nlp, text)


def test_the_orbiter_named_alone_is_the_person_s_craft(nlp: Language) -> None:
    assert ("maren oyelaran", "launchVehicle", "space shuttle discovery") in keys(
        nlp, "Maren Oyelaran flew on board Discovery in 1998.")


@pytest.mark.parametrize("text", [
    "The Discovery Channel aired a film about Ivo Pandit, who studied at Columbia.",
    "Ivo Pandit flew aboard the Columbia University research ship in 1990.",
    "Ivo Pandit rode Atlantis Avenue to the museum every morning.",
    "Ivo Pandit said the discovery of water on Mars was his proudest moment.",
])
def test_the_same_words_elsewhere_are_no_orbiter(nlp: Language, text: str) -> None:
    assert not {n for n in names(nlp, text) if n.startswith("Space Shuttle")}
