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
