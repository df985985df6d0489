""""Skipper" is the reporters' word for a flight's commander ("shuttle skipper X", "X, the
shuttle's skipper"); a ship's, a boat's or a team's skipper holds no seat on the flight the
story is about. Invented names."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

keys = partial(reading.triples, published="2031-06-10")


@pytest.mark.parametrize("text", [
    "The space shuttle Discovery docked with Mir on Thursday for STS-191. \"How you doing?\" exclaimed shuttle "
    "skipper Charlie Preston, as he reached out to embrace the astronaut.",
    "STS-191 docked with Mir on Thursday. Charlie Preston, the shuttle's skipper, embraced Andy Tomas.",
    "STS-191 launched on Thursday with skipper Charlie Preston aboard.",
])
def test_a_skipper_commands_the_story_s_flight(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert {("sts-191", "commander", "charlie preston"), ("charlie preston", "crewRole", "commander")} <= found


@pytest.mark.parametrize("text", [
    "STS-191 splashed down on Thursday. The recovery ship's skipper, Dan Hale, said the sea was calm.",
    "STS-191 launched on Thursday. Team skipper Dan Hale watched from the stands.",
    "STS-191 launched on Thursday. The boat skipper Dan Hale watched from the bay.",
])
def test_a_ship_s_or_a_team_s_skipper_holds_no_seat(nlp: Language, text: str) -> None:
    assert not {k for k in keys(nlp, text) if "dan hale" in k and k[1] in ("commander", "crewRole", "crewMember")}
