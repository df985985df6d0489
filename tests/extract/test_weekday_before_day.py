"""A weekday written before the day and month, British style ("Thursday 11 November",
"Saturday 18 June", "Friday, the 9th of May"), is one date: the event is on that day, not
on the weekday nearest the article's date. Invented names, several phrasings."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

triples = partial(reading.triples, published="2031-06-10")


@pytest.mark.parametrize(("text", "predicate", "day"), [
    ("Nora Quill and Ken Ito were launched from Kennedy Space Center at 02:03 GMT Thursday 11 November.",
     "launchDate", "2030-11-11"),
    ("A Soyuz capsule carrying Nora Quill made a safe parachute landing near Zhezkazgan on Saturday 18 January.",
     "returnDate", "2031-01-18"),
    ("Nora Quill blasted off from Baikonur on Friday, 9 May.", "launchDate", "2031-05-09"),
    ("Nora Quill lifted off on Wednesday 2 April 2031 from Baikonur.", "launchDate", "2031-04-02"),
    ("Nora Quill splashed down off Florida on Sunday, the 4th of May.", "returnDate", "2031-05-04"),
])
def test_a_weekday_before_the_day_is_that_day(nlp: Language, text: str, predicate: str, day: str) -> None:
    found = {t for t in triples(nlp, text) if t[0] == "nora quill" and t[1] == predicate}
    assert found == {("nora quill", predicate, day)}
