"""An age told by a birthday ("launched on Oct. 14 (her 42nd birthday)", "landed on Sunday, his
70th birthday"): the person was that old on the day the sentence gives; not the birthday of an
agency, of a relative, or one told without its number (invented names)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.gold import key
from tests.extract import reading


@pytest.mark.parametrize(("text", "name", "years", "day"), [
    ("Mara Quell is a flight engineer on Expedition 88, part of a crew which launched from Kazakhstan on "
     "Oct. 14 (her 42nd birthday) bound for the station.", "Mara Quell", "42", "2023-10-14"),
    ("The Soyuz carrying Tom Brask touched down in Kazakhstan on Sunday, his 70th birthday.",
     "Tom Brask", "70", "2024-04-28"),
    ("Tom Brask's 61st birthday fell on the day of the launch, March 3, 2019.", "Tom Brask", "61", "2019-03-03"),
    ("Tom Brask will celebrate his 47th birthday aboard the station on Sunday.", "Tom Brask", "47", None),
])
def test_a_birthday_gives_the_age_on_its_day(nlp: Language, text: str, name: str, years: str,
                                             day: str | None) -> None:
    assert key(name, "age", years) in reading.keys(nlp, text, "2024-05-01")
    if day is not None:
        facts = next(extract(nlp, [Article(text, published="2024-05-01", id="t")])).facts
        assert [f.as_of.value for f in facts if f.predicate == "age" and f.as_of is not None] == [day]


@pytest.mark.parametrize("text", [
    "The agency's 60th birthday was marked with a gala, Tom Brask said.",
    "Tom Brask spent her birthday in orbit.",
    "Tom Brask's daughter had her 16th birthday while he was in orbit.",
    "Tom Brask flew on the program's 50th birthday.",
])
def test_no_age_from_other_birthdays(nlp: Language, text: str) -> None:
    assert not [k for k in reading.keys(nlp, text, "2024-05-01") if k[1] == "age"]
