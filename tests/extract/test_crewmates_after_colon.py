"""Crewmates named after a colon ("came home with his Crew-9 crewmates: commander A and pilot
B") rode along, however the parser hangs the names, on the day the sentence before gives; a
clause after a semicolon does not.
Invented names."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

triples = partial(reading.triples, published="2031-06-10")


@pytest.mark.parametrize("text", [
    "Nora Vance came home on Monday with her crewmates: Carl Dixon and Lena Moss.",
    "Nora Vance splashed down off Florida on Monday. She came home in the capsule Endeavour with her Crew-9 "
    "crewmates: commander Carl Dixon and pilot Lena \"Lee\" Moss of NASA.",
])
def test_crewmates_after_a_colon_came_down_too(nlp: Language, text: str) -> None:
    found = {frozenset((a, b)) for a, _, b in triples(nlp, text, kind="landedWith")}
    assert {frozenset(("nora vance", "carl dixon")), frozenset(("nora vance", "lena moss"))} <= found


def test_crewmates_came_down_on_the_day_the_sentence_before_gives(nlp: Language) -> None:
    found = triples(nlp, "Nora Vance came down in the Atlantic off Florida on Monday. She came home in the capsule "
                         "Endeavour with her crewmates: commander Carl Dixon and pilot Lena Moss.")
    assert {("carl dixon", "returnDate", "2031-06-09"), ("lena moss", "returnDate", "2031-06-09")} <= found


def test_crewmates_after_a_colon_launched_on_the_day(nlp: Language) -> None:
    found = triples(nlp, "Nora Vance launched on Monday with her crewmates: Carl Dixon and Lena Moss.")
    assert {("carl dixon", "launchDate", "2031-06-09"), ("lena moss", "launchDate", "2031-06-09")} <= found


def test_a_name_after_a_semicolon_did_not_come_along(nlp: Language) -> None:
    found = triples(nlp, "Nora Vance came home on Monday with her crewmates; Carl Dixon stayed aboard.")
    assert not any(t[1] == "landedWith" for t in found)
