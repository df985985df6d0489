"""A length of a stay in space told in months ("a six-month mission", "remain in orbit for eight
months") is kept in months, never turned into days; months of training, delays or time before
or after something are no stay, nor are an unnamed someone's months anyone else's. Invented
names, several phrasings."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.facts import Literal
from tests.extract import reading

keys = partial(reading.keys, published="2031-06-10")


def _lengths(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {(k[0], k[2], k[3]) for k in keys(nlp, text) if k[1] == "timeInSpace"}


@pytest.mark.parametrize(("text", "found"), [
    ("Wade Orlin returned on Friday from a six-month mission aboard the station.", {("wade orlin", "6", "reported")}),
    ("Wade Orlin spent seven months aboard the Tiangong station in 2029.", {("wade orlin", "7", "reported")}),
    ("Wade Orlin and Ken Morrow flew on Crew-40. The pair are scheduled to remain in low Earth orbit for eight "
     "months.", {("wade orlin", "8", "planned"), ("ken morrow", "8", "planned")}),
    ("Wade Orlin commands Crew-40, which lifted off at noon, bound for a five-month stay on the station.",
     {("wade orlin", "5", "planned")}),
])
def test_a_stay_in_months_is_kept_in_months(nlp: Language, text: str, found: set[tuple[str, str, str]]) -> None:
    assert _lengths(nlp, text) == found
    told = next(extract(nlp, [Article(text, published="2031-06-10", id="t")]))
    assert {dict(f.qualifiers)["unit"] for f in told.facts if f.predicate == "timeInSpace"} == {Literal("month")}


@pytest.mark.parametrize("text", [
    "Wade Orlin trained for 18 months before his flight to the space station.",
    "Six months ago, Wade Orlin flew to the space station.",
    "Wade Orlin landed six months after the station was launched.",
    "Wade Orlin's flight to the station was delayed by two months.",
    "The crew will stay in orbit for three months, said Wade Orlin, a spokesman of the space agency.",
    "Wade Orlin and Ken Morrow left Earth for a year aboard the space station, flying with an American crewmate who "
    "will come home after six months.",
])
def test_months_of_something_else_are_no_ones_stay(nlp: Language, text: str) -> None:
    assert not _lengths(nlp, text)
