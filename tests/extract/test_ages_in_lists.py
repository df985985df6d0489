"""Ages told after each name of a list, however the list is punctuated: "A, 29; B, 35; and C,
41." (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.gold import extracted_keys, key


@pytest.mark.parametrize("text", [
    "Ada Rinn was joined by Tomas Kell, 29; Lena Voss, 35; Omar Haddad, 42; and Dr. Ivo Sarn, 41.",
    "The new class includes Tomas Kell, 29, Lena Voss, 35, Omar Haddad, 42, and Ivo Sarn, 41.",
])
def test_every_name_of_a_list_keeps_its_own_age(nlp: Language, text: str) -> None:
    found = extracted_keys(next(extract(nlp, [Article(text, published="2017-06-08", id="t")])))
    for name, years in (("Tomas Kell", "29"), ("Lena Voss", "35"), ("Omar Haddad", "42"), ("Ivo Sarn", "41")):
        assert key(name, "age", years) in found
