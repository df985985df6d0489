"""Time in space told in days and their hours ("7 days and 22 hours", "13 days, 3 hours and 53
minutes", "two weeks and three days") is the whole length, in days, never the days alone.
Invented names, several phrasings; an age to the day and a daily rate stay no time in space."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

keys = partial(reading.keys, published="2031-06-10")


def _days(nlp: Language, text: str) -> set[str]:
    return {k[2] for k in keys(nlp, text) if k[0] == "wade orlin" and k[1] == "timeInSpace"}


@pytest.mark.parametrize(("text", "days"), [
    ("Wade Orlin landed on October 10 after spending 7 days and 22 hours in space.", "7.916667"),
    ("Wade Orlin landed on October 10 after 7 days, 22 hours in orbit.", "7.916667"),
    ("In total, astronaut Wade Orlin had 13 days, 3 hours and 53 minutes of spaceflight experience.", "13.161806"),
    ("Wade Orlin spent two weeks and three days aboard the space station.", "17"),
    ("Wade Orlin came home after 12 days in orbit.", "12"),
])
def test_days_with_their_hours(nlp: Language, text: str, days: str) -> None:
    assert _days(nlp, text) == {days}


@pytest.mark.parametrize("text", [
    "Wade Orlin, who flew on the space station, died aged 90 years and 253 days.",
    "On the space station, Wade Orlin exercised for two hours a day.",
    "Wade Orlin set off in June for what was supposed to be an eight-day test flight to the space station.",
])
def test_lengths_of_something_else(nlp: Language, text: str) -> None:
    assert not _days(nlp, text)
