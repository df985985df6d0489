"""A post someone is only talked of for ("a possible future ambassador", "the would-be
director") is no job title (invented names, the session ``nlp``)."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

keys = partial(reading.keys, published="2031-05-05")


@pytest.mark.parametrize("text", [
    "Ivo Lind, who is 64, has been discussed as a possible future Ruritanian ambassador to Moscow.",
    "Ivo Lind is widely seen as a likely future director of the space agency.",
    "Ivo Lind, the would-be ambassador, withdrew his name on Monday.",
    "Ivo Lind was named as a potential chairman of the space council.",
    "The ministry put forward Ivo Lind as a prospective ambassador to Japan.",
])
def test_a_post_only_talked_of_is_no_title(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert not {k for k in found if k[1] == "jobTitle" and k[0] == "ivo lind"}, found


@pytest.mark.parametrize("text", [
    "Ivo Lind is the Ruritanian ambassador to Moscow.",
    "Ivo Lind, director of the space agency, spoke on Monday.",
])
def test_a_post_held_is_a_title(nlp: Language, text: str) -> None:
    assert {k for k in keys(nlp, text) if k[1] == "jobTitle" and k[0] == "ivo lind"}
