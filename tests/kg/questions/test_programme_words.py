"""A programme or craft word in the question ("Which Soyuz mission did X command?") says which
flights answer: a flight of another programme is a wrong answer, and none that fits is no answer
(invented people; flights named the way articles name them)."""

from __future__ import annotations

import pytest

from extract.facts import Extraction
from kg.questions import Asker
from tests.factories import ExtractionBuilder, asker_over


def _flights() -> Extraction:
    b = ExtractionBuilder("Vega Holt commanded STS-193. Holt later commanded Soyuz TMA-40, with Oren Tace aboard. "
                          "Rian Brel commanded Shenzhou-30.", title="Commanders", id="commanders",
                          published="2025-03-02")
    for name, aliases in (("Vega Holt", ("Holt",)), ("Rian Brel", ()), ("Oren Tace", ())):
        b.entity(name, "Astronaut", aliases=aliases)
    for flight in ("STS-193", "Soyuz TMA-40", "Shenzhou-30"):
        b.entity(flight, "Mission")
    b.fact("STS-193", "commander", "Vega Holt", evidence="Vega Holt commanded STS-193")
    b.fact("Soyuz TMA-40", "commander", "Vega Holt", evidence="Holt later commanded Soyuz TMA-40")
    b.fact("Soyuz TMA-40", "crewMember", "Oren Tace", evidence="Soyuz TMA-40, with Oren Tace aboard")
    b.fact("Shenzhou-30", "commander", "Rian Brel", evidence="Rian Brel commanded Shenzhou-30")
    return b.build()


asker = asker_over(_flights)


def _values(asker: Asker, question: str) -> list[str]:
    return sorted(str(a.value) for a in asker.answer(question).answers)


@pytest.mark.issue(16)
@pytest.mark.parametrize(("question", "expected"), [
    ("Which Soyuz mission did Vega Holt command?", ["Soyuz TMA-40"]),
    ("Which Soyuz flight did Holt command?", ["Soyuz TMA-40"]),
    ("What Soyuz did Holt command?", ["Soyuz TMA-40"]),
    ("Which shuttle mission did Vega Holt command?", ["STS-193"]),
    ("Which Shenzhou mission did Rian Brel command?", ["Shenzhou-30"]),
    ("Which mission did Holt command?", ["STS-193", "Soyuz TMA-40"]),  # no programme: every flight
])
def test_only_the_flights_of_the_programme_asked_answer(asker: Asker, question: str, expected: list[str]) -> None:
    assert _values(asker, question) == expected


@pytest.mark.issue(16)
@pytest.mark.parametrize("question", [
    "Which Apollo mission did Vega Holt command?",
    "Which Shenzhou mission did Holt command?",
    "Which Dragon mission did Rian Brel command?",
])
def test_no_flight_of_the_programme_is_no_answer(asker: Asker, question: str) -> None:
    reply = asker.answer(question)
    assert reply.answers == ()
    assert reply.message and "flight" in reply.message


@pytest.mark.issue(16)
@pytest.mark.parametrize(("question", "expected"), [
    ("Who commanded Soyuz TMA-40?", ["Vega Holt"]),  # the programme word inside a flight's name
    ("Which astronaut commanded Soyuz TMA-40?", ["Vega Holt"]),
    ("Which Soyuz TMA-40 crew member was its commander?", ["Vega Holt"]),
])
def test_a_flight_named_with_its_programme_is_still_named(asker: Asker, question: str, expected: list[str]) -> None:
    assert _values(asker, question) == expected


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "named"), [
    ("How many shuttle missions has Vega Holt flown?", "they name 1: STS-193."),  # not her Soyuz
    ("How many shuttle flights has Holt made?", "they name 1: STS-193."),
    ("How many flights has Vega Holt made?", "they name 2"),  # no programme: every flight named
])
def test_a_count_of_a_programme_lists_its_flights_only(asker: Asker, question: str, named: str) -> None:
    reply = asker.answer(question)
    assert reply.answers == () and named in (reply.message or "")


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "How many shuttle missions has Oren Tace flown?",  # only a Soyuz named for him
    "How many Apollo missions has Vega Holt flown?",
])
def test_a_count_of_a_programme_with_none_of_its_flights_is_no_answer(asker: Asker, question: str) -> None:
    reply = asker.answer(question)
    assert reply.answers == ()
    assert reply.message
