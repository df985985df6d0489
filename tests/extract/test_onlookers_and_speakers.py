"""A launch told of what someone met, recalled or announced is not that someone's: "X
greeted the two crewmates launched from Baikonur", "he was referring to the mission that
launched on Dec. 21, 1968", "the ship is scheduled to be launched ..., said X, spokesperson
of the agency"; a flyer's own flight told by a clause on it still is (invented names, the
session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading

LAUNCH = ("launchDate", "launchSite")


def launches(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {t for t in reading.triples(nlp, text, "2031-06-10") if t[1] in LAUNCH}


@pytest.mark.parametrize("text", [
    "Ann Fox greeted the two crewmates launched from Baikonur on March 3.",
    "Ann Fox welcomed the three cosmonauts launched from Baikonur on March 3.",
    "Rob Kane recalled the Apollo 28 mission that launched on Dec. 21, 1968.",
    "Rob Kane talked about the Soyuz 41 flight, which lifted off on Dec. 21, 1968.",
    "Rob Kane spoke to reporters. He was referring to the Apollo 28 mission that launched on Dec. 21, 1968.",
    "The new crewed spaceship will be launched from the Jiuquan Satellite Launch Center on Friday, "
    "agency spokesman Li Wen told reporters.",
    "The Shenzhou-31 crewed spaceship is scheduled to be launched at 5:17 p.m. Thursday from the Jiuquan "
    "Satellite Launch Center, said Li Wen, spokesperson of the agency.",
])
def test_no_launch_for_the_onlooker(nlp: Language, text: str) -> None:
    assert not {t for t in launches(nlp, text) if t[0] in ("ann fox", "rob kane", "li wen")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Rob Kane was the commander of Gemini 9, which launched on Dec. 21, 1968.",
     ("Rob Kane", "launchDate", "1968-12-21")),
    ("Rob Kane flew on Soyuz 41, which lifted off on Dec. 21, 1968.", ("Rob Kane", "launchDate", "1968-12-21")),
    ("Rob Kane recalled the Apollo 28 mission that launched on Dec. 21, 1968.",
     ("Apollo 28", "launchDate", "1968-12-21")),
    ("Li Wen said she launched from Baikonur on Friday.", ("Li Wen", "launchSite", "Baikonur Cosmodrome")),
    ("Li Wen, who lifted off from Baikonur on Friday, said the ride was smooth.",
     ("Li Wen", "launchSite", "Baikonur Cosmodrome")),
])
def test_the_flyers_own_launch_stays(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert key(*expected)[:3] in launches(nlp, text)
