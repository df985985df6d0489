""""Soyuz 96 docked with the Salyut 9 station", "coupled with", "linked up with": the station
or craft a flight docked with (``dockedWith``); never one it failed to dock with, a station
moved to a craft, or something linked that is no docking. Invented names, the session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading


def _docked(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return reading.triples(nlp, text, "2030-06-10", kind="dockedWith")


@pytest.mark.parametrize(("text", "expected"), [
    ("Soyuz 96 docked with the Salyut 9 station on May 15.", ("soyuz 96", "salyut 9")),
    ("The Soyuz 96 spacecraft coupled with the Salyut 9 orbital station on 15 May at 21:50.", ("soyuz 96", "salyut 9")),
    ("Soyuz 96 linked up with Salyut 9 a day after its launch.", ("soyuz 96", "salyut 9")),
    ("Two days later Soyuz 96 docked to the Salyut 9 space station.", ("soyuz 96", "salyut 9")),
    ("Soyuz MS-96 docked to the Rassvet module of the International Space Station on Friday.",
     ("soyuz ms-96", "international space station")),
])
def test_the_station_a_flight_docked_with(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert _docked(nlp, text) == {(expected[0], "dockedWith", expected[1])}


@pytest.mark.parametrize("text", [
    "Her crew came home after two days, having failed to dock with the Salyut 9 space station aboard Soyuz T-98.",
    "Soyuz MS-96 did not dock with the ISS on Friday.",
    "The Salyut 9 station was coupled with the Soyuz 96 craft.",
    "The engineers linked the Soyuz 96 computer with the Salyut 9 network.",
    "Soyuz MS-96 docked with the Rassvet module on Friday.",
])
def test_no_docking_with_a_station(nlp: Language, text: str) -> None:
    assert not _docked(nlp, text)


def test_a_planned_docking_is_a_plan(nlp: Language) -> None:
    keys = reading.keys(nlp, "Soyuz MS-96 is scheduled to dock with the ISS at 10:15 a.m.", "2030-06-10")
    assert {k[3] for k in keys if k[1] == "dockedWith"} == {"planned"}
