"""The seat of "with X serving as commander" is X's alone, not that of everyone the sentence's
subject stands for ("They had been aboard since May, with X, 46, serving as commander"), however
the parser hangs the "-ing" verb (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading

_CREW = ("ken ito", "ivan petrov", "dan lowe")  # keys are folded to lower case


@pytest.mark.parametrize("text", [
    "The Soyuz MS-90 carrying Ken Ito, Ivan Petrov and Dan Lowe landed in Kazakhstan. They had been aboard the "
    "station since December, with Petrov, 46, serving as mission commander from February.",
    "Ken Ito, Ivan Petrov and Dan Lowe landed on Soyuz MS-90. The trio had spent six months aboard, with "
    "Petrov, 46, serving as commander.",
    "Ken Ito, Ivan Petrov and Dan Lowe came home on Soyuz MS-90. The three had lived on the station since May, "
    "with Petrov acting as mission commander.",
    "Soyuz MS-90 brought Ken Ito, Ivan Petrov and Dan Lowe home. They had flown together since March, with "
    "Ivan Petrov, 51, serving as commander.",
    "Ken Ito, Ivan Petrov and Dan Lowe launched on Soyuz MS-90 on Monday, with Petrov serving as commander.",
])
def test_the_seat_is_the_named_ones(nlp: Language, text: str) -> None:
    found = reading.triples(nlp, text, "2031-06-10")
    commanders = {s for s, p, o in found if p == "crewRole" and o == "commander"}
    assert commanders <= {"ivan petrov"}
    assert not {("soyuz ms-90", "commander", n) for n in _CREW if n != "ivan petrov"} & found


@pytest.mark.parametrize("text", [
    "Ken Ito, Ivan Petrov and Dan Lowe launched on Soyuz MS-90 on Monday, with Petrov serving as commander.",
    "Ken Ito, Ivan Petrov and Dan Lowe flew Soyuz MS-90 to the station, with Petrov, 51, acting as commander.",
])
def test_the_named_one_keeps_the_seat(nlp: Language, text: str) -> None:
    assert ("ivan petrov", "crewRole", "commander") in reading.triples(nlp, text, "2031-06-10")
