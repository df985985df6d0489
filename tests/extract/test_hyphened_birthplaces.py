"""A birthplace joined to "-born" before the noun or the name ("the Copenhagen-born engineer",
"the Ohio-born Dana Voss"), a town whatever the small model took it for (it tags some towns as
organisations). Invented names; a nationality joined to "-born" ("German-born") is no place."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.reading import triples


@pytest.mark.parametrize("text, place", [
    ("Dana Voss took over the station on Friday. The Copenhagen-born engineer arrived in August.", "copenhagen"),
    ("Dana Voss, a Copenhagen-born engineer, flew in 2015.", "copenhagen"),
    ("The Ohio-born Dana Voss flew in 2015.", "ohio"),
])
def test_a_place_born_before_the_noun_is_the_birthplace(nlp: Language, text: str, place: str) -> None:
    assert ("dana voss", "birthPlace", place) in triples(nlp, text)


def test_a_nationality_born_before_the_name_is_no_birthplace(nlp: Language) -> None:
    assert not {t for t in triples(nlp, "The German-born Dana Voss flew in 2015.") if t[1] == "birthPlace"}
