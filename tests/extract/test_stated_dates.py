"""A date stated with its year wins over one counted back from the day of writing in the same
phrase ("21 years ago today, on February 1, 2003"), as anniversary pieces word it (invented
names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading


@pytest.mark.parametrize(("text", "predicate"), [
    ("Colonel Ada Pell passed away 21 years ago today, on February 1, 2003.", "deathDate"),
    ("Ada Pell died 21 years ago this week, on February 1, 2003, over Texas.", "deathDate"),
    ("Ada Pell lifted off 21 years ago today, on February 1, 2003, aboard Soyuz MS-31.", "launchDate"),
])
def test_a_stated_date_wins_over_a_counted_one(nlp: Language, text: str, predicate: str) -> None:
    found = reading.keys(nlp, text, "2024-02-01")
    assert key("Ada Pell", predicate, "2003-02-01") in found
    assert not [k for k in found if k[1] == predicate and k[2] != "2003-02-01"]
