"""A town called someone's "native" town by a possessive ("his native Ottawa", "Ito's native
Osaka") is that person's hometown; a pronoun before another name may be that one's, so it is
left alone (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading

_PAGE = "2031-06-10"


@pytest.mark.parametrize(("text", "name", "town"), [
    ("Ken Ito answered questions from schools, including a school from his native Ottawa, Ontario.",
     "ken ito", "ottawa"),
    ("Ken Ito flew twice. Students in his native Osaka watched.", "ken ito", "osaka"),
    ("Ken Ito's native Osaka threw a parade.", "ken ito", "osaka"),
    ("Dana Voss, who flew in 2030, visited her native Denver on Friday.", "dana voss", "denver"),
    ("Tomas Kell landed on Monday, and crowds in his native Denver cheered.", "tomas kell", "denver"),
])
def test_a_native_town_owned_is_the_hometown(nlp: Language, text: str, name: str, town: str) -> None:
    assert (name, "hometown", town) in reading.triples(nlp, text, _PAGE)


@pytest.mark.parametrize("text", [
    "Ken Ito flew over her native Ohio, Dana Voss said.",  # "her" is Dana Voss's, named after it
    "Ken Ito returned to his native Japan.",  # a country is no hometown
])
def test_no_hometown_for_an_unsure_owner_or_a_country(nlp: Language, text: str) -> None:
    assert not {t for t in reading.triples(nlp, text, _PAGE) if t[1] == "hometown"}
