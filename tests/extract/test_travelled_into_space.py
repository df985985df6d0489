"""Travelling into space is flying there ("became the first woman to travel into space
aboard X", "travelled to space on STS-71"): the craft, the mission and the day of the flight.
A journey on Earth is none. Invented people."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

keys = partial(reading.triples, published="2031-12-01")


@pytest.mark.parametrize("text", [
    "On March 3, 2031, Lena Varo of Denver became the first woman to travel into space on NASA mission STS-171 "
    "aboard the shuttle Atlantis.",
    "Lena Varo traveled to space aboard the shuttle Atlantis on March 3, 2031.",
    "Lena Varo travelled into orbit on the shuttle Atlantis on March 3, 2031, with two other astronauts.",
])
def test_travelling_into_space_is_a_flight(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert ("lena varo", "launchVehicle", "space shuttle atlantis") in found
    assert ("lena varo", "launchDate", "2031-03-03") in found


@pytest.mark.parametrize("text", [
    "Lena Varo traveled to Houston on March 3, 2031, to train for her flight on the shuttle Atlantis.",
    "Lena Varo travelled to the space center on March 3, 2031, to see the shuttle Atlantis.",
])
def test_a_journey_on_earth_is_no_flight(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert not {k for k in found if k[0] == "lena varo" and k[1].startswith("launch")}
