""""Space flights" in two words asks the count of someone's flights as "spaceflights" does
(reporters and readers write it both ways), over tests/kg/questions/flightroom.py."""

from __future__ import annotations

import pytest

from kg.questions import Asker


@pytest.mark.parametrize(("question", "count", "said"), [
    ("How many space flights has Pell Oduya made?", 3, "his third spaceflight"),
    ("how many space flights has Odo Lenz flown?", 2, "at least 2"),
])
def test_space_flights_in_two_words_count_the_flights(flights: Asker, question: str, count: int, said: str) -> None:
    reply = flights.answer(question)
    assert [a.value for a in reply.answers] == [count]
    assert reply.message is not None and said in reply.message
