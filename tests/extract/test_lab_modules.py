"""The laboratories the shuttles carried (Spacelab, Spacehab) are modules, never people or
organisations: "on board with him was the European Spacelab research module" names no
crewmate. Invented people."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract


@pytest.mark.parametrize("text", [
    "Nine days was the length of Karl Brandt's first trip to space, which began on 2 December 2031, when the "
    "Space Shuttle Columbia took him to orbit. On board with him was the European {lab} research module in which "
    "Brandt, as payload specialist, conducted 60 experiments.",
    "Karl Brandt flew on Columbia in 2031 with the European {lab} research module on board.",
])
@pytest.mark.parametrize("lab", ["Spacelab", "Spacehab"])
def test_a_shuttle_laboratory_is_a_module(nlp: Language, text: str, lab: str) -> None:
    doc = nlp(text.format(lab=lab))
    assert [e.label_ for e in doc.ents if lab in e.text] == ["MODULE"]
    ex = next(extract(nlp, [Article(text.format(lab=lab), id="t", published="2031-12-01")]))
    assert not [e for e in ex.entities if lab in e.name]  # no crewmate, no agency
