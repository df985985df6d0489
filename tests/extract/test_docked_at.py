"""The station module a craft docked at (invented flights): "X docked with the Rassvet module",
"the spacecraft has docked to ...", "docked to the Harmony module's forward port", "is
scheduled to dock with the Prichal module" (a plan), "with the crew set to dock at ..." give
``dockedAt`` of the craft; a module docked itself, an undocking, a docking only watched and a
docking at the station alone give none."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, Literal, extract


def _docked(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(craft, module, modality) of each docking read."""
    ex = next(extract(nlp, [Article(text, published="2031-06-10", id="t")]))
    names = {e.key: e.name for e in ex.entities}
    return {(names[f.subject], f.object.value, f.modality) for f in ex.facts
            if f.predicate == "dockedAt" and isinstance(f.object, Literal)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Soyuz MS-71 docked with the Rassvet module at 2:04 p.m.", {("Soyuz MS-71", "Rassvet", "reported")}),
    ("Soyuz MS-71 lifted off on Wednesday. Now that the spacecraft has docked to the Poisk module, the crew "
     "is unpacking.", {("Soyuz MS-71", "Poisk", "reported")}),
    ("Crew Dragon Endurance docked to the Harmony module's forward port on Friday.",
     {("Endurance", "Harmony", "reported")}),
    ("Soyuz MS-71 lifted off. The spacecraft is scheduled to dock with the Prichal module at 9:04 GMT.",
     {("Soyuz MS-71", "Prichal", "planned")}),
    ("Soyuz MS-71 lifted off. The launch put the Soyuz on a fast path, with the crew set to dock at Rassvet.",
     {("Soyuz MS-71", "Rassvet", "planned")}),
    ("Shenzhou-40 docked with the Tianhe core module on Monday.", {("Shenzhou-40", "Tianhe", "reported")}),
    ("Soyuz MS-71 lifted off on Friday with three people. The Soyuz was in orbit nine minutes later. The ship is "
     "due to dock with the station's Prichal module on Monday.", {("Soyuz MS-71", "Prichal", "planned")}),
])
def test_the_module_a_craft_docked_at(nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _docked(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Soyuz MS-71 lifted off. The Rassvet module was docked to Zarya in 2010.",
    "Soyuz MS-71 undocked from the Rassvet module on Monday.",
    "Soyuz MS-71 lifted off. Ann Baker watched the Progress docking at Poisk.",
    "Soyuz MS-71 docked with the International Space Station on Monday.",
    "Soyuz MS-71 did not dock with the Rassvet module.",
])
def test_no_module_from_other_dockings(nlp: Language, text: str) -> None:
    assert _docked(nlp, text) == set()
