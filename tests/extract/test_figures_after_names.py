"""In a list of people and their figures, a figure written right after a name and a comma is
that name's ("A who racked up 666 days over three flights and B, 534 days over four"),
whatever the parser hangs it on; a figure after a verb is the subject's as before. Invented
names, several phrasings."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading


def _times(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return reading.triples(nlp, text, kind="timeInSpace")


@pytest.mark.parametrize("text", [
    "Only two other Americans have spent more cumulative time in space, Nora Quill who racked up 666 days over "
    "three flights and Dale Ostrow, 534 days over four flights.",
    "Two Americans have spent longer in space: Nora Quill, who logged 666 days, and Dale Ostrow, 534 days.",
    "The list is led by Nora Quill, who spent 666 days in space, ahead of Dale Ostrow, 534 days in space.",
    "Nora Quill has logged 666 days in space and Dale Ostrow, 534 days.",
    "Among Americans, Nora Quill leads with 666 days in space, followed by Dale Ostrow, 534 days.",
])
def test_a_figure_after_a_name_is_that_names(nlp: Language, text: str) -> None:
    found = _times(nlp, text)
    assert ("dale ostrow", "timeInSpace", "534") in found
    assert ("nora quill", "timeInSpace", "534") not in found


@pytest.mark.parametrize(("text", "who", "days"), [
    ("Nora Quill, 58, has spent 666 days in space.", "nora quill", "666"),
    ("After landing, Nora Quill has spent 666 days in space.", "nora quill", "666"),
    ("In all, Nora Quill spent 666 days in space.", "nora quill", "666"),
    ("Nora Quill, a veteran of three flights, has logged 666 days in space.", "nora quill", "666"),
    ("Dale Ostrow, like Nora Quill, spent 534 days in space.", "dale ostrow", "534"),
])
def test_a_figure_after_a_verb_is_the_subjects(nlp: Language, text: str, who: str, days: str) -> None:
    assert (who, "timeInSpace", days) in _times(nlp, text)
