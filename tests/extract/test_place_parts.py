"""A place named by the city it lies in ("the San Diego suburb of La Jolla") is the part, not
the city (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.gold import Key, extracted_keys, key


def keys(nlp: Language, text: str) -> set[Key]:
    return extracted_keys(next(extract(nlp, [Article(text, published="2021-07-22", id="t")])))


@pytest.mark.parametrize(("text", "predicate", "place", "city"), [
    ("Ada Rinn died at her home in the San Diego suburb of La Jolla. She was 61.", "deathPlace", "La Jolla",
     "San Diego"),
    ("Tomas Kell was born in the Chicago suburb of Oak Park in 1950.", "birthPlace", "Oak Park", "Chicago"),
    ("Omar Haddad was born in the Leningrad district of Kolpino.", "birthPlace", "Kolpino", "Leningrad"),
])
def test_the_part_of_a_city_is_the_place(nlp: Language, text: str, predicate: str, place: str, city: str) -> None:
    found = keys(nlp, text)
    person = text.split(" died")[0].split(" was")[0]
    assert key(person, predicate, place) in found
    assert key(person, predicate, city) not in found


def test_a_suburb_with_no_name_leaves_the_city(nlp: Language) -> None:
    assert key("Lena Voss", "deathPlace", "Houston") in keys(nlp, "Lena Voss died on Tuesday in a Houston suburb.")
