""""Who was the command pilot of X?" asks for the commander, the role a command pilot holds;
"the command module pilot" is another seat, and "the pilot" the bare pilot's. Read from
invented sentences by the real extractor."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.questions import Asker
from tests.fixtures.read import asker_for

_TEXT = ("Gemini 19 lifted off atop a Titan II rocket with command pilot Ann Baker and pilot Carl Dunn aboard. "
         "The Apollo 31 crew were Commander Ed Ruddle, Command Module Pilot Paul Wexley and Lunar Module "
         "Pilot Mara Lind.")


@pytest.fixture(scope="module")
def crews(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Asker]:
    with asker_for(nlp, tmp_path_factory, _TEXT, "1968-03-01") as asker:
        yield asker


@pytest.mark.parametrize(("question", "expected"), [
    ("Who was the command pilot of Gemini 19?", ["Ann Baker"]),
    ("Who was Gemini 19's command pilot?", ["Ann Baker"]),
    ("Who served as command pilot on Gemini 19?", ["Ann Baker"]),
    ("Who was the pilot of Gemini 19?", ["Carl Dunn"]),
    ("Who was the command pilot of Apollo 31?", ["Ed Ruddle"]),
    ("Who was the command module pilot of Apollo 31?", ["Paul Wexley"]),
    ("Who was the command module pilot of Gemini 19?", []),
])
def test_a_command_pilot_is_the_commander(crews: Asker, question: str, expected: list[str]) -> None:
    assert [a.label for a in crews.answer(question).answers] == expected
