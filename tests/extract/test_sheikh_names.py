""""Sheikh" begins many Malaysian and Arab given names ("Sheikh Arif Bakri"): it stays in the
name, and "Sheikh Arif" later in the story is the same person. Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract


@pytest.mark.parametrize("text", [
    "Surgeon Dr. Sheikh Arif Bakri, 41, blasted off aboard the Soyuz TMA-40 on Oct 3, 2031.",
    "Sheikh Arif Bakri flew to space on Oct 3, 2031. Sheikh Arif returned on Oct 14.",
    "Malaysian astronaut Sheikh Arif Bakri launched aboard the Soyuz TMA-40 on Oct 3, 2031.",
    "Dr Sheikh Arif Bakri said the flight was a dream. He launched aboard the Soyuz TMA-40 on Oct 3, 2031.",
    "The orthopaedic surgeon, Sheikh Arif Bakri, spent 11 days in space. Dr Sheikh Arif is 41.",
])
def test_sheikh_is_part_of_the_name(nlp: Language, text: str) -> None:
    ex = next(extract(nlp, [Article(text, published="2031-11-01", id="t")]))
    people = {e.name for e in ex.entities if "Person" in e.types}
    assert people == {"Sheikh Arif Bakri"}


def test_given_names_alone_are_the_one_full_name_they_begin(nlp: Language) -> None:
    text = "Anna Lee Farrow and Tom Quill launched on Monday. Anna Lee waved from the hatch."
    ex = next(extract(nlp, [Article(text, published="2031-11-01", id="t")]))
    assert {e.name for e in ex.entities if "Person" in e.types} == {"Anna Lee Farrow", "Tom Quill"}
