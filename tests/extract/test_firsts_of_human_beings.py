""""The first human being in space" is the first of all people, as "the first human" is
(invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import Key, key
from tests.extract import reading

HEAD = "Astronaut Ana Voss flew in 2030. Bo Lund trained with her.\n\n"


def firsts(nlp: Language, text: str) -> set[Key]:
    return {k for k in reading.keys(nlp, HEAD + text, "2031-06-10") if k[1] == "holdsFirst"}


@pytest.mark.parametrize("text", [
    "The museum honours Bo Lund, the first human being in space.",
    "Bo Lund was the first human being in space.",
    "The first human being in space was Bo Lund.",
])
def test_the_first_human_being(nlp: Language, text: str) -> None:
    assert key("Bo Lund", "holdsFirst", "anyone", "reported") in firsts(nlp, text)


def test_no_first_of_a_living_being(nlp: Language) -> None:
    assert not firsts(nlp, "Bo Lund sent Laika, the first living being to orbit the Earth.")
