"""A roster, one person a line ("Tom Quill, Commander" / "Ann Lee, Pilot"), is read line by
line: each line is a sentence, so that what one line says does not spill onto the name of
the next; a hard-wrapped paragraph is not a roster. Invented names."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.components.lines import roster_ends, roster_lines
from tests.extract import reading

keys = partial(reading.triples, published="2031-06-10")


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


@pytest.mark.parametrize("text", [
    "The Shenzhou 40 crew was announced on Monday.\n\n- Commander: Tom Quill\n- Pilot: Ann Lee\n"
    "- Mission specialist: Bo Tan",
    "The Shenzhou 40 crew was announced on Monday.\n- Commander: Tom Quill\n- Pilot: Ann Lee\n"
    "- Mission specialist: Bo Tan",
    "The Shenzhou 40 crew was announced on Monday:\nCommander: Tom Quill\nPilot: Ann Lee\n"
    "Mission specialist: Bo Tan",
    "Shenzhou 40 lifted off on Sunday.\n\n• Commander – Tom Quill\n• Pilot – Ann Lee\n• Mission specialist – Bo Tan",
    "Shenzhou 40 crew\n\nCommander: Tom Quill, a former test pilot\nPilot: Ann Lee\nMission specialist: Bo Tan",
])
def test_a_role_heading_a_line_is_its_name_s(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert {("shenzhou-40", "commander", "tom quill"), ("ann lee", "crewRole", "pilot"),
            ("bo tan", "crewRole", "mission specialist")} <= found
    assert not {k for k in found if k[1] == "crewRole" and k[0] != {"commander": "tom quill", "pilot": "ann lee",
                                                                   "mission specialist": "bo tan"}.get(k[2])}


def test_a_plural_role_heading_a_line_is_each_name_s(nlp: Language) -> None:
    found = keys(nlp, "The Shenzhou 40 crew was announced on Monday:\nCommander: Tom Quill\n"
                      "Mission specialists: Bo Tan and Dale Korvin")
    assert {("bo tan", "crewRole", "mission specialist"), ("dale korvin", "crewRole", "mission specialist")} <= found
    assert ("tom quill", "crewRole", "mission specialist") not in found


def test_a_bulleted_list_after_a_sentence_keeps_its_lines_whole() -> None:
    text = "The crew was named on Monday.\n- Commander: Tom Quill\n- Pilot: Ann Lee"
    assert roster_lines(text) == [(0, 29), (30, 52), (53, len(text))]
    assert not roster_lines("The crew was named on Monday.\nCommander Tom Quill and\nPilot Ann Lee will fly.")
