"""A flight said to have begun at a launch site began with its launch ("at the end of a
12-day trip that began at Baikonur on December 8"): the launch of the story's crew; nothing
else that begins is one (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import Key, key
from tests.extract import reading

LANDED = "Ivan Belov and Mark Jensen landed in Kazakhstan aboard the Soyuz MS-40 capsule on Monday. "


def facts(nlp: Language, text: str) -> set[Key]:
    return reading.keys(nlp, text, "2025-05-12")


@pytest.mark.parametrize("text", [
    LANDED + "The crew undocked from the station late on Sunday, at the end of a 12-day trip that began at "
    "Baikonur on December 8.",
    LANDED + "The flight began at the Baikonur Cosmodrome on December 8.",
    LANDED + "Their 12-day journey, which began at the Baikonur Cosmodrome on December 8, was the first for both.",
    LANDED + "The mission began from the Baikonur Cosmodrome on December 8 with a textbook ascent.",
    LANDED + "It was the end of a voyage that began at Baikonur on December 8.",
])
def test_a_flight_that_began_at_a_launch_site(nlp: Language, text: str) -> None:
    found = facts(nlp, text)
    assert key("Ivan Belov", "launchDate", "2024-12-08") in found
    assert key("Ivan Belov", "launchSite", "Baikonur Cosmodrome") in found


@pytest.mark.parametrize("text", [
    LANDED + "Their expedition began when the Soyuz MS-41 docked on December 10.",
    "Ivan Belov and Mark Jensen began training at the Baikonur Cosmodrome on December 8.",
    LANDED + "The recovery began at dawn on Monday.",
])
def test_other_beginnings_are_no_launch(nlp: Language, text: str) -> None:
    assert not {k for k in facts(nlp, text) if k[1] in ("launchDate", "launchSite")}
