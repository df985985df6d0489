"""A photo's caption tells in the present what the picture shows: "A (left) and B wave before
they board the Soyuz" is no boarding still to come, while a story's "leads the station until she
returns" is. Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.components.context import Context


def planned(nlp: Language, text: str) -> bool:
    doc = nlp(text)
    return Context(doc).planned(next(t for t in doc if t.text == "Soyuz"))


@pytest.mark.parametrize("text", [
    "Astronauts Nora Vance (left) and Carl Dixon wave before they board the Soyuz MS-40 spacecraft on Friday.",
    "The Crew-40 astronauts (L-R) Carl Dixon and Nora Vance wave before they board the Soyuz MS-40 on Friday.",
])
def test_a_captions_present_is_the_picture(nlp: Language, text: str) -> None:
    assert not planned(nlp, text)


@pytest.mark.parametrize("text", [
    "Nora Vance leads the station until she returns aboard Soyuz MS-40 in October.",
    "Nora Vance and Carl Dixon train in Star City before they board the Soyuz MS-40 in May.",
])
def test_a_storys_present_before_a_clause_of_time_is_to_come(nlp: Language, text: str) -> None:
    assert planned(nlp, text)
