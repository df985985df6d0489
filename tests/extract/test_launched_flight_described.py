"""A flight said to be a mission "launched" on a day ("Soyuz 41 was a spaceflight mission
launched by the Soviet Union on 4 May 1970", "X was a crewed spaceflight of China, launched on
17 October 2036 from Y"): the participle describes the predicate noun, so the launch is the
named subject's; a plan or another flight's launch is not (invented
names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import Key, key
from tests.extract import reading


def facts(nlp: Language, text: str) -> set[Key]:
    return reading.keys(nlp, text, "2022-09-27")


@pytest.mark.parametrize(("text", "expected"), [
    ("Soyuz 41 was a spaceflight mission launched by the Soviet Union on 4 May 1970.",
     [("Soyuz 41", "launchDate", "1970-05-04")]),
    ("Vostok 9 was a crewed mission launched on 14 June 1966 from Baikonur.",
     [("Vostok 9", "launchDate", "1966-06-14"), ("Vostok 9", "launchSite", "Baikonur Cosmodrome")]),
    ("Gemini 14 was the second crewed flight of the series, launched on June 3, 1967 from Cape Kennedy.",
     [("Gemini 14", "launchDate", "1967-06-03")]),
    # the encyclopedia's lead, whose participle the tagger takes for a past tense after a comma
    ("Shenzhou 40 was a crewed spaceflight of the Shenzhou program of China, launched on 17 October 2036 "
     "(16 October UTC) from the Jiuquan Satellite Launch Center.",
     [("Shenzhou 40", "launchDate", "2036-10-17"), ("Shenzhou 40", "launchSite", "Jiuquan Satellite Launch Center")]),
    ("Soyuz TMA-40 was a crewed mission to the International Space Station, launched on 10 October 2037 from "
     "the Baikonur Cosmodrome.",
     [("Soyuz TMA-40", "launchDate", "2037-10-10"), ("Soyuz TMA-40", "launchSite", "Baikonur Cosmodrome")]),
    # a flight's name the tagger reads as a determiner of "mission" (the model does so for this
    # designation; the dates and places are invented)
    ("The STS-107 mission was launched on January 16, 2033 from Kennedy Space Center in Florida.",
     [("STS-107", "launchDate", "2033-01-16"), ("STS-107", "launchSite", "Kennedy Space Center")]),
])
def test_the_described_flight_launched(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    found = facts(nlp, text)
    for subject, prop, value in expected:
        assert key(subject, prop, value) in found


@pytest.mark.parametrize(("text", "other"), [
    ("Soyuz 41 was a mission planned to be launched on 4 May 1970.", "Soyuz 41"),
    ("Soyuz 41 was a spacecraft built in a hurry, unlike Soyuz 42, which was launched on 4 May 1970.",
     "Soyuz 41"),
    ("Soyuz 41 was a crewed spaceflight of the Soviet Union, planned to launch on 4 May 1970.", "Soyuz 41"),
    ("Soyuz 41 was a crewed spaceflight of the Soviet Union, and Soyuz 42 launched on 4 May 1970.", "Soyuz 41"),
])
def test_no_launch_of_another_or_a_plan(nlp: Language, text: str, other: str) -> None:
    assert key(other, "launchDate", "1970-05-04") not in facts(nlp, text)
