"""Those named together in an event's with-phrase rode it with one another, not only with its
subject: "A came home with B and C" tells that B and C came home together too (invented names,
the session ``nlp``); a plan, or someone named in a clause of their own, is no such pair."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading


def facts(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return reading.triples(nlp, text, "2024-10-05")


@pytest.mark.parametrize(("text", "kind"), [
    ("Ivan Belov came home with Mark Jensen and Lia Torres on Tuesday after 180 days on the station.",
     "landedWith"),
    ("Ivan Belov returned to Earth with Russian flight engineer Mark Jensen and US astronaut Lia Torres on "
     "Saturday.", "landedWith"),
    ("Ivan Belov splashed down off Florida on Tuesday with crewmates Mark Jensen and Lia Torres.", "landedWith"),
    ("Ivan Belov lifted off from Baikonur on Tuesday with Mark Jensen and Lia Torres.", "launchedWith"),
    ("Ivan Belov blasted off on Tuesday aboard Soyuz MS-40 with Mark Jensen of Nasa and Lia Torres of "
     "ESA.", "launchedWith"),
])
def test_companions_rode_with_one_another(nlp: Language, text: str, kind: str) -> None:
    found = facts(nlp, text)
    pair = {("lia torres", kind, "mark jensen"), ("mark jensen", kind, "lia torres")}
    assert found & pair
    assert ("ivan belov", kind, "mark jensen") in found


@pytest.mark.parametrize("text", [
    "Ivan Belov will launch next spring with Mark Jensen and Lia Torres.",  # a plan: only the subject's pairs
    "Ivan Belov landed on Tuesday with Mark Jensen, whose wife Lia Torres watched from Houston.",
])
def test_no_pair_of_companions_otherwise(nlp: Language, text: str) -> None:
    found = facts(nlp, text)
    assert not {f for f in found if {f[0], f[2]} == {"lia torres", "mark jensen"}}
