"""A launch site named in full ("John F. Kennedy Space Center") is the site the short name names,
and the full name is another name of it that answers match by (invented flights and people)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract


@pytest.mark.parametrize("text", [
    "Apollo 19 was launched from John F. Kennedy Space Center and was the sixth landing mission.",
    "Ada Rinn lifted off from the John F. Kennedy Space Center in Florida on Vega-4.",
    "The crew flew out of NASA's John F. Kennedy Space Centre at dawn.",
    "Vega-4 rolled out to its pad at the John F. Kennedy Space Center on Monday.",
    "Tomas Kell, who launched from John F. Kennedy Space Center in 2029, retired.",
])
def test_the_full_name_is_the_same_site(nlp: Language, text: str) -> None:
    found = next(extract(nlp, [Article(text, published="2031-06-10", id="t")]))
    sites = [e for e in found.entities if e.name == "Kennedy Space Center"]
    assert len(sites) == 1
    assert any(a.startswith("John F. Kennedy Space Cent") for a in sites[0].aliases)
    assert not any(e.name.startswith("John F") for e in found.entities)


def test_the_president_stays_a_person(nlp: Language) -> None:
    found = next(extract(nlp, [Article("John F. Kennedy set the goal of a moon landing in 1961.",
                                       published="2031-06-10", id="t")]))
    assert "Kennedy Space Center" not in {e.name for e in found.entities}
