""""Originally from Fort Collins, Colorado, X earned ..." gives X's hometown (a fronted
"originally from" tells of the verb's subject); a fronted "From Baikonur" does not. Invented
names, the session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading


def _found(nlp: Language, text: str) -> set[tuple[str, ...]]:
    return reading.keys(nlp, text, "2018-05-11")


@pytest.mark.parametrize(("text", "name", "town"), [
    ("Originally from Fort Collins, Colorado, Lena Voss earned a degree in engineering.", "Lena Voss",
     "Fort Collins"),
    ("Originally from Spokane, Tomas Kell joined NASA in 2013.", "Tomas Kell", "Spokane"),
])
def test_originally_from_before_the_subject_is_the_hometown(nlp: Language, text: str, name: str, town: str) -> None:
    assert key(name, "hometown", town) in _found(nlp, text)


def test_a_fronted_from_of_a_flight_is_no_hometown(nlp: Language) -> None:
    found = _found(nlp, "From Baikonur, Tomas Kell flew to the station in 2013.")
    assert not [k for k in found if k[1] == "hometown"]
