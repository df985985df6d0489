"""A first told as a title before a name ("The first Kazakh cosmonaut Toktar Aubakirov turned
75"), which the parser reads as the name's own words: the name holds the first. A flight or
a headline's capitalised "First ..." is no such title (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import Key, key
from tests.extract import reading

HEAD = "Profile\n\n"


def firsts(nlp: Language, text: str) -> set[Key]:
    return {k for k in reading.keys(nlp, HEAD + text, "2031-06-10") if k[1] == "holdsFirst"}


@pytest.mark.parametrize(("text", "holder", "scope"), [
    ("The first Kazakh cosmonaut Pavel Drozdin turned 75 on Monday.", "Pavel Drozdin", "Kazakhstan"),
    ("Kazakhstan's first cosmonaut Pavel Drozdin turned 75 on Monday.", "Pavel Drozdin", "Kazakhstan"),
    ("Crowds marked the birthday of the first Slovak astronaut Ivan Kollar on Monday.", "Ivan Kollar", "Slovakia"),
    ("Residents greeted the first Italian astronaut Marco Ferri on Monday.", "Marco Ferri", "Italy"),
    ("On Monday, the first Ukrainian astronaut Leonid Petrenko died in Kyiv.", "Leonid Petrenko", "Ukraine"),
])
def test_the_named_holds_the_titled_first(nlp: Language, text: str, holder: str, scope: str) -> None:
    assert key(holder, "holdsFirst", scope, "reported") in firsts(nlp, text)


@pytest.mark.parametrize("text", [
    "First Slovak astronaut Pavel Drozdin flew into space 15 years ago.",
    "The first NASA flight Pavel Drozdin made was in 1990.",
    "Pavel Drozdin spoke about his first cosmonaut training in Star City.",
])
def test_no_titled_first(nlp: Language, text: str) -> None:
    assert not {k for k in firsts(nlp, text) if "first" in k[2] or k[0] == "pavel drozdin"}
