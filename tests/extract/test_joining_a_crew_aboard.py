"""Joining a crew already aboard a station ("joined the resident Shenzhou-39 crew", "the outgoing
X crew") is meeting it there, no seat on its flight; joining a flight's crew ("joined the crew of
X in 2030") is one (invented names)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.reading import triples


@pytest.mark.parametrize("text", [
    "Ada Rinn and Tomas Kell arrived on Friday and joined the resident Shenzhou-39 crew aboard the station.",
    "Ada Rinn and Tomas Kell arrived on Friday and joined the outgoing Shenzhou-39 crew for a handover.",
    "Ada Rinn docked on Friday and joined the current Shenzhou-39 crew.",
])
def test_no_seat_on_the_flight_of_a_crew_met_aboard(nlp: Language, text: str) -> None:
    assert not [t for t in triples(nlp, text) if t[0] == "shenzhou-39" and t[1] in ("crewMember", "commander")]


@pytest.mark.parametrize("text", [
    "Ada Rinn joined the crew of Shenzhou-39 in 2030.",
    "Ada Rinn joined the Shenzhou-39 crew after Tomas Kell fell ill.",
])
def test_joining_a_flight_s_crew_is_a_seat(nlp: Language, text: str) -> None:
    assert ("shenzhou-39", "crewMember", "ada rinn") in triples(nlp, text)
