""""This brave woman", "this man" go back to the person the story is about, as "the
astronaut" does, when the gender agrees; "the woman" alone may be anyone. Invented names, the
session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading


@pytest.mark.parametrize(("text", "person"), [
    ("Ann Baker, the first woman in space, hails from Ohio. This brave woman, whom reporters call the Gull, "
     "remained in space for 71 hours.", "Ann Baker"),
    ("Tom Baker flew to the station in 2030. He is from Ohio. This brave man remained in space for 71 hours.",
     "Tom Baker"),
])
def test_this_woman_is_the_one_the_story_is_about(nlp: Language, text: str, person: str) -> None:
    assert key(person, "timeInSpace", "4260") in reading.keys(nlp, text)


@pytest.mark.parametrize("text", [
    "Tom Baker flew to the station in 2030. He is from Ohio. This brave woman remained in space for 71 hours.",
    "Ann Baker flew to the station in 2030. She is from Ohio. The woman remained in space for 71 hours.",
])
def test_another_gender_or_the_woman_alone_is_not(nlp: Language, text: str) -> None:
    assert not reading.triples(nlp, text, kind="timeInSpace")
