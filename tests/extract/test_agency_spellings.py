"""An agency is the same agency however a reporter spells or words it: a transliteration
("Roskosmos"), a British spelling ("Centre") or the country's possessive ("Japan's space
agency"). Invented names."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

triples = partial(reading.triples, published="2031-06-10")


@pytest.mark.parametrize(("text", "agency"), [
    ("Ana Voss, head of the Russian space agency Roskosmos, said the crew was well.", "roscosmos"),
    ("Ana Voss, head of Russia's space agency, said the crew was well.", "roscosmos"),
    ("Ana Voss of Japan's space agency flew in 2030.", "jaxa"),
    ("Ana Voss of the Japanese space agency flew in 2030.", "jaxa"),
    ("Ana Voss of the German Aerospace Centre flew in 2030.", "german aerospace center"),
    ("Ana Voss joined India's space agency in 2020.", "indian space research organisation"),
    ("Ana Voss joined Canada's space agency in 2020.", "canadian space agency"),
])
def test_an_agency_spelt_or_worded_otherwise_is_the_agency(nlp: Language, text: str, agency: str) -> None:
    assert ("ana voss", "employer", agency) in triples(nlp, text)


def test_a_country_s_other_agency_is_not_its_space_agency(nlp: Language) -> None:
    found = triples(nlp, "Ana Voss of Japan's weather agency flew in 2030.")
    assert not [t for t in found if t[2] == "jaxa"]
