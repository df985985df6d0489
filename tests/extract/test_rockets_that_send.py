"""A launch told as a rocket sending its riders ("A Falcon 9 lit up the sky, sending A and B
toward the station"): the riders' launch, with the day, the pad and the craft the clause gives;
nobody else sends a launch (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import Key, key
from tests.extract import reading


def facts(nlp: Language, text: str) -> set[Key]:
    return reading.keys(nlp, text, "2025-05-12")


@pytest.mark.parametrize(("text", "expected"), [
    ("A Falcon 9 rocket lit up the sky over Florida at 5:37 p.m. on Sunday, sending Ada Rinn and Tomas Kell "
     "toward the International Space Station aboard the Crew Dragon Endeavour.",
     [("Ada Rinn", "launchDate", "2025-05-11"), ("Tomas Kell", "launchVehicle", "Endeavour"),
      ("Endeavour", "launchVehicle", "Falcon 9")]),
    ("The Soyuz-2.1a rocket thundered off the pad at the Baikonur Cosmodrome on Friday, sending Oleg Morozov "
     "and Ivan Belov into orbit.",
     [("Oleg Morozov", "launchDate", "2025-05-09"), ("Ivan Belov", "launchSite", "Baikonur Cosmodrome")]),
    ("Roaring off Launch Complex 39A on Monday, the Falcon 9 sent Ada Rinn, Bo Tan, Kai Lund and Mia Sorel on "
     "their way to the space station in the Crew Dragon Resilience.",
     [("Mia Sorel", "launchDate", "2025-05-12"), ("Bo Tan", "launchSite", "Launch Complex 39A"),
      ("Kai Lund", "launchVehicle", "Resilience")]),
    ("The New Shepard rocket sent Ada Rinn and five other passengers past the edge of space from Launch Site "
     "One in West Texas on Tuesday.",
     [("Ada Rinn", "launchDate", "2025-05-06"), ("Ada Rinn", "launchSite", "Launch Site One")]),
    ("A Soyuz-FG rocket sent Mark Jensen and Anna Petrova into orbit from the Baikonur Cosmodrome on "
     "Thursday.",
     [("Mark Jensen", "launchDate", "2025-05-08"), ("Anna Petrova", "launchVehicle", "Soyuz-FG")]),
])
def test_a_rocket_sends_its_riders(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    found = facts(nlp, text)
    for subject, prop, value in expected:
        assert key(subject, prop, value) in found


@pytest.mark.parametrize("text", [
    "NASA sent Ada Rinn and Tomas Kell to Houston on Sunday for more training.",
    "The agency will send Ada Rinn to the space station next year.",
    "Her mother sent Ada Rinn a letter on Sunday.",
])
def test_only_a_rocket_sends_a_launch(nlp: Language, text: str) -> None:
    assert not {k for k in facts(nlp, text) if k[1].startswith("launch")}
