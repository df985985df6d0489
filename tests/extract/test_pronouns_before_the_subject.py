"""A subject pronoun in a clause that opens the sentence means the main clause's named subject
("Although he was born in Ohio, Ivo Lind grew up in Texas"), not the person of the sentence
before; a year told only roughly ("some twenty years earlier") is no date (invented names, the
session ``nlp``)."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading

keys = partial(reading.keys, published="2031-04-28")


@pytest.mark.parametrize(("text", "who", "prop", "value"), [
    ("Tomas Kell flew in 1961. In Ohio, where he was born in 1940, the young Ivo Lind was captivated.", "Ivo Lind",
     "birthDate", "1940"),
    ("Tomas Kell flew in 1961. Although he was born in Ohio, Ivo Lind grew up in Texas.", "Ivo Lind", "birthPlace",
     "Ohio"),
    ("Tomas Kell flew in 1961. When she was born in Ohio in 1940, Ana Voss weighed four pounds.", "Ana Voss",
     "birthPlace", "Ohio"),
    ("Tomas Kell flew in 1961. While he was born in Ohio, Omar Haddad grew up in Texas.", "Omar Haddad",
     "birthPlace", "Ohio"),
    ("Tomas Kell flew in 1961. Though she was born in Ohio, Ana Voss calls Texas home.", "Ana Voss", "birthPlace",
     "Ohio"),
])
def test_a_pronoun_before_the_subject_means_the_subject(nlp: Language, text: str, who: str, prop: str,
                                                         value: str) -> None:
    found = keys(nlp, text)
    assert key(who, prop, value) in found, found
    assert not {k for k in found if k[0] == "tomas kell" and k[1] == prop}


def test_a_pronoun_in_a_clause_inside_another_keeps_its_person(nlp: Language) -> None:
    found = keys(nlp, "Tomas Kell flew in 1961. Tomas Kell said that when he was born in Ohio, Ivo Lind was ten.")
    assert key("Ivo Lind", "birthPlace", "Ohio") not in found


def test_a_year_told_roughly_is_no_date(nlp: Language) -> None:
    found = keys(nlp, "Tomas Kell flew in 1961. In Ohio, where he was born some twenty years earlier, the young "
                      "Ivo Lind was captivated.")
    assert not {k for k in found if k[1] == "birthDate"}, found


def test_a_pronoun_of_an_earlier_step_is_the_person_before(nlp: Language) -> None:
    found = keys(nlp, "Ivo Lind opened the hatch first. After he climbed back in, engineer Ana Voss, 30, took her "
                      "turn. She was born in Ohio.")
    assert ("ana voss", "birthPlace", "ohio", "reported") in found, found


def test_a_possessive_before_the_first_person_named_is_that_person_s(nlp: Language) -> None:
    found = keys(nlp, "During her stay Ana Voss and Eva Holt carried out the first spacewalk by two women. Tomas "
                      "Kell, an Army doctor, made seven spacewalks. He was born in New York.")
    assert ("tomas kell", "birthPlace", "new york", "reported") in found, found


def test_a_pronoun_in_a_quote_before_its_speaker_is_not_the_speaker(nlp: Language) -> None:
    found = keys(nlp, 'Ivo Lind died on Monday. "He was a fine fellow and a fine aviator," Tomas Kell said.')
    assert not {k for k in found if k[0] == "tomas kell" and k[1] == "occupation"}, found
