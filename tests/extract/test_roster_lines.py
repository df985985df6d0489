"""A roster, one person a line ("Tom Quill, Commander" / "Ann Lee, Pilot"), is read line by
line: each line is a sentence, so that what one line says does not spill onto the name of
the next; a hard-wrapped paragraph is not a roster. Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.components.lines import roster_ends
from extract.gold import Key, extracted_keys


def keys(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    found: set[Key] = extracted_keys(next(extract(nlp, [Article(text, published="2031-06-10", id="t")])))
    return {k[:3] for k in found}


@pytest.mark.parametrize("text", [
    "Galactic 40 crew\n\nTom Quill, Commander\nAnn Lee, Pilot\nBo Tan, Astronaut 023",
    "Galactic 40 lifted off on Sunday with this crew:\nTom Quill, Commander\nAnn Lee, Pilot\nBo Tan, passenger",
    "Galactic 40 crew\n\nTom Quill, Commander\nAnn Lee, Pilot\nBo Tan, Payload Specialist",
    "Galactic 40 crew\n\n• Tom Quill, Commander\n• Ann Lee, Pilot",
    "Galactic 40 crew\n\nTom Quill, Commander\nAnn Lee, Pilot\n",
])
def test_each_line_s_role_is_its_own_name_s(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert ("galactic 40", "commander", "tom quill") in found
    assert not {k for k in found if k[0] in ("ann lee", "bo tan") and k[2] == "commander"}


def test_a_line_s_place_is_not_the_name_above_it(nlp: Language) -> None:
    text = ("Galactic 41 lifted off on June 8, 2031, carrying three passengers:\n\nAstronaut 017 Ron Radek from Texas\n"
            "Astronaut 019 Sara Holm from Denmark")
    found = keys(nlp, text)
    assert ("ron radek", "nationality", "denmark") not in found
    assert ("sara holm", "nationality", "denmark") in found


@pytest.mark.parametrize("text", [
    "The trio blasted off from the\nBaikonur Cosmodrome in Kazakhstan on\nTuesday, and docked six hours later.",
    "Commander Tom Quill and Pilot\nAnn Lee flew the Soyuz MS-40 to the station\nand docked on Sunday.",
    "Tom Quill, Commander\n",
    "Crew:\nTom Quill and Ann Lee",
])
def test_wrapped_lines_and_single_lines_are_no_roster(text: str) -> None:
    assert not roster_ends(text)
