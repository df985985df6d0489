"""The craft a crew came down in is the one the landing's sentence names ("returned to Earth in
the Soyuz 36 spacecraft, leaving their fresh Soyuz 37 behind"), not the one the article put
them up in; a craft that is the landing's own subject is still the landing craft (invented
names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading


def crafts(nlp: Language, text: str) -> set[str]:
    return {k[2] for k in reading.keys(nlp, text, None) if k[0] == "ivan belov" and k[1] == "spacecraft"}


@pytest.mark.parametrize(("text", "craft"), [
    ("On July 23, 1980, Soyuz 37 was launched carrying Ivan Belov and Mark Jensen. The crew returned to Earth in "
     "the Soyuz 36 spacecraft, leaving their fresh Soyuz 37 for the long duration crew.", "soyuz 36"),
    ("Soyuz 37 lifted off with Ivan Belov and Mark Jensen in July. The pair landed in the Soyuz 36 capsule a week "
     "later, leaving Soyuz 37 docked at the station.", "soyuz 36"),
    ("The Soyuz 37 capsule, carrying Ivan Belov and Mark Jensen, landed on July 31 in the steppe.", "soyuz 37"),
])
def test_the_landing_craft_is_the_one_named(nlp: Language, text: str, craft: str) -> None:
    assert crafts(nlp, text) == {craft}
