"""A clause hung on one of several coordinated names is said of that name alone ("A, selected in
2010, and B, selected in 2012"), unless it follows them all or says so ("A and B, both chosen
in 2009"). Invented names, the session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.reading import triples


@pytest.mark.parametrize("text", [
    "With him are two rookies: Denis Orlov, born in Leningrad on April 25, 1983 and selected as a cosmonaut in "
    "2010, and Ilya Sidorov, born on Sept. 1, 1984 in Frunze and selected in 2012.",
    "The crew: Denis Orlov, who was selected in 2010, and Ilya Sidorov, chosen by Roscosmos in 2012.",
    "Denis Orlov, picked in 2010, and Ilya Sidorov, who joined the cosmonaut corps in 2012, flew together.",
])
def test_each_name_s_clause_is_its_own(nlp: Language, text: str) -> None:
    years = {(s, o) for s, p, o in triples(nlp, text, kind="selectionYear")}
    assert ("denis orlov", "2010") in years
    assert ("ilya sidorov", "2010") not in years and ("denis orlov", "2012") not in years


@pytest.mark.parametrize("text", [
    "With him are two rookies: Denis Orlov and Ilya Sidorov, selected in 2012.",
    "Denis Orlov and Ilya Sidorov, both selected in 2012, flew together.",
])
def test_a_clause_after_every_name_is_said_of_all(nlp: Language, text: str) -> None:
    years = {(s, o) for s, p, o in triples(nlp, text, kind="selectionYear")}
    assert {("denis orlov", "2012"), ("ilya sidorov", "2012")} <= years


def test_ages_between_the_names_make_no_clause_of_one(nlp: Language) -> None:
    """ "A, 62, and B, 59, launched": the ages are no clauses, so the launch is both people's."""
    found = triples(nlp, "Ann Baker and Tom Reyes came home on Tuesday. Baker, 62, and Reyes, 59, launched on June 5 "
                         "on Boeing's first Starliner flight with astronauts.")
    assert {("ann baker", "launchVehicle", "starliner"), ("tom reyes", "launchVehicle", "starliner")} <= found
