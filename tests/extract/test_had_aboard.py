"""A flight or craft that "had" people on board (wire copy after a launch or a docking): they
rode it, and are a flight's crew; invented names, with sentences where "had ... aboard" says
nothing of a crew."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading

keys = partial(reading.keys, published="2031-04-10")


@pytest.mark.issue(12)
@pytest.mark.parametrize("text", [
    "The Soyuz MS-41 spaceship docked on Friday. Soyuz MS-41 had Roscosmos cosmonauts Petr Galkin and "
    "Ivo Sarn, as well as NASA astronaut Dale Wirth on board.",
    "Soyuz MS-41 lifted off at dawn. The spaceship has Petr Galkin, Ivo Sarn and Dale Wirth aboard.",
    "Soyuz MS-41 had Petr Galkin, Ivo Sarn and Dale Wirth on board when it docked at the station.",
])
def test_those_a_craft_had_aboard_rode_it(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    for name in ("Petr Galkin", "Ivo Sarn", "Dale Wirth"):
        assert key(name, "launchVehicle", "Soyuz MS-41") in found


@pytest.mark.issue(12)
def test_those_a_mission_had_aboard_are_its_crew(nlp: Language) -> None:
    found = keys(nlp, "Shenzhou-31 had Wu Tan and Li Ming on board when it docked at the station, where "
                      "Zhao Pei waited.")
    assert {key("Shenzhou-31", "crewMember", n) for n in ("Wu Tan", "Li Ming")} <= found
    assert key("Shenzhou-31", "crewMember", "Zhao Pei") not in found


@pytest.mark.issue(12)
def test_a_craft_that_will_have_people_aboard_is_a_plan(nlp: Language) -> None:
    found = keys(nlp, "Soyuz MS-41 will have Petr Galkin and Ivo Sarn on board.")
    assert key("Petr Galkin", "launchVehicle", "Soyuz MS-41", "planned") in found


@pytest.mark.issue(12)
@pytest.mark.parametrize("text", [
    "Petr Galkin had his daughter aboard the boat.",
    "Petr Galkin said the station had Ivo Sarn and Dale Wirth on board.",
    "Aboard Soyuz MS-41, Petr Galkin had a camera.",
])
def test_had_aboard_said_of_no_craft_seats_nobody(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert not any(k[1] in ("spacecraft", "launchVehicle", "crewMember") for k in found)
