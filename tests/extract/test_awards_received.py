"""Awards as obituaries and profiles list them: "a recipient of the Hero of the Soviet Union and
Order of Lenin awards", "received the ... awards". Invented people, the session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading


def _awards(nlp: Language, text: str, name: str) -> set[str]:
    return {k[2] for k in reading.keys(nlp, text, "2019-03-28") if k[0] == name and k[1] == "award"}


@pytest.mark.parametrize("text", [
    "Ivo Sarn has died at the age of 84. He was a recipient of the Hero of the Soviet Union and Order of Lenin "
    "awards.",
    "Ivo Sarn was a recipient of the Order of Lenin and Hero of the Soviet Union awards.",
    "Ivo Sarn, a recipient of the Hero of the Soviet Union and Order of Lenin awards, flew twice.",
    "Ivo Sarn received the Hero of the Soviet Union and Order of Lenin awards.",
    "Cosmonaut Ivo Sarn was twice a recipient of the Hero of the Soviet Union and Order of Lenin awards.",
])
def test_awards_a_person_received(nlp: Language, text: str) -> None:
    assert _awards(nlp, text, "ivo sarn") == {"hero of the soviet union", "order of lenin"}


@pytest.mark.parametrize("text", [
    "Ivo Sarn was a recipient of a research grant from the academy.",
    "Ivo Sarn designed the awards given to the Hero of the Soviet Union.",
])
def test_no_award_named_or_received_is_none(nlp: Language, text: str) -> None:
    assert not _awards(nlp, text, "ivo sarn")
