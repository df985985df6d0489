"""Who wrote the story ("By Ana Voss", "By A and B | Daily Planet | Updated ...") is no one it
tells of: its pronouns and facts are never theirs (invented names, the session ``nlp``)."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

keys = partial(reading.keys, published="2031-01-26")

_STORY = ("Meet Ivo Lind, Ruritania's only astronaut\n\nThe astronaut has joined the air museum in Ashland.\n"
          "{byline}\nTARNOW (WOWT) - Ruritania's only astronaut is back in his hometown of Ashland. He is the new "
          "president of the museum. He was 45 when he first flew, and he married his wife, Lena, in 2010.")


@pytest.mark.parametrize("byline", [
    "By Eva Holt\nPublished: Jan. 26, 2031 at 4:57 PM CST",
    "By Eva Holt and Tomas Kell",
    "By Eva Holt | Daily Planet | Updated: 2031-01-26 02:07",
    "By Eva Holt, | January 26, 2031 at 12:19 PM",
    "By Eva Holt (Daily Planet)",
])
def test_the_writer_is_no_one_the_story_tells_of(nlp: Language, byline: str) -> None:
    found = keys(nlp, _STORY.format(byline=byline))
    assert not {k for k in found if {"eva holt", "tomas kell"} & {k[0], k[2]}}, found


def test_a_sentence_beginning_with_by_is_read(nlp: Language) -> None:
    found = keys(nlp, "By then Eva Holt had spent 200 days in space. Eva Holt was born in Tarnow in 1990.")
    assert ("eva holt", "birthPlace", "tarnow", "reported") in found
