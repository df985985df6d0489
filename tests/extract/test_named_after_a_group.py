"""A person named as the subject of their own clause, coordinated with a clause whose subject
is a group ("the pair circled the globe and A became the first ..."), is the only one that
clause is about (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading

INTRO = "Astronauts Tomas Kell and Ada Rinn launched on Gemini 40 in 1965. "

CASES = [
    "During the four-day flight, the pair circled the globe 66 times — and Rinn became the first American "
    "to venture outside of a spacecraft, which Kell captured on camera.",
    "The pair circled the Earth 66 times, and Rinn became the first American to walk in space.",
    "The two men orbited for four days and Rinn became the first American to float outside a spacecraft.",
    "The duo spent four days in orbit, and Rinn became the first American to leave a spacecraft in orbit.",
    "The pair flew for four days; Rinn was the first American to step outside a spacecraft, and Kell took "
    "pictures.",
]


@pytest.mark.parametrize("text", CASES)
def test_the_named_subject_alone_holds_the_first(nlp: Language, text: str) -> None:
    firsts = {s for s, p, _ in reading.triples(nlp, INTRO + text, "2022-10-15", kind="holdsFirst")}
    assert firsts == {"ada rinn"}


@pytest.mark.parametrize("text", [
    "The pair circled the Earth 66 times and became the first Americans to fly for four days.",
    "Both men became the first Americans to fly for four days.",
])
def test_a_group_subject_still_gives_each_member(nlp: Language, text: str) -> None:
    firsts = {s for s, p, _ in reading.triples(nlp, INTRO + text, "2022-10-15", kind="holdsFirst")}
    assert firsts == {"ada rinn", "tomas kell"}
