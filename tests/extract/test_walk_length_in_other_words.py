"""The length of a spacewalk told in the next sentence in other words than "it lasted" ("It
ran 6 hours", "The outing took ...", "The duration of their stay outside the ISS was ..."),
for each walker; a length of something else is not. Invented names, several phrasings."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

keys = partial(reading.keys, published="2024-03-19")


@pytest.mark.parametrize("text", [
    "Olek Pavlin and Anna Reyes went into open space on Monday. The duration of their stay outside the ISS was "
    "6 hours 10 minutes.",
    "Olek Pavlin and Anna Reyes stepped outside the station on Monday. It ran 6 hours and 10 minutes.",
    "Olek Pavlin and Anna Reyes made a spacewalk on Monday. It took 6 hours and 10 minutes.",
    "Olek Pavlin and Anna Reyes made a spacewalk on Monday. The outing took six hours, 10 minutes.",
    "Olek Pavlin and Anna Reyes made a spacewalk on Monday. The length of the spacewalk was 6 hours and 10 minutes.",
])
def test_the_next_sentence_s_length_in_other_words_is_the_walk_s(nlp: Language, text: str) -> None:
    found = {k[:3] for k in keys(nlp, text) if k[1] == "spacewalkDuration"}
    assert found == {("olek pavlin", "spacewalkDuration", "370"), ("anna reyes", "spacewalkDuration", "370")}


@pytest.mark.parametrize("text", [
    "Olek Pavlin and Anna Reyes made a spacewalk on Monday. It took two hours to fix the pump.",
    "Olek Pavlin and Anna Reyes made a spacewalk on Monday. The duration of the briefing was two hours.",
])
def test_a_length_of_something_else_in_other_words_is_not_the_walk_s(nlp: Language, text: str) -> None:
    assert not {k for k in keys(nlp, text) if k[1] == "spacewalkDuration"}
