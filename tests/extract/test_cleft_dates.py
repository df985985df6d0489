"""A cleft sentence puts the event's time first ("It was 4:54 a.m. on 16 September 2029 that
the shuttle Atlantis lifted off", "It was on 16 September 2029 that A blasted off"): that time
is the event's day; the day someone said it is not. Invented names."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

triples = partial(reading.triples, published="2031-06-10")


@pytest.mark.parametrize("text", [
    "It was 4:54 a.m. on 16 September 2029 that the shuttle Atlantis lifted off with Nora Quill aboard.",
    "It was on 16 September 2029 that Nora Quill blasted off aboard Soyuz MS-40.",
    "It was late in the evening of 16 September 2029 when Nora Quill lifted off aboard Soyuz MS-40.",
])
def test_a_clefts_time_is_the_events_day(nlp: Language, text: str) -> None:
    assert {t[2] for t in triples(nlp, text) if t[0] == "nora quill" and t[1] == "launchDate"} == {"2029-09-16"}


def test_the_day_it_was_said_is_not(nlp: Language) -> None:
    found = triples(nlp, "NASA said on 16 September 2029 that Nora Quill had blasted off aboard Soyuz MS-40.")
    assert "2029-09-16" not in {t[2] for t in found if t[1] == "launchDate"}
