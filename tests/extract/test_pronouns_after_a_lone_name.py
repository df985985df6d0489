"""A pronoun that opens a sentence after one that names a single person, when the last subject
has not been told of for two sentences, is that person ("For Voss the reuse is personal. Her
husband, ..."), not the subject of a paragraph before (invented names, the session ``nlp``)."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading

keys = partial(reading.keys, published="2031-04-23")

_BEFORE = ("Ada Rinn is the commander and Lena Voss is the pilot; Omar Haddad flies as mission specialist. "
           "The crew is due at the station on Saturday.\n\nIt is the first flight of a reused capsule. ")


@pytest.mark.parametrize("text", [
    _BEFORE + "For Voss the reuse is personal. Her husband, Ivo Brand, flew in the same seat.",
    _BEFORE + "The reuse matters most to Voss. Her husband, Ivo Brand, flew in the same seat.",
])
def test_the_pronoun_is_the_one_person_just_named(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Lena Voss", "spouse", "Ivo Brand") in found or key("Ivo Brand", "spouse", "Lena Voss") in found
    assert key("Omar Haddad", "spouse", "Ivo Brand") not in found


def test_a_subject_told_of_just_before_keeps_the_pronoun(nlp: Language) -> None:
    found = keys(nlp, "Omar Haddad flew in 2029. He trained for years. The training pleased Lena Voss. "
                      "His wife, Ana Brand, is a doctor.")
    assert key("Lena Voss", "spouse", "Ana Brand") not in found
    assert key("Omar Haddad", "spouse", "Ana Brand") in found
