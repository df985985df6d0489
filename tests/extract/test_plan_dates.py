"""The year of a planned day the text gives without one: a plan told now is dated ahead of the page
("is scheduled to launch in May" on an October page: next May), save a day of the last few weeks
(a page dated after it was written); a plan told in the past tense ("was scheduled to launch in
May") is the nearer May, before or after the page. Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading


def dates(nlp: Language, text: str, published: str, kind: str) -> set[tuple[str, str]]:
    return {(k[2], k[3]) for k in reading.keys(nlp, text, published) if k[1] == kind}


@pytest.mark.parametrize(("text", "published", "value"), [
    ("Soyuz TMA-40 was scheduled to launch in May.", "2031-10-05", "2031-05"),
    ("Soyuz TMA-40 was scheduled to launch in May.", "2031-02-01", "2031-05"),
    ("Nora Vance was due to return to Earth on March 20.", "2031-02-01", "2031-03-20"),
    ("Soyuz TMA-40 is scheduled to launch in May.", "2031-10-05", "2032-05"),
    ("Nora Vance will launch on October 1.", "2031-12-20", "2032-10-01"),
    ("Nora Vance will leave on board Soyuz flight 9S, to be launched in Kazakhstan on 18 October.",
     "2031-10-20", "2031-10-18"),
    ("Nora Vance's launch was scheduled for 10:38 p.m. Wednesday.", "2031-10-21", "2031-10-22"),  # a Tuesday
    ("Nora Vance was scheduled to launch on Sunday.", "2031-10-21", "2031-10-19"),
    ("Nora Vance is scheduled to launch on Monday.", "2031-10-21", "2031-10-27"),
])
def test_a_planned_day_takes_the_year_its_tense_says(nlp: Language, text: str, published: str, value: str) -> None:
    found = dates(nlp, text, published, "returnDate" if "return" in text else "launchDate")
    assert found == {(value, "planned")}
