""""X is helped out of the Soyuz MS-96 spacecraft just minutes after she, A and B landed": who
came out of a named craft rode it (``spacecraft``), with those the sentence says landed beside
them; never the helpers, someone who left another thing, or a negated exit. Invented names,
the session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading


def _riders(nlp: Language, text: str) -> set[str]:
    return {k[0] for k in reading.triples(nlp, text, "2030-06-10", kind="spacecraft")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Ann Baker of NASA is helped out of the Soyuz MS-96 spacecraft just minutes after she, Carl Dunn of ESA, and "
     "Ed Fox of Roscosmos, landed near the town of Arkalyk, Kazakhstan, on Thursday.",
     {"ann baker", "carl dunn", "ed fox"}),
    ("Ann Baker was pulled out of the Soyuz MS-96 capsule after landing.", {"ann baker"}),
    ("Ann Baker climbs out of the Shenzhou-96 capsule as Carl Dunn watches.", {"ann baker"}),
    ("Recovery crews helped Ann Baker out of the Soyuz MS-96 capsule.", {"ann baker"}),
    ("Carl Dunn helped Ann Baker out of the Soyuz MS-96 capsule.", {"ann baker"}),
])
def test_who_came_out_of_the_craft_rode_it(nlp: Language, text: str, expected: set[str]) -> None:
    assert _riders(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Ann Baker did not climb out of the Soyuz MS-96 capsule.",
    "Ann Baker ran out of the Soyuz MS-96 hangar.",
    "Ann Baker got out of the car and watched Soyuz MS-96 land.",
    "The engineers pulled the parachute out of the Soyuz MS-96 capsule.",
])
def test_no_rider_from_another_exit(nlp: Language, text: str) -> None:
    assert not _riders(nlp, text)
