""""going to" and a verb is a plan ("is going to fly"); "going to" and a place is a motion ("going
to space", "is going to the station"): no plan of its own. Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.components.context import Context


def planned(nlp: Language, text: str, word: str) -> bool:
    doc = nlp(text)
    return Context(doc).planned(next(t for t in doc if t.text == word))


@pytest.mark.parametrize("text", [
    "She began her first flight on May 2, 2030, going to space as flight engineer onboard Soyuz MS-40 with Carl Dixon.",
    "Nora Vance is going to the station onboard Soyuz MS-40 with Carl Dixon.",
    "Nora Vance, going into orbit onboard Soyuz MS-40, became the first Tesslander in space.",
])
def test_going_to_a_place_is_no_plan(nlp: Language, text: str) -> None:
    assert not planned(nlp, text, "Soyuz")


@pytest.mark.parametrize("text", [
    "Nora Vance is going to fly onboard Soyuz MS-40 with Carl Dixon.",
    "Nora Vance is going to be launched onboard Soyuz MS-40.",
])
def test_going_to_and_a_verb_is_a_plan(nlp: Language, text: str) -> None:
    assert planned(nlp, text, "Soyuz")
