"""Of two dates an event's clause gives, the day beats a bare year told from the story's
timeline ("nine years later, on April 12, 1981") (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading


@pytest.mark.parametrize("text", [
    "Flight four was in 1972, when Ada Rinn commanded Apollo 16. Fast-forward nine years later, when on "
    "April 12, 1981, Ada Rinn and Tomas Kell lifted off from the Kennedy Space Center aboard the Space "
    "Shuttle Columbia.",
    "Ada Rinn first flew in 1972. Nine years later, on April 12, 1981, she launched aboard the Space Shuttle "
    "Columbia with Tomas Kell.",
])
def test_the_day_beats_a_year_counted_from_an_earlier_one(nlp: Language, text: str) -> None:
    found = reading.keys(nlp, text, None)
    assert key("Ada Rinn", "launchDate", "1981-04-12") in found
    assert key("Ada Rinn", "launchDate", "1981") not in found
