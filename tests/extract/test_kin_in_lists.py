"""A relative named inside a list of people is the name right after the kinship word, not the
next item of the list (invented names, the session ``nlp``)."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading

keys = partial(reading.keys, published="2031-07-20")


@pytest.mark.parametrize(("text", "prop", "relative"), [
    ("Dan Mott, his brother Sam Mott, Ivo Lind and Ana Voss were strapped into the capsule.", "siblingOf",
     "Sam Mott"),
    ("The passengers were Dan Mott, his brother Sam Mott, pilot Ivo Lind and student Ana Voss.", "siblingOf",
     "Sam Mott"),
    ("Dan Mott flew with his sister Eva Mott, Ivo Lind and Ana Voss.", "siblingOf", "Eva Mott"),
    ("The crew was Dan Mott, his brother Sam Mott, Ivo Lind and Ana Voss.", "siblingOf", "Sam Mott"),
    ("Dan Mott, his twin brother Sam Mott, Ivo Lind and Ana Voss reached space on Tuesday.", "twinOf", "Sam Mott"),
])
def test_the_relative_is_the_name_after_the_kinship_word(nlp: Language, text: str, prop: str,
                                                         relative: str) -> None:
    found = keys(nlp, text)
    assert key("Dan Mott", prop, relative) in found
    assert not {k for k in found if k[1] == prop and {"ivo lind", "ana voss"} & {k[0], k[2]}}, found


def test_a_relative_after_a_comma_is_still_read(nlp: Language) -> None:
    assert key("Dan Mott", "spouse", "Eva Mott") in keys(nlp, "Dan Mott's wife, Eva Mott, watched the launch.")
