"""A first's achievement keeps its words whole: an abbreviation in brackets is left out with
both brackets, and a "to" clause inside the achievement keeps its "to" (invented names, the
session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.facts import Literal


def _achievements(nlp: Language, text: str) -> set[str]:
    ex = next(extract(nlp, [Article(text, published="2031-05-05", id="t")]))
    return {f.object.value for f in ex.facts if f.predicate == "holdsFirst" and isinstance(f.object, Literal)}


@pytest.mark.parametrize(("text", "achievement"), [
    ("Ivo Marr is best known for being the first person to use the Orbital Jet Pack (OJP) to fly without a tether.",
     "use the Orbital Jet Pack to fly without a tether"),
    ("Ivo Marr became the first woman to fly the Ruritanian Space Vehicle (RSV) in orbit.",
     "fly the Ruritanian Space Vehicle in orbit"),
    ("Ivo Marr became the first woman to command the station.", "command the station"),
])
def test_a_first_s_words_are_whole(nlp: Language, text: str, achievement: str) -> None:
    assert _achievements(nlp, text) == {achievement}


def _scoped(nlp: Language, text: str) -> set[tuple[str, str]]:
    ex = next(extract(nlp, [Article(text, published="2031-05-05", id="t")]))
    return {(f.object.value, str(getattr(dict(f.qualifiers).get("firstScope"), "value", "")))
            for f in ex.facts if f.predicate == "holdsFirst" and isinstance(f.object, Literal)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Ivo Marr was the first Latin American, the first person of African descent, and the first Dane to fly in "
     "space.", {("fly in space", "Latin America"), ("fly in space", "of African descent"),
                   ("fly in space", "Denmark")}),
    ("Ivo Marr was the first woman and the first Dane to walk in space.",
     {("walk in space", "woman"), ("walk in space", "Denmark")}),
    ("Ivo Marr became the first Muslim woman as well as the first Dane in space.",
     {("in space", "Muslim, woman"), ("in space", "Denmark")}),
])
def test_coordinated_firsts_share_what_was_done(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    assert _scoped(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Ivo Marr was the first Dane.",  # nothing achieved
    "Ivo Marr was one of the first three humans to travel around the Moon.",
    "Ivo Marr flew on the first flight and the second flight of the new capsule.",
])
def test_no_first_without_an_achievement_of_its_own_group(nlp: Language, text: str) -> None:
    assert not _scoped(nlp, text)
