"""The length of a trip someone sets off on is planned, not time already spent in space:
"blasts off for 12 days on the ISS". Invented names."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

keys = partial(reading.keys, published="2031-06-10")


@pytest.mark.parametrize("text", [
    "Japanese billionaire Ann Lee blasts off for 12 days on the ISS",
    "Ann Lee lifted off on Wednesday for a 12-day stay on the station.",
    "Ann Lee launched from Baikonur on Wednesday for 12 days aboard the station.",
    "Ann Lee blasted off for a 12-day trip to the International Space Station.",
    "Ann Lee will lift off on Friday for 12 days in orbit.",
])
def test_the_length_of_a_trip_set_off_on_is_planned(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert ("ann lee", "timeInSpace", "12", "reported") not in found


@pytest.mark.parametrize("text", [
    "Ann Lee spent 12 days on the station and landed on Friday.",
    "Ann Lee flew for 12 days aboard Soyuz MS-40 in 2021.",
])
def test_time_spent_stays_reported(nlp: Language, text: str) -> None:
    assert ("ann lee", "timeInSpace", "12", "reported") in keys(nlp, text)
