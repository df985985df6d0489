"""A launch told beside a crew that is not theirs: a station's module, "which was launched on
April 28", went up without the astronauts who will live in it; and a launch date marked as a
plan in brackets ("Launch date February 21, 2037 (planned)") is a plan, not a launch that
happened (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import Key, key
from tests.extract import reading


def facts(nlp: Language, text: str) -> set[Key]:
    return reading.keys(nlp, text, "2036-06-20")


@pytest.mark.parametrize("text", [
    "Ivan Belov, Mark Jensen and Lena Moss lifted off on June 17. The three astronauts will spend three months "
    "aboard the new space station's core module, which was launched into low Earth orbit on April 28.",
    "Ivan Belov and Mark Jensen flew to the Tiangong space station, which was launched on April 28.",
    "Ivan Belov, Mark Jensen and Lena Moss lifted off from Jiuquan on June 17 aboard Shenzhou-40. The three "
    "astronauts will spend three months aboard the Tiangong space station's core module, which was launched into "
    "low Earth orbit on April 28.",
    "Ivan Belov and Mark Jensen will live aboard the International Space Station, whose first module was "
    "launched on April 28.",
])
def test_a_stations_launch_is_not_its_crews(nlp: Language, text: str) -> None:
    assert not [k for k in facts(nlp, text) if k[1] == "launchDate" and k[2].endswith("04-28")
                and k[0] in ("ivan belov", "mark jensen", "lena moss")]


def test_a_crafts_launch_is_still_its_riders(nlp: Language) -> None:
    found = facts(nlp, "Ivan Belov and Mark Jensen rode Soyuz MS-40, which lifted off from the Baikonur Cosmodrome "
                       "on April 9, 2036.")
    assert key("Mark Jensen", "launchDate", "2036-04-09") in found


@pytest.mark.parametrize("text", [
    "Vostok 19\n\nMembers Ivan Belov, Command Pilot\nMark Jensen, Pilot\nLaunch date February 21, 2037 (planned)\n",
    "Ivan Belov and Mark Jensen were to fly Vostok 19. Launch: February 21, 2037 (scheduled).",
])
def test_a_launch_marked_as_planned_is_a_plan(nlp: Language, text: str) -> None:
    found = facts(nlp, text)
    assert not [k for k in found if k[1] == "launchDate" and k[3] == "reported"]


def test_as_planned_is_no_plan(nlp: Language) -> None:
    found = facts(nlp, "Ivan Belov lifted off from the Baikonur Cosmodrome on April 9, 2036 (as planned).")
    assert key("Ivan Belov", "launchDate", "2036-04-09") in found


def test_a_named_station_keeps_its_own_launch(nlp: Language) -> None:
    found = facts(nlp, "Two days after launch, Shenzhou 40 docked with the Tiangong-9 space laboratory, which had been "
                       "launched on 15 September 2036.")
    assert key("Tiangong-9", "launchDate", "2036-09-15") in found
