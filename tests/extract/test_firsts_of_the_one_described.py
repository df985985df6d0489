"""A first told in a relative clause of what someone is ("X is an engineer who became the
first space tourist"): the one described holds it, never someone else's description (invented
names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import Key, key
from tests.extract import reading

HEAD = "Astronaut Ana Voss flew in 2030. Bo Lund trained with her.\n\n"


def firsts(nlp: Language, text: str) -> set[Key]:
    return {k for k in reading.keys(nlp, HEAD + text, "2031-06-10") if k[1] == "holdsFirst"}


@pytest.mark.parametrize(("text", "scope"), [
    ("Ana Voss is a Danish engineer who became in 2030 the first space tourist.", "anyone"),
    ("Ana Voss was a teacher who became the first woman to fly to the station.", "woman"),
    ("Voss is the pilot who became the first Dane to walk in space.", "Denmark"),
])
def test_the_one_described_holds_the_first(nlp: Language, text: str, scope: str) -> None:
    assert key("Ana Voss", "holdsFirst", scope, "reported") in firsts(nlp, text)


@pytest.mark.parametrize("text", [
    "Her mentor was a pilot who became the first Dane to walk in space.",
    "She met a pilot who became the first Dane to walk in space.",
    "Ana Voss is a Danish engineer who could become the first Dane to walk on the Moon.",
])
def test_no_first_for_her(nlp: Language, text: str) -> None:
    assert not {k for k in firsts(nlp, text) if k[0] == "ana voss" and k[3] == "reported"}
