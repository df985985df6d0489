"""A place named only as what holds a town the article named before ("born in this Sonoma
County town", the town of the dateline) is not where the event was: no fact rather than the
larger place (invented people, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading


@pytest.mark.parametrize("text", [
    "A Marine colonel born in this Sonoma County town, Tova Renk flew on Wednesday.",
    "Tova Renk, born in this Sonoma County town, flew on Wednesday.",
    "Tova Renk was born in that Ohio city in 1970.",
    "Tova Renk was born in this Texas town and joined the navy at 18.",
    "Born in this Ohio village, Tova Renk became a test pilot.",
])
def test_the_place_that_holds_this_town_is_not_the_birthplace(nlp: Language, text: str) -> None:
    assert not reading.triples(nlp, text, "2031-06-10", kind="birthPlace")


@pytest.mark.parametrize(("text", "place"), [
    ("Tova Renk was born in Petaluma, a Sonoma County town.", "petaluma"),
    ("Tova Renk was born in a Sonoma County town.", "sonoma county"),  # a town unnamed: the county holds it
    ("Tova Renk was born in Cleveland, Ohio, in 1970.", "cleveland"),
])
def test_a_named_town_or_an_unnamed_one_keeps_its_place(nlp: Language, text: str, place: str) -> None:
    assert reading.triples(nlp, text, "2031-06-10", kind="birthPlace") == {("tova renk", "birthPlace", place)}
