"""A hard-wrapped paragraph is read as the one paragraph it is: a line that goes on in the next
(in lower case, after a word that cannot end a sentence, or a name broken across the wrap) is
joined to it; a headline, a caption, a roster's line and a bulleted line never are. Invented
names."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.components.lines import joined_lines
from tests.extract import reading

triples = partial(reading.triples, published="2031-06-10")

_LONG = "She arrived speaking only Dutch, became a citizen and studied engineering at Orlan Veck"


@pytest.mark.parametrize(("text", "joined"), [
    ("Ana Voss flew to the station in 2030 and came back after six months aboard the\n"
     "outpost with her crewmates.", "aboard the outpost"),
    ("Ana Voss flew to the station in 2030 and came back in\nMay with her crewmates.", "in May"),
    ("Ana Voss said that the landing was smooth and that she\nwould fly again.", "she would"),
    (f"{_LONG}\nUniversity in Vermont and at Brant College.", "Orlan Veck University"),
    ("Tom Quill, who had trained for the mission for three years with the Brill Space\n"
     "Agency, was its commander.", "Brill Space Agency"),
])
def test_wrapped_lines_are_joined(text: str, joined: str) -> None:
    text = "Voss Returns\n\n" + text  # a first line is the headline
    out = joined_lines(text)
    assert len(out) == len(text)
    assert joined in out


@pytest.mark.parametrize("text", [
    "Voss Lands Safely\nAna Voss returned on Monday.",  # a headline
    "Ana Voss dies in Houston at the age of ninety, family says\nFILE PHOTO - Voss in 2030.",
    "Photo: Ana Voss\nCrew-40 Commander\nA native of Tarn, Voss was chosen in 2023.",  # a caption
    "Crew:\nTom Quill, Commander\nAnn Lee, Pilot",  # a roster
    "The crew will carry out these tasks on the\n- outside of the station\n- inside the lab",  # a list
    "Ana Voss flew to the station.\nshe came back in May.",  # a sentence's end
])
def test_headlines_captions_rosters_and_lists_are_not_joined(text: str) -> None:
    text = "Voss Returns\n\n" + text
    lines = [line for line in text.split("\n") if line]
    assert [line for line in joined_lines(text).split("\n") if line] == lines


def test_a_school_wrapped_across_lines_is_one_name(nlp: Language) -> None:
    text = f"Ana Voss became the first tourist from Norland on Monday.\n\n{_LONG.replace('She', 'Voss')}\n" \
           "University in Vermont and at Brant College in Ohio."
    found = triples(nlp, text)
    assert ("ana voss", "almaMater", "orlan veck university") in found
    assert ("ana voss", "almaMater", "university") not in found
