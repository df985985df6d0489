"""A name that is no plausible name of its kind (extract/plausible.py) is refused where the
extraction is assembled: the entity, its mentions and its facts are left out, whatever
component made it, and the article's other names and facts stay."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article
from extract.assemble import to_extraction

_TEXT = "Astronaut Mira Solvay flew with astronaut Dale Corbin on Orion-4 in 2024."


@pytest.mark.parametrize("broken", [
    "Dale Corbin and Ivo Tamm",  # two people read as one
    "Dale C.",  # a name cut at its initial
    "Payload Commander",  # a seat's title
    "Dale D. “Oz Corbin",  # a nickname's stray quote mark
    "commanded: Orion-4",  # a line's label and its value
])
def test_a_broken_persons_name_is_refused_with_its_facts(nlp: Language, broken: str) -> None:
    doc = nlp(_TEXT)
    named = [c for c in doc._.astrokg_clusters if c["name"] == "Dale Corbin"]
    assert named, "the parse should find Dale Corbin"
    named[0]["name"] = broken
    found = to_extraction([(doc, 0)], Article(_TEXT, published="2024-06-01", id="t"), "test")
    names = {e.key: e.name for e in found.entities}
    assert broken not in names.values()
    assert "Mira Solvay" in names.values()
    keys = set(names)
    assert len(found.facts) == 1  # Mira Solvay's, not the refused name's
    assert all(f.subject in keys and (not isinstance(f.object, str) or f.object in keys) for f in found.facts)
    assert all(m.entity in keys for m in found.mentions)
    assert any(names.get(f.subject) == "Mira Solvay" for f in found.facts)


def test_a_good_name_stays(nlp: Language) -> None:
    doc = nlp(_TEXT)
    found = to_extraction([(doc, 0)], Article(_TEXT, published="2024-06-01", id="t"), "test")
    names = {e.name for e in found.entities}
    assert {"Mira Solvay", "Dale Corbin"} <= names
    assert any(f.subject in {e.key for e in found.entities if e.name == "Dale Corbin"} for f in found.facts)
