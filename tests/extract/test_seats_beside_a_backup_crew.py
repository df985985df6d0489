"""A seat told beside a flight that a crew stands by for ("the back-up crew of B, with X as the
mission commander") is no seat on that flight: the crew named as the prime one has it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.reading import triples


@pytest.mark.parametrize("text", [
    "The prime crew of the Shenzhou 40 mission is identical to the back-up crew of Shenzhou 39, with Ada Rinn "
    "as the Mission Commander, Tomas Kell the Flight Engineer, and Lea Moss the Mission Specialist.",
    "The crew of Shenzhou 40 was the backup crew for Shenzhou 39, with Ada Rinn as the mission commander.",
    "The Shenzhou 40 crew had served as the backup crew of Shenzhou 39, with Ada Rinn as the mission commander.",
])
def test_no_seat_on_the_flight_a_crew_stood_by_for(nlp: Language, text: str) -> None:
    found = triples(nlp, text)
    assert not [t for t in found if t[0] == "shenzhou-39" and t[1] in ("commander", "crewMember")]
    assert ("shenzhou-40", "commander", "ada rinn") in found


@pytest.mark.parametrize("text", [
    "The prime crew of Shenzhou 40 is much like the crew of Shenzhou 39, with Ada Rinn as the mission commander.",
    "Shenzhou 40 lifted off on Monday, with Ada Rinn as the mission commander.",
])
def test_a_seat_beside_a_flight_flown(nlp: Language, text: str) -> None:
    found = triples(nlp, text)
    assert [t for t in found if t[1] == "commander" and t[2] == "ada rinn"]
