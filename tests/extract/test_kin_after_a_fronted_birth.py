"""A fronted "Born in X in Y" whose clause has someone's kin for subject ("Born in Moscow in
1948, her father was a test pilot") gives no one the birth: grammar gives it to the father,
loose writing to the daughter. What the kin was is not the story's person's either. Invented
names, the session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.reading import triples

_STORY = "Cosmonaut Irina Sokol flew on Soyuz TM-30 in 2001. "


@pytest.mark.parametrize("sentence", [
    "Born in Moscow in 1948, her father was a test pilot.",
    "Born in Moscow in 1948, her parents were both engineers.",
    "Born in Moscow in 1948, her father Pavel Sokol was a test pilot.",
    "Raised in Moscow after her birth in 1948, her mother taught physics.",
])
def test_a_fronted_birth_before_kin_is_no_one_s(nlp: Language, sentence: str) -> None:
    found = triples(nlp, _STORY + sentence)
    assert not {t for t in found if t[1] in ("birthDate", "birthPlace")}, found


@pytest.mark.parametrize("sentence", [
    "Her father was a test pilot.",
    "Her father was a test pilot and her mother worked as a teacher.",
    "Born in Moscow in 1948, her parents were both engineers.",
])
def test_what_the_kin_was_is_not_hers(nlp: Language, sentence: str) -> None:
    found = triples(nlp, _STORY + sentence)
    assert not {t for t in found if t[0] == "irina sokol" and t[1] == "occupation" and t[2] != "cosmonaut"}, found


@pytest.mark.parametrize("sentence", [
    "Born in Moscow in 1948, she was a test pilot before her selection.",
    "Born in Moscow in 1948, Sokol trained as a test pilot.",
])
def test_a_fronted_birth_before_the_person_is_hers(nlp: Language, sentence: str) -> None:
    found = triples(nlp, _STORY + sentence)
    assert ("irina sokol", "birthPlace", "moscow") in found, found
    assert ("irina sokol", "birthDate", "1948") in found, found
