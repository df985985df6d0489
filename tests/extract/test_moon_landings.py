"""The day a flight or its people landed on the Moon ("Apollo 30, which landed on the Moon on
Dec. 11", "touched down on the lunar surface on July 30") is ``moonLandingDate``, never a
return to Earth; told of a flight, it is the flight's alone (one of its crew stayed in orbit).
Invented names, the session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading


@pytest.mark.parametrize(("text", "expected"), [
    ("Sol Varga was the commander of Apollo 30, which landed on the Moon on Dec. 11, 2032. Since his module left "
     "the Moon three days later, no one has returned.", {("apollo 30", "2032-12-11")}),
    ("Apollo 30 landed on the Moon on July 30, 2032.", {("apollo 30", "2032-07-30")}),
    ("Sol Varga and Ian Pike touched down on the lunar surface on July 30, 2032, and spent three days there.",
     {("sol varga", "2032-07-30"), ("ian pike", "2032-07-30")}),
    ("Sol Varga and Ian Pike landed on the Moon in their lunar module on July 20, 2032.",
     {("sol varga", "2032-07-20"), ("ian pike", "2032-07-20")}),
])
def test_a_moon_landing_is_dated(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    found = reading.triples(nlp, text, kind="moonLandingDate")
    assert {(s, o) for s, _, o in found} == expected
    assert not reading.triples(nlp, text, kind="returnDate")


def test_a_landing_on_earth_is_no_moon_landing(nlp: Language) -> None:
    text = "Sol Varga flew on Apollo 30 and landed in the Pacific on Dec. 19, 2032."
    assert not reading.triples(nlp, text, kind="moonLandingDate")
    assert ("sol varga", "returnDate", "2032-12-19") in reading.triples(nlp, text)
