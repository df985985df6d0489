"""A count of spacewalks a crew, a mission or a group made is theirs, not a count of the one
member the story names (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading

INTRO = "NASA astronaut Ana Ruiz, a member of space shuttle Endeavour's STS-200 crew, broke the record on Friday. "

CASES = [
    "Thus far, the STS-200 crew carried four successful spacewalks during their stay on the station.",
    "So far the crew has conducted four spacewalks.",
    "The astronauts performed four spacewalks during the mission.",
    "The STS-200 crew completed four spacewalks in nine days.",
    "The trio made four spacewalks before undocking.",
]


@pytest.mark.parametrize("text", CASES)
def test_a_groups_count_is_not_the_members(nlp: Language, text: str) -> None:
    """The count is the flight's when it is read at all, never the member's."""
    found = reading.triples(nlp, INTRO + text, "2031-06-10", kind="spacewalkCount")
    assert found <= {("sts-200", "spacewalkCount", "4")}


@pytest.mark.parametrize("text", [
    "Ruiz made four spacewalks during the mission.",
    "She has carried out four spacewalks.",
    "Over her career Ruiz conducted four spacewalks.",
])
def test_a_persons_own_count_is_kept(nlp: Language, text: str) -> None:
    assert ("ana ruiz", "spacewalkCount", "4") in reading.triples(nlp, INTRO + text, "2031-06-10")
