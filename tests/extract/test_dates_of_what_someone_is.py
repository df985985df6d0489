"""A year inside an apposition that says what someone is ("A, a veteran of a 2018 flight,
blasted off", "A, a 2009 recruit, ...", "A, the first Kazakh in space in 2018, ...") is no
day of the event the sentence tells; the event's own day still is. Invented names."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

triples = partial(reading.triples, published="2031-06-10")


@pytest.mark.parametrize("text", [
    "Ivo Marsk, a veteran of a 2018 flight, blasted off aboard Soyuz MS-40.",
    "Ivo Marsk, the first Kazakh in space in 2018, blasted off aboard Soyuz MS-40.",
    "Ivo Marsk, a 2009 recruit, blasted off aboard Soyuz MS-40.",
    "Ivo Marsk, a 2009 recruit, landed aboard Soyuz MS-40.",
])
def test_a_year_of_what_someone_is_is_no_day_of_the_event(nlp: Language, text: str) -> None:
    assert {t for t in triples(nlp, text) if t[1] in ("launchDate", "returnDate")} == set()


@pytest.mark.parametrize("text, day", [
    ("Ivo Marsk, a veteran of a 2018 flight, blasted off aboard Soyuz MS-40 on April 9.", "2031-04-09"),
    ("Ivo Marsk, a 2009 recruit, blasted off aboard Soyuz MS-40 on May 2, 2030.", "2030-05-02"),
])
def test_the_events_own_day_stays(nlp: Language, text: str, day: str) -> None:
    assert {t[2] for t in triples(nlp, text) if t[0] == "ivo marsk" and t[1] == "launchDate"} == {day}
