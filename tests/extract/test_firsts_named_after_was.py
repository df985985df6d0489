"""A first told before the one who holds it, "The first woman in space was X", and one a
deed "made X": the name after "was" holds it, and the one the deed made holds it (invented
names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import Key, key
from tests.extract import reading

HEAD = "Astronaut Ana Voss flew in 2030. Bo Lund trained with her.\n\n"


def firsts(nlp: Language, text: str) -> set[Key]:
    return {k for k in reading.keys(nlp, HEAD + text, "2031-06-10") if k[1] in ("holdsFirst", "holdsRank")}


@pytest.mark.parametrize(("text", "scope"), [
    ("The first woman to go to space was Danish astronaut Ana Voss in 2030.", "woman"),
    ("The first Dane in space was Ana Voss.", "Denmark"),
    ("The first female astronaut to command a shuttle mission was Ana Voss (Denmark), who led Columbia.", "woman"),
    ("This historic flight made Ana Voss the first human in space.", "anyone"),
    ("Its launch made Voss the first Dane to reach orbit.", "Denmark"),
])
def test_the_one_named_holds_the_first(nlp: Language, text: str, scope: str) -> None:
    assert key("Ana Voss", "holdsFirst", scope, "reported") in firsts(nlp, text)


def test_a_rank_told_before_its_holder(nlp: Language) -> None:
    assert key("Ana Voss", "holdsRank", "woman 2", "reported") in firsts(nlp, "The second woman in space was Ana Voss.")


def test_a_first_still_to_come_stays_planned(nlp: Language) -> None:
    assert key("Ana Voss", "holdsFirst", "Denmark", "planned") in firsts(nlp, "The first Dane to fly will be Ana Voss.")


@pytest.mark.parametrize("text", [
    "The first woman to walk in space was not Ana Voss.",
    "The first Dane to fly could be Ana Voss.",
    "The first Dane to fly was a pilot, Ana Voss said.",
    "The first Dane in space was Bo Lund, not Ana Voss.",
])
def test_no_first_for_her(nlp: Language, text: str) -> None:
    assert not {k for k in firsts(nlp, text) if k[0] == "ana voss"}
