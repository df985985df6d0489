"""A flight's length told by the second of two joined verbs ("X's first flight took place in
1990 and lasted nine days") is the time in space of the person whose flight the first verb's
subject is; a change of a flight's length or dates ("was delayed by 12 days", "extended by two
days") is nobody's time in space. Invented names, several phrasings."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading


def _times(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(t[0], t[2]) for t in reading.triples(nlp, text, kind="timeInSpace")}


@pytest.mark.parametrize(("text", "days"), [
    ("Ann Vell's first spaceflight took place in 1990, and lasted nine days.", "9"),
    ("Ann Vell flew twice. Her second mission began on May 5, 1999 and lasted 12 days.", "12"),
    ("Ann Vell's first flight began in May 1999 and lasted 12 days.", "12"),
])
def test_a_length_told_by_a_joined_verb_is_the_flyers(nlp: Language, text: str, days: str) -> None:
    assert _times(nlp, text) == {("ann vell", days)}


@pytest.mark.parametrize("text", [
    "Ann Vell's mission was delayed by 12 days and ended in May.",
    "Ann Vell's flight to the station was postponed by 12 days.",
    "Ann Vell's first spaceflight began in 1990 and was extended by two days.",
    "Ann Vell watched as her husband's mission started in 1990 and lasted nine days.",
    "Ann Vell's record stood for years and lasted 12 days.",
])
def test_changes_and_others_flights_are_no_time_in_space(nlp: Language, text: str) -> None:
    assert _times(nlp, text) == set()
