""""Flew aboard X in 1984": the year the flight verb itself takes is that flight's launch year,
fronted or not; a year said of another event of the sentence is not. Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.gold import Key, extracted_keys


def keys(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    found: set[Key] = extracted_keys(next(extract(nlp, [Article(text, published="2024-03-02", id="t")])))
    return {k[:3] for k in found if k[3] == "reported"}


@pytest.mark.parametrize("text", [
    "Oskar Veldhuis flew aboard Soyuz 30 in 1978.",
    "In 1978, Oskar Veldhuis flew aboard Soyuz 30 for eight days.",
    "Oskar Veldhuis, who was born in 1950, flew on Soyuz 30 in 1978.",
    "Oskar Veldhuis flew on Soyuz 30 in 1978 and became a professor in 1990.",
    "A former pilot, Oskar Veldhuis flew into orbit aboard Soyuz 30 in 1978.",
])
def test_the_year_of_a_flight_on_a_named_craft_is_its_launch_year(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert ("oskar veldhuis", "launchDate", "1978") in found
    assert not {k for k in found if k[1] == "launchDate" and k[2] != "1978"}


@pytest.mark.parametrize("text", [
    "Oskar Veldhuis joined the agency in 1978 and flew aboard Soyuz 30.",
    "Oskar Veldhuis, born in 1950, flew aboard Soyuz 30.",
    "Oskar Veldhuis flew fighter jets in 1978.",
])
def test_a_year_of_something_else_is_no_launch_year(nlp: Language, text: str) -> None:
    assert not {k for k in keys(nlp, text) if k[1] == "launchDate"}
