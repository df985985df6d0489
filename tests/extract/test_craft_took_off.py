"""A named craft or mission that took off, or left a launch site, was launched ("Soyuz 28
took off from Kazakhstan on March 2, 1978", "the STS-199 mission that left the Kennedy Space
Center on March 15, 2009"); a plane's take-off or a craft leaving the station is none
(invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import Key, key
from tests.extract import reading


def facts(nlp: Language, text: str) -> set[Key]:
    return reading.keys(nlp, text, "2022-09-27")


@pytest.mark.parametrize(("text", "expected"), [
    ("Soyuz 28 took off from Kazakhstan on March 2, 1978, carrying Ivan Belov and Mark Jensen.",
     [("Ivan Belov", "launchDate", "1978-03-02"), ("Mark Jensen", "launchSite", "Kazakhstan")]),
    ("Ivan Belov flew on the Soviet Soyuz 28 mission which took off on March 2 1978.",
     [("Ivan Belov", "launchDate", "1978-03-02"), ("Soyuz 28", "launchDate", "1978-03-02")]),
    ("Ivan Belov flew on the STS-199 mission that left the Kennedy Space Center on March 15, 2009.",
     [("Ivan Belov", "launchDate", "2009-03-15"), ("Ivan Belov", "launchSite", "Kennedy Space Center")]),
    ("Ivan Belov and Mark Jensen rode Soyuz MS-40, which departed the Baikonur Cosmodrome on April 9, 2021.",
     [("Mark Jensen", "launchDate", "2021-04-09"), ("Soyuz MS-40", "launchSite", "Baikonur Cosmodrome")]),
    ("The Soyuz 38 spacecraft took off on September 18, 1980, with Ivan Belov and Mark Jensen aboard.",
     [("Soyuz 38", "launchDate", "1980-09-18"), ("Ivan Belov", "launchDate", "1980-09-18")]),
])
def test_a_craft_that_took_off(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    found = facts(nlp, text)
    for subject, prop, value in expected:
        assert key(subject, prop, value) in found


@pytest.mark.parametrize("text", [
    "The Soyuz MS-40 capsule left the International Space Station on Friday with Ivan Belov aboard.",
    "Ivan Belov left NASA in 2012 and took off for a new job in Houston on March 2, 2013.",
    "The plane carrying Ivan Belov took off from Kazakhstan on Monday for Moscow.",
])
def test_other_departures_are_no_launch(nlp: Language, text: str) -> None:
    assert not {k for k in facts(nlp, text) if k[1] in ("launchDate", "launchSite")}
