"""A flight said to have begun at a launch site began with its launch ("at the end of a
12-day trip that began at Baikonur on December 8"): the launch of the story's crew; so did
someone's own flight begun on a day ("she started her first space flight on September 26,
2014", "Belov's flight began on May 2"); nothing else that begins is one: training, a stay, a
career, a spacewalk (invented names, the session ``nlp``)."""

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


@pytest.mark.parametrize("text", [
    "Anna Belova started her first space flight on September 26, 2014 aboard the Soyuz TMA-31M spacecraft.",
    "Anna Belova began her first spaceflight on September 26, 2014.",
    "Cosmonaut Anna Belova began her mission on September 26, 2014, riding a Soyuz rocket to orbit.",
    "Anna Belova's first space flight began on September 26, 2014.",
    "On September 26, 2014, Anna Belova started her second space mission.",
])
def test_ones_own_flight_begun_on_a_day(nlp: Language, text: str) -> None:
    assert key("Anna Belova", "launchDate", "2014-09-26") in facts(nlp, text)


@pytest.mark.parametrize("text", [
    "Anna Belova started training for her flight on September 26, 2014.",
    "Anna Belova began her six-month stay aboard the station on September 28, 2014.",
    "Anna Belova started her career at the agency on September 26, 2014.",
    "Anna Belova started her second spacewalk on September 26, 2014.",
    "Anna Belova began a new mission at the agency on September 26, 2014.",
    "Their expedition began on September 28, 2014, when Anna Belova arrived.",
])
def test_other_things_begun_are_no_launch(nlp: Language, text: str) -> None:
    assert not {k for k in facts(nlp, text) if k[1] == "launchDate"}


def test_a_flight_to_begin_is_planned(nlp: Language) -> None:
    found = facts(nlp, "Anna Belova will start her first space flight on September 26, 2026.")
    assert {k[3] for k in found if k[1] == "launchDate"} == {"planned"}
