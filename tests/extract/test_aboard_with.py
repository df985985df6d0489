"""A stay aboard a craft with someone is a flight together ("served aboard the shuttle
Discovery with X"); a stay on a station, in an expedition or at an employer with someone is
not. Invented names."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

keys = partial(reading.triples, published="2031-06-10")


@pytest.mark.parametrize("text, craft", [
    ("Ann Lee served aboard the shuttle Discovery with Tom Quill and Bo Tan.", "space shuttle discovery"),
    ("Ann Lee lived aboard Soyuz T-40 with Tom Quill for two weeks.", "soyuz t-40"),
    ("In 1998 Ann Lee served aboard the space shuttle Discovery with Tom Quill.", "space shuttle discovery"),
    ("Ann Lee spent eight days aboard Soyuz T-40 with Tom Quill.", "soyuz t-40"),
    ("For two weeks Ann Lee lived on Soyuz T-40 with Tom Quill, a test pilot.", "soyuz t-40"),
])
def test_a_stay_aboard_a_craft_with_someone_is_a_flight_with_them(nlp: Language, text: str, craft: str) -> None:
    found = keys(nlp, text)
    assert ("ann lee", "flewWith", "tom quill") in found
    assert ("ann lee", "spacecraft", craft) in found


@pytest.mark.parametrize("text", [
    "Ann Lee lived aboard the International Space Station with Tom Quill for six months.",
    "Ann Lee served on Expedition 40 with Tom Quill.",
    "Ann Lee worked with Tom Quill at NASA.",
    "Ann Lee served in the Air Force with Tom Quill.",
])
def test_other_stays_with_someone_are_no_flight_together(nlp: Language, text: str) -> None:
    assert ("ann lee", "flewWith", "tom quill") not in keys(nlp, text)
