""""Would" in a past narrative tells a plan when its paragraph speaks of one ("three missions were
planned ... Soyuz T-90 would be launched in May"): planned, never the launch; told as what came to
pass ("would later", "would eventually", "would go on to") or in a paragraph of no plan, it stays
reported. Invented names, several phrasings each."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import Key
from tests.extract import reading

keys = partial(reading.keys, published="2031-06-10")


def modes(found: set[Key], name: str, predicate: str) -> set[str]:
    return {k[3] for k in found if k[0] == name and k[1] == predicate}


@pytest.mark.parametrize("text", [
    "Two more flights were planned for 1985 to keep the station manned. Soyuz T-90 would be launched in May, "
    "crewed by Ivo Marsk and Lev Dantov.",
    "The agency had scheduled three visits to the station. Soyuz T-90 would lift off in May 1985 with Ivo Marsk "
    "and Lev Dantov aboard.",
    "Three visits to the station were planned. Soyuz T-90 would be launched on May 15, 1985, with Ivo Marsk aboard.",
])
def test_would_in_a_paragraph_of_plans_is_a_plan(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert "planned" in modes(found, "ivo marsk", "launchDate") | modes(found, "soyuz t-90", "launchDate")
    assert "reported" not in modes(found, "ivo marsk", "launchDate") | modes(found, "soyuz t-90", "launchDate")


@pytest.mark.parametrize("text", [
    "Ivo Marsk joined the corps in 1978. Seven years later, he would fly Soyuz T-90, which launched on "
    "June 6, 1985.",
    "Ivo Marsk trained for years. He would eventually launch aboard Soyuz T-90 on June 6, 1985.",
])
def test_would_of_what_came_to_pass_stays_reported(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert modes(found, "ivo marsk", "launchDate") == {"reported"}


def test_would_after_a_flight_told_as_done_stays_reported(nlp: Language) -> None:
    found = keys(nlp, "Ivo Marsk and Lev Dantov left Earth on August 10, 1985 aboard Soyuz T-90. They would spend "
                      "117 days on the station and make four spacewalks.")
    assert modes(found, "ivo marsk", "timeInSpace") == {"reported"}
