"""A seat told in a clause on a flight ("commanded Soyuz MS-40, on which A was the flight
engineer, and both were due to join Expedition 87") is on that flight, not on another flight
the sentence names later. Invented people."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

keys = partial(reading.triples, published="2031-06-10")


@pytest.mark.parametrize("text", [
    "Oleg Kovin commanded the Soyuz MS-40 mission, for which Tom Reyes was flight engineer, and both men were due "
    "to join Expedition 87.",
    "Oleg Kovin commanded Soyuz MS-40, on which Tom Reyes was the flight engineer, and both men were due to join "
    "Expedition 87.",
])
def test_a_seat_in_a_clause_on_a_flight_is_on_that_flight(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert ("soyuz ms-40", "crewMember", "tom reyes") in found
    assert ("expedition 87", "crewMember", "tom reyes") not in found
