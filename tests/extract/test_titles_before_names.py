"""A job title written before a name is not part of it: "Chief Astronaut Instructor Beth
Moss" is Beth Moss, "NASA Administrator Bill Nelsen" is Bill Nelsen, "Flight Director Ana
Ruiz" is Ana Ruiz. Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract


@pytest.mark.parametrize("text, name", [
    ("VSS Unity flew with Chief Astronaut Instructor Beth Moss on board.", "Beth Moss"),
    ("NASA Administrator Bill Nelsen spoke to reporters on Friday.", "Bill Nelsen"),
    ("Flight Director Ana Ruiz said the spacewalk went well.", "Ana Ruiz"),
])
def test_a_title_before_a_name_is_left_out(nlp: Language, text: str, name: str) -> None:
    ex = next(extract(nlp, [Article(text, published="2024-03-19", id="t")]))
    people = {e.name for e in ex.entities if "Person" in e.types}
    assert name in people and not any(p.endswith(name) and p != name for p in people)
