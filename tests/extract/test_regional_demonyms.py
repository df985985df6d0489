""""Latin American", "South American", "Central American" name a region's people, not the
United States ("American"). Invented names, the session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.gold import extracted_keys, key
from tests.extract import reading


@pytest.mark.parametrize("text", [
    "Born in Guantánamo province in 1942, Ramiro Ortega Lucena went on to become the first Latin American "
    "and the first Cuban to fly in space in 1980.",
    "Lena Voss, a South American engineer, joined NASA in 2009.",
    "Tomas Kell, a Central American pilot, flew on Soyuz 40 in 2021.",
])
def test_a_regional_demonym_is_no_us_nationality(nlp: Language, text: str) -> None:
    found = reading.keys(nlp, text, "2021-06-01")
    assert not [k for k in found if k[1] == "nationality" and k[2] == "united states"]


def test_american_alone_is_still_the_united_states(nlp: Language) -> None:
    found = extracted_keys(next(extract(nlp, [Article("John Glenn was the first American to orbit the Earth.",
                                                      published="2012-02-20", id="t")])))
    assert key("John Glenn", "nationality", "United States") in found
