"""A rocket that lifted off "on" a named mission ("New Shepard lifted off on the NS-40 mission
from Launch Site One") launched that mission: its day, site and rocket are the mission's;
not a launch of another flight the story names, nor of a cargo mission (invented names, the
session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import Key, key
from tests.extract import reading


def facts(nlp: Language, text: str) -> set[Key]:
    return reading.keys(nlp, text, "2024-06-03")


@pytest.mark.parametrize(("text", "expected"), [
    ("The New Shepard rocket lifted off from Launch Site One on the NS-40 flight on Monday.",
     [("NS-40", "launchSite", "Launch Site One"), ("NS-40", "launchDate", "2024-06-03")]),
    ("New Shepard lifted off on its fifth crewed flight, NS-40, from Launch Site One on Monday.",
     [("NS-40", "launchSite", "Launch Site One"), ("NS-40", "launchVehicle", "New Shepard")]),
    ("The Falcon 9 rocket lifted off from Kennedy Space Center on Monday on the Crew-19 mission.",
     [("Crew-19", "launchSite", "Kennedy Space Center"), ("Crew-19", "launchDate", "2024-06-03")]),
])
def test_the_mission_flown_launched(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    found = facts(nlp, text)
    for subject, prop, value in expected:
        assert key(subject, prop, value) in found


def test_a_planned_lift_off_stays_planned(nlp: Language) -> None:
    found = facts(nlp, "New Shepard will lift off on the NS-41 mission on June 10 from Launch Site One.")
    assert key("NS-41", "launchSite", "Launch Site One") not in found
    assert key("NS-41", "launchSite", "Launch Site One", "planned") in found


@pytest.mark.parametrize(("text", "other"), [
    ("Ann Fox flew on NS-39 in May. New Shepard lifted off on the NS-40 mission on Monday from Launch Site One.",
     "NS-39"),
    ("A Soyuz rocket lifted off on the Progress MS-90 cargo mission from Baikonur on Monday.", "Progress MS-90"),
])
def test_no_launch_of_another_flight(nlp: Language, text: str, other: str) -> None:
    assert not {k for k in facts(nlp, text) if k[0] == key(other, "launchSite", "x")[0] and k[1] == "launchSite"}
