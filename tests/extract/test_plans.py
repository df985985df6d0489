"""Plans told as headlines write them ("Ann Lee to return on March 19") or as hopes ("hopes to
launch in April"): planned, and dated forward from the story's day, never a past event.
Invented names, several phrasings each; a done event beside them stays reported."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

keys = partial(reading.keys, published="2025-03-08")


@pytest.mark.parametrize("text, predicate, day", [
    ("Also read: Mira Tallant to return on March 19 -- what we know so far", "returnDate", "2025-03-19"),
    ("Mira Tallant to launch on Crew-12 from Kennedy Space Center on April 2", "launchDate", "2025-04-02"),
    ("Mira Tallant hopes to launch on Crew-12 in April.", "launchDate", "2025-04"),
    ("Mira Tallant expects to land in Kazakhstan on March 19.", "returnDate", "2025-03-19"),
])
def test_a_headline_or_a_hope_is_a_plan(nlp: Language, text: str, predicate: str, day: str) -> None:
    found = {k for k in keys(nlp, text) if k[0] == "mira tallant" and k[1] == predicate}
    assert found == {("mira tallant", predicate, day, "planned")}


@pytest.mark.parametrize("text, day", [
    ("After weeks of delays, Mira Tallant finally got to launch on Crew-12 on March 3.", "2025-03-03"),
    ("Mira Tallant, who hoped to fly in 2019, launched on March 3.", "2025-03-03"),
])
def test_a_launch_done_stays_reported(nlp: Language, text: str, day: str) -> None:
    found = {k for k in keys(nlp, text) if k[0] == "mira tallant" and k[1] == "launchDate"}
    assert found == {("mira tallant", "launchDate", day, "reported")}


def test_the_first_to_do_it_is_no_plan(nlp: Language) -> None:
    found = keys(nlp, "Mira Tallant, the first Canadian to command the International Space Station, landed in "
                      "Kazakhstan on Tuesday.")
    assert ("international space station", "commander", "mira tallant", "planned") not in found


def test_a_plan_mark_of_a_later_clause_leaves_a_done_launch(nlp: Language) -> None:
    """ "(planned)" marks the landing it follows, not the launch told before it."""
    found = keys(nlp, "Mira Tallant launched on Soyuz MS-20 on March 3, 2025, and will land on Soyuz MS-21 (planned).")
    assert ("mira tallant", "launchDate", "2025-03-03", "reported") in found


@pytest.mark.parametrize("text", [
    "Perhaps most famously, Mira Tallant flew on STS-41 in October 1990.",
    "Most likely to be remembered, Mira Tallant flew on STS-41 in October 1990.",
])
def test_an_aside_of_likelihood_hedges_no_flight(nlp: Language, text: str) -> None:
    assert ("sts-41", "crewMember", "mira tallant", "reported") in keys(nlp, text)
