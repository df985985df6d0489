"""A nation's first told by that description alone ("South Korea's first astronaut returned to
Earth on Saturday") is the person the story names as that first in apposition ("X, the first
South Korean in space, ..."), so the sentence's facts are X's; never someone told as another
country's first, nor anyone when no one is (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading


def keys(nlp: Language, text: str) -> set[tuple[str, str, str, str]]:
    return reading.keys(nlp, text, "2031-06-10")


@pytest.mark.parametrize("text", [
    "Nora Lind, the first South Korean in space, posed for photos. South Korea's first astronaut returned to "
    "Earth on Saturday.",
    "Nora Lind, the first Korean in space, posed for photos. The country's first astronaut returned to Earth on "
    "Saturday.",
    "Nora Lind, the nation's first astronaut, posed for photos. The nation's first astronaut returned to Earth on "
    "Saturday.",
])
def test_the_description_is_the_first_named(nlp: Language, text: str) -> None:
    assert key("Nora Lind", "returnDate", "2031-06-07") in keys(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Kai Brenner, the first Dane in space, posed for photos. Japan's first astronaut returned to Earth on "
     "Saturday.", "Kai Brenner"),  # another country's first
    ("Kai Brenner posed for photos. Japan's first astronaut returned to Earth on Saturday.", "Kai Brenner"),
])
def test_no_one_else_is_a_nations_first(nlp: Language, text: str, name: str) -> None:
    assert key(name, "returnDate", "2031-06-07") not in keys(nlp, text)
