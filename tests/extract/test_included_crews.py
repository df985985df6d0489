"""A mission described beside its name as one "which included" people has them as its crew:
"Apollo 40, a mission which included fellow astronauts A and B". Invented names."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

keys = partial(reading.triples, published="2031-06-10")


@pytest.mark.parametrize("text", [
    "Ann Lee commanded Apollo 40, a mission which included fellow astronauts Tom Quill and Bo Tan.",
    "Ann Lee flew on Apollo 40, a flight that included Tom Quill and Bo Tan.",
    "In 1971 Ann Lee flew Apollo 40, a lunar mission which included Tom Quill and Bo Tan.",
    "Ann Lee was assigned to Apollo 40, the mission that included Tom Quill and Bo Tan.",
    "Apollo 40, a mission which included Tom Quill and Bo Tan, landed in the Pacific.",
])
def test_those_a_described_mission_included_are_its_crew(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert {("apollo 40", "crewMember", "tom quill"), ("apollo 40", "crewMember", "bo tan")} <= found


def test_what_else_it_included_is_no_crew(nlp: Language) -> None:
    found = keys(nlp, "Ann Lee flew on Apollo 40, a mission that included a landing near Tom Quill's crater.")
    assert ("apollo 40", "crewMember", "tom quill") not in found
