"""A spacewalk someone "participated in" or "took part in" is theirs, on the day told, as
one they "made" or "completed" is; a walk they watched others take part in, or only talked
or were briefed about ("gave a briefing on the spacewalk"), is not.
Invented names, several phrasings."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

triples = partial(reading.triples, published="2031-06-10")


@pytest.mark.parametrize("text", [
    "On 15 January, Tom Verhoef participated in the first spacewalk for a Dutch astronaut.",
    "Tom Verhoef participated in a six-hour spacewalk on January 15.",
    "On January 15 this year, a month after arriving at the station, Tom Verhoef participated in a spacewalk.",
    "Tom Verhoef took part in a spacewalk on January 15.",
    "Tom Verhoef was on his first spacewalk on January 15.",
])
def test_a_walk_taken_part_in_is_on_its_day(nlp: Language, text: str) -> None:
    assert ("tom verhoef", "spacewalkDate", "2031-01-15") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Tom Verhoef participated in a news conference on January 15 about the spacewalk.",
    "Tom Verhoef participated in the training on January 15 for a spacewalk next year.",
    "Tom Verhoef watched from the cupola on January 15 as two cosmonauts took part in a spacewalk.",
    "Tom Verhoef participated in the planning of a spacewalk that Ken Ito made on January 15.",
    "Tom Verhoef gave a briefing on January 15 on the upcoming spacewalk.",
])
def test_taking_part_in_something_else_is_no_walk(nlp: Language, text: str) -> None:
    assert not {t for t in triples(nlp, text) if t[0] == "tom verhoef" and t[1] == "spacewalkDate"}
