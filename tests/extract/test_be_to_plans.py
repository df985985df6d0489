""""A and B are to come back on October 17", "X is to land on May 2": "be to" with a verb tells
a plan, dated ahead of the page; a landing told as done stays reported. Invented names."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

keys = partial(reading.keys, published="2031-10-05")


@pytest.mark.parametrize("text", [
    "Nora Vance and Carl Dixon are to come back on October 17 aboard Soyuz MS-40.",
    "Nora Vance is to land on October 17.",
])
def test_be_to_return_is_a_planned_return(nlp: Language, text: str) -> None:
    found = {k for k in keys(nlp, text) if k[1] == "returnDate" and k[0] == "nora vance"}
    assert found == {("nora vance", "returnDate", "2031-10-17", "planned")}


def test_a_landing_told_as_done_stays_reported(nlp: Language) -> None:
    found = {k for k in keys(nlp, "Nora Vance landed on October 1. Her job is to command the station.")
             if k[1] == "returnDate"}
    assert found == {("nora vance", "returnDate", "2031-10-01", "reported")}
