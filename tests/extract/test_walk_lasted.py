""""It lasted 6 hours and 10 minutes" after a spacewalk's sentence is that walk's length, for
each walker; a "lasted" of something else is not. Invented names, several phrasings."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

keys = partial(reading.keys, published="2024-03-19")


@pytest.mark.parametrize("text", [
    "Olek Pavlin and Anna Reyes made a spacewalk on Monday to replace a pump. It lasted 6 hours and 10 minutes.",
    "On Monday, Olek Pavlin and Anna Reyes stepped outside the station to fix a pump. It lasted six hours, "
    "10 minutes.",
    "Olek Pavlin went on a spacewalk on Monday with Anna Reyes. The outing lasted 6 hours and 10 minutes.",
    "Olek Pavlin conducted a spacewalk on Monday with Anna Reyes. The excursion lasted about 6 hours and "
    "10 minutes, NASA said.",
    "Olek Pavlin and Anna Reyes performed a spacewalk on Monday. It lasted 6 hours 10 minutes and ended at "
    "2:10 p.m.",
])
def test_the_next_sentence_s_it_lasted_is_the_walk_s_length(nlp: Language, text: str) -> None:
    found = {k[:3] for k in keys(nlp, text) if k[1] == "spacewalkDuration"}
    assert found == {("olek pavlin", "spacewalkDuration", "370"), ("anna reyes", "spacewalkDuration", "370")}


@pytest.mark.parametrize("text", [
    "Olek Pavlin and Anna Reyes performed a spacewalk on Monday. The meeting lasted two hours.",
    "Olek Pavlin and Anna Reyes performed a spacewalk on Monday. Their flight home lasted 3 hours.",
    "Olek Pavlin and Anna Reyes performed a spacewalk on Monday. It was a long day, and the briefing lasted "
    "2 hours.",
])
def test_a_lasted_of_something_else_is_not_the_walk_s(nlp: Language, text: str) -> None:
    assert not {k for k in keys(nlp, text) if k[1] == "spacewalkDuration"}
