""""X commanded mission STS-7 in 1983" and "After mission STS-1, X commanded STS-7": the
commander of the mission named right after the verb, however the parser hangs the words; not
of a mission told elsewhere in the sentence. Invented people, real mission names."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

keys = partial(reading.keys, published="2024-03-19")


@pytest.mark.parametrize("text", [
    "Robert Vellan commanded mission STS-7 in 1983.",
    "After mission STS-1, Robert Vellan commanded STS-7 in 1983.",
    "Robert Vellan commanded STS-7 in 1983, the first flight with a five-person crew.",
])
def test_the_mission_right_after_commanded(nlp: Language, text: str) -> None:
    found = {k[:3] for k in keys(nlp, text) if k[1] == "commander"}
    assert found == {("sts-7", "commander", "robert vellan")}


@pytest.mark.parametrize("text", [
    "Nora Vellan is one of two women to command the Space Shuttle, the other being Lea Moss (STS-140 in 2009).",
    "Nora Vellan went on to command the Space Shuttle, as did Lea Moss (STS-140 in 2009).",
])
def test_a_mission_beside_another_persons_name_is_not_the_commanded_one(nlp: Language, text: str) -> None:
    assert not any(k[1] == "commander" and k[2] == "nora vellan" for k in keys(nlp, text))


@pytest.mark.parametrize("text", [
    "Nora Vellan led mission STS-140 in 2009.",
    "Nora Vellan commanded the crew of STS-140 in 2009.",
])
def test_the_mission_the_commander_led(nlp: Language, text: str) -> None:
    assert ("sts-140", "commander", "nora vellan") in {k[:3] for k in keys(nlp, text)}


@pytest.mark.parametrize("text", [
    "The transfer of command to Mia Sorel is the start of Expedition 80.",
    "The transfer of command to Mia Sorel is the start of what's officially designated \"Expedition 80.\"",
    "The handover to Mia Sorel marks the start of Expedition 80.",
    "The change of command from Tom Kell to Mia Sorel marks the beginning of Expedition 80.",
])
def test_a_handover_that_starts_an_expedition_gives_it_its_commander(nlp: Language, text: str) -> None:
    assert ("expedition 80", "commander", "mia sorel") in {k[:3] for k in keys(nlp, text)}


@pytest.mark.parametrize("text", [
    "The transfer of command to Mia Sorel came a week after the end of Expedition 79.",
    "The transfer of command to Mia Sorel is the end of Expedition 79.",
])
def test_an_expedition_a_handover_does_not_start_is_not_the_recipients(nlp: Language, text: str) -> None:
    assert not any(k[1] == "commander" and k[2] == "mia sorel" for k in keys(nlp, text))


@pytest.mark.parametrize("text", [
    "Petr Galkin, 52, a former air force pilot, has commanded each of his previous Soyuz flights.",
    "Petr Galkin commanded two Shenzhou flights before he retired.",
])
def test_commanding_flights_of_a_kind_of_craft_commands_no_one_flight(nlp: Language, text: str) -> None:
    assert not {k for k in keys(nlp, text) if k[1] in ("commander", "crewMember")}
