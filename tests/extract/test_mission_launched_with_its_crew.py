"""A person who launched "on" or "aboard" a named mission ("A blasted off on STS-142 on
January 22, 1992") launched that mission: its day and site are the mission's too; not an
expedition joined, a mission told in a clause of its own, or a plan turned done (invented
names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import Key, key
from tests.extract import reading


def facts(nlp: Language, text: str) -> set[Key]:
    return reading.keys(nlp, text, "2022-09-27")


@pytest.mark.parametrize(("text", "expected"), [
    ("Ann Fox blasted off on STS-142 in January 1992.", [("STS-142", "launchDate", "1992-01")]),
    ("Ann Fox launched on the STS-142 mission from Kennedy Space Center on January 22, 1992.",
     [("STS-142", "launchDate", "1992-01-22"), ("STS-142", "launchSite", "Kennedy Space Center")]),
    ("Ann Fox and Bob Lee lifted off on Crew-19 from Kennedy Space Center on March 3, 2022.",
     [("Crew-19", "launchDate", "2022-03-03"), ("Crew-19", "launchSite", "Kennedy Space Center")]),
])
def test_the_mission_launched(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    found = facts(nlp, text)
    for subject, prop, value in expected:
        assert key(subject, prop, value) in found


def test_a_planned_launch_stays_a_plan(nlp: Language) -> None:
    found = facts(nlp, "Ann Fox will launch on STS-142 on October 22.")
    assert key("STS-142", "launchDate", "2022-10-22") not in found
    assert key("STS-142", "launchDate", "2022-10-22", "planned") in found


@pytest.mark.parametrize(("text", "mission"), [
    ("Ann Fox, who flew on STS-142 in 1992, launched on Soyuz TMA-40 from Baikonur in 2011.", "STS-142"),
    ("Ann Fox launched in 2011 to join Expedition 27.", "Expedition 27"),
])
def test_no_launch_of_another_mission(nlp: Language, text: str, mission: str) -> None:
    assert not {k for k in facts(nlp, text) if k[0] == key(mission, "launchDate", "x")[0] and k[1] == "launchDate"
                and k[2] == "2011"}
