"""Records of another measure than time in space or spacewalks ("a record height of 367,442
feet", "the rocket plane altitude record", "a speed record of Mach 6.7") hold no record of
ours and name no previous holder, while a days-in-space record beside them still counts.
Invented names, several phrasings."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

keys = partial(reading.keys, published="2024-03-19")


@pytest.mark.parametrize("text", [
    "Ron Vale flew high over the desert. He soared to a record height of 367,442 feet, exceeding Mach 3 to win. "
    "That flight broke the rocket plane altitude record set in 1963 by Tom Kell.",
    "Ron Vale set a speed record of Mach 6.7, beating Tom Kell.",
    "Ron Vale reached a record altitude of 90 kilometers, breaking the mark held by Tom Kell.",
])
def test_an_altitude_or_speed_record_is_not_a_record_of_time_in_space(nlp: Language, text: str) -> None:
    assert not {k for k in keys(nlp, text) if k[1] in ("holdsRecord", "previousHolder")}


def test_a_days_in_space_record_still_counts(nlp: Language) -> None:
    found = keys(nlp, "Ron Vale broke the record for the most days in space, beating Tom Kell.")
    assert any(k[0] == "ron vale" and k[1] == "holdsRecord" for k in found)
