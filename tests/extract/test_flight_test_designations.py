"""An uncrewed flight test is a flight of its own, however it is written: "Orbital Flight
Test-2", "OFT-2", "OFT 2" are one flight, OFT-2, and OFT-1 is another. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract


@pytest.mark.parametrize("written", ["Orbital Flight Test-2 (OFT-2)", "OFT-2", "OFT 2", "Orbital Flight Test 2"])
def test_a_flight_tests_designation_is_a_flight(nlp: Language, written: str) -> None:
    text = f"The capsule docked to the space station on Friday, a primary goal of {written}, the company said."
    ex = next(extract(nlp, [Article(text, published="2022-05-21", id="t")]))
    assert [e.name for e in ex.entities if "Spaceflight" in e.types] == ["OFT-2"]


def test_two_flight_tests_are_two_flights_and_a_word_with_oft_is_none(nlp: Language) -> None:
    text = "OFT-1 failed to reach the station in 2019, so the company flew OFT-2 in 2022. LOFT2 is a band."
    ex = next(extract(nlp, [Article(text, published="2022-05-21", id="t")]))
    assert sorted(e.name for e in ex.entities if "Spaceflight" in e.types) == ["OFT-1", "OFT-2"]
