"""A pronoun or a description that opens a sentence after one that names a single person, when
the person it would otherwise mean has not been told of for two sentences, is that person ("For
Voss the reuse is personal. Her husband, ...", "Commanding the crew is B. Born in Madrid, the
veteran ..."), not the subject of a paragraph before (invented names, the session ``nlp``)."""

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


_AX = ("Ana Ruiz became the first person from Peru to travel to space on Ax-9 on Thursday. Ruiz, 44, a fighter "
       "pilot, is one of two mission specialists. The other is Ivo Brand of Norway. Tomas Kell serves as pilot.\n\n"
       "Commanding the crew is Omar Haddad of Axiom Space. ")


@pytest.mark.parametrize("text", [
    _AX + "Born in Madrid, the Spanish-American veteran, who commanded Ax-7 in 2029, holds two records.",
    _AX + "The veteran astronaut, who commanded Ax-7 in 2029, was born in Madrid.",
])
def test_a_description_is_the_one_person_just_named(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Ax-7", "commander", "Omar Haddad") in found
    assert key("Ax-7", "commander", "Ana Ruiz") not in found


def test_a_description_after_the_protagonist_s_sentence_stays_theirs(nlp: Language) -> None:
    found = keys(nlp, "Ana Ruiz flew to space on Ax-9 on Thursday. Ruiz trained for six years. The launch was "
                      "watched by Omar Haddad. The 44-year-old astronaut was born in Lima.")
    assert key("Ana Ruiz", "birthPlace", "Lima") in found
