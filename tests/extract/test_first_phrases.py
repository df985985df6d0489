"""What a first was, in its words, without a description the parse ran on to it ("to fly into
space and the namesake for X") but with objects really coordinated (invented names, the
session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, Literal, extract


@pytest.mark.parametrize(("text", "holder", "achievement"), [
    ("The crew included Ada Rinn, the eldest daughter of Tomas Kell, the first American astronaut to fly into "
     "space and the namesake for the company's rocket.", "Tomas Kell", "fly into space"),
    ("Lena Voss became the first woman to walk on the Moon and Mars.", "Lena Voss", "walk on the Moon and Mars"),
    ("Lena Voss was the first woman to command the station and the shuttle.", "Lena Voss",
     "command the station and the shuttle"),
])
def test_a_first_keeps_what_was_done_and_nothing_said_after(nlp: Language, text: str, holder: str,
                                                            achievement: str) -> None:
    extraction = next(extract(nlp, [Article(text, published="2021-12-12", id="t")]))
    names = {e.key: e.name for e in extraction.entities}
    firsts = {(names[f.subject], f.object.value) for f in extraction.facts
              if f.predicate == "holdsFirst" and isinstance(f.object, Literal)}
    assert firsts == {(holder, achievement)}


@pytest.mark.parametrize(("text", "holder", "achievement"), [
    ("Former Army Major Tom Brisk became the first astronaut wearing a Union Jack flag on his arm.", "Tom Brisk",
     "astronaut wearing a Union Jack flag on his arm"),
    ("Ada Pell was the first woman flying a jet across the Pacific.", "Ada Pell",
     "flying a jet across the Pacific"),
])
def test_a_participle_narrows_the_first(nlp: Language, text: str, holder: str, achievement: str) -> None:
    extraction = next(extract(nlp, [Article(text, published="2021-12-12", id="t")]))
    names = {e.key: e.name for e in extraction.entities}
    firsts = {(names[f.subject], f.object.value) for f in extraction.facts
              if f.predicate == "holdsFirst" and isinstance(f.object, Literal)}
    assert firsts == {(holder, achievement)}  # not the first astronaut, nor the first woman, of all
