"""The highest altitude a flight reached (invented flights): "reached an altitude of 93 km",
"the crew climbed to an altitude of ... feet" (the crew's flight), "a peak altitude of about 55
miles", a fact line "Apogee 54.3 miles" (the story's flight) give ``altitudeReached`` as
written with its unit; a station's orbit, a height at a moment, an apogee with no figure, a
satellite's orbit and a denied height give none."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, Literal, extract


def _heights(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(flight, figure, unit) of each altitude read."""
    ex = next(extract(nlp, [Article(text, published="2031-06-10", id="t")]))
    names = {e.key: e.name for e in ex.entities}
    return {(names[f.subject], f.object.value, next(v.value for k, v in f.qualifiers if k == "unit"
                                                    and isinstance(v, Literal)))
            for f in ex.facts if f.predicate == "altitudeReached" and isinstance(f.object, Literal)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Soyuz MS-81 reached an altitude of 93 km, just short of the Karman line.",
     {("Soyuz MS-81", "93 km", "kilometre")}),
    ("NS-40 lifted off on Saturday. Riding inside a capsule, the six-person crew climbed to an altitude of "
     "351,225 feet, or more than 66 miles above the Earth.", {("NS-40", "351,225 feet", "foot")}),
    ("Galactic 41 reached a peak altitude of about 55 miles on Thursday.",
     {("Galactic 41", "about 55 miles", "mile")}),
    ("Galactic 41 flight facts:\n\n  • Take-off Time 10:23am MT\n\n  • Altitude at Release 44,341ft\n\n"
     "  • Apogee 54.3 miles\n\n  • Top Speed Mach 2.95", {("Galactic 41", "54.3 miles", "mile")}),
])
def test_the_altitude_a_flight_reached(nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _heights(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "The International Space Station orbits at an altitude of about 400 km.",
    "After the spacecraft reached apogee, Soyuz MS-81 landed safely.",
    "Galactic 41 did not reach an altitude of 50 miles.",
    "The satellite has an apogee of 36,000 km.",
    "Galactic 41 flight facts: Altitude at Release 44,341ft.",
])
def test_no_altitude_from_other_heights(nlp: Language, text: str) -> None:
    assert _heights(nlp, text) == set()
