"""A person's length of time asked for one flight they flew ("How long was X's Soyuz 52
flight?") is the length tied to that flight, or the flight's own; a length tied to no flight
answers only when the graph knows no other flight of theirs, and otherwise the reply says which
length the articles give and that they do not tie it. Hand-declared facts, invented names."""

from __future__ import annotations

import pytest

from extract.facts import Extraction, Literal, Term
from kg.questions import Asker
from tests.factories import ExtractionBuilder, asker_over, days, labels

_SINGLE = {"unit": Literal("day"), "scope": Term("SingleFlight")}


def _veterans() -> Extraction:
    b = ExtractionBuilder(
        "Vera Holt commanded Soyuz 47 and Soyuz 52; she made a flight of five days. Ana Pell flew Soyuz 47 and "
        "Soyuz 52, and spent six days on Soyuz 52. Lio Marsh flew Soyuz 58 for twelve days. Ida Roe spent nine "
        "days in space. Tam Eske flew Soyuz 47 and Soyuz 61; Soyuz 61 lasted 14 days. Ben Oru flew STS-141 on "
        "Atlantis for 11 days. Cal Dunn flew STS-141 and STS-150 on Atlantis and spent 13 days in space.",
        title="Veterans", id="veterans", published="2031-06-10",
    )
    for name in ("Vera Holt", "Ana Pell", "Lio Marsh", "Ida Roe", "Tam Eske", "Ben Oru", "Cal Dunn"):
        b.entity(name, "Astronaut")
    for craft in ("Soyuz 47", "Soyuz 52", "Soyuz 58", "Soyuz 61", "Atlantis"):
        b.entity(craft, "Spacecraft")
    for flight in ("STS-141", "STS-150"):
        b.entity(flight, "Spaceflight")
    b.fact("Soyuz 47", "commander", "Vera Holt", evidence="Vera Holt commanded Soyuz 47")
    b.fact("Soyuz 52", "commander", "Vera Holt", evidence="Soyuz 52")
    b.fact("Vera Holt", "timeInSpace", days("5"), evidence="a flight of five days", qualifiers=_SINGLE)
    for craft in ("Soyuz 47", "Soyuz 52"):
        b.fact(craft, "crewMember", "Ana Pell", evidence="Ana Pell flew Soyuz 47 and Soyuz 52")
    b.fact("Ana Pell", "timeInSpace", days("6"), evidence="spent six days on Soyuz 52",
           qualifiers={**_SINGLE, "mission": "Soyuz 52"})
    b.fact("Soyuz 58", "crewMember", "Lio Marsh", evidence="Lio Marsh flew Soyuz 58")
    b.fact("Lio Marsh", "timeInSpace", days("12"), evidence="for twelve days", qualifiers=_SINGLE)
    b.fact("Ida Roe", "timeInSpace", days("9"), evidence="Ida Roe spent nine days in space", qualifiers=_SINGLE)
    for craft in ("Soyuz 47", "Soyuz 61"):
        b.fact(craft, "crewMember", "Tam Eske", evidence="Tam Eske flew Soyuz 47 and Soyuz 61")
    b.fact("Tam Eske", "timeInSpace", days("3"), evidence="Tam Eske flew", qualifiers=_SINGLE)
    b.fact("Soyuz 61", "flightLength", days("14"), evidence="Soyuz 61 lasted 14 days",
           qualifiers={"unit": Literal("day")})
    b.fact("STS-141", "crewMember", "Ben Oru", evidence="Ben Oru flew STS-141")
    b.fact("Ben Oru", "spacecraft", "Atlantis", evidence="on Atlantis")
    b.fact("Ben Oru", "timeInSpace", days("11"), evidence="for 11 days", qualifiers=_SINGLE)
    for flight in ("STS-141", "STS-150"):
        b.fact(flight, "crewMember", "Cal Dunn", evidence="Cal Dunn flew STS-141 and STS-150")
    b.fact("Cal Dunn", "spacecraft", "Atlantis", evidence="on Atlantis")
    b.fact("Cal Dunn", "timeInSpace", days("13"), evidence="spent 13 days in space", qualifiers=_SINGLE)
    return b.build()


asker = asker_over(_veterans)


@pytest.mark.parametrize("question", [
    "How long was Holt's Soyuz 52 flight?",
    "How many days did Vera Holt spend in space on Soyuz 52?",
    "How long did Vera Holt stay on Soyuz 47?",
])
def test_an_untied_length_of_someone_who_flew_twice_is_no_flights(asker: Asker, question: str) -> None:
    answer = asker.answer(question)
    assert not answer.answers
    assert "5 days" in (answer.message or "") and "do not tie" in (answer.message or "")


@pytest.mark.parametrize("question", ["How long did Vera Holt spend in space?",
                                      "How many days did Vera Holt log in space?", "How long was Cal Dunn in space?"])
def test_one_flights_length_is_no_answer_of_someone_who_flew_others(asker: Asker, question: str) -> None:
    """No flight asked: the time in space of someone who flew two flights is a total, which the
    articles do not give (one flight's five days is a part of it)."""
    answer = asker.answer(question)
    assert not answer.answers
    assert "one flight of" in (answer.message or "") and "no total" in (answer.message or "")


@pytest.mark.parametrize(("question", "expected"), [
    ("How long did Lio Marsh spend in space?", "12 days (single flight)"),
    ("How many days did Ida Roe log in space?", "9 days (single flight)"),
    ("How many days did Vera Holt spend in space in 2031?", "5 days (single flight)"),
])
def test_one_flights_length_answers_when_no_other_flight_is_known(asker: Asker, question: str,
                                                                    expected: str) -> None:
    """One flight known, none known, or a year asked that may pick one: the stated length answers."""
    assert labels(asker.answer(question)) == [expected]


@pytest.mark.parametrize("question", [
    "How long was Ana Pell's Soyuz 52 flight?",
    "How many days did Ana Pell spend in space on Soyuz 52?",
])
def test_a_length_tied_to_the_flight_answers(asker: Asker, question: str) -> None:
    assert labels(asker.answer(question)) == ["6 days (single flight)"]


def test_a_length_tied_to_another_flight_does_not(asker: Asker) -> None:
    assert labels(asker.answer("How long was Ana Pell's Soyuz 47 flight?")) == []


@pytest.mark.parametrize("question", [
    "How long was Lio Marsh's Soyuz 58 flight?",
    "How many days did Lio Marsh spend in space on Soyuz 58?",
])
def test_an_untied_length_of_the_only_flight_known_answers(asker: Asker, question: str) -> None:
    assert labels(asker.answer(question)) == ["12 days (single flight)"]


def test_an_untied_length_of_someone_with_no_flight_known_answers(asker: Asker) -> None:
    assert labels(asker.answer("How many days did Ida Roe spend in space on Soyuz 58?")) == ["9 days (single flight)"]


def test_the_flights_own_length_answers_over_an_untied_one(asker: Asker) -> None:
    assert labels(asker.answer("How long was Tam Eske's Soyuz 61 flight?")) == ["14 days"]
    assert labels(asker.answer("How long was Tam Eske's Soyuz 47 flight?")) == []


def test_a_craft_that_flew_many_times_asks_of_the_one_flight_known(asker: Asker) -> None:
    assert labels(asker.answer("How long was Ben Oru's flight on Atlantis?")) == ["11 days (single flight)"]
    assert labels(asker.answer("How long was Cal Dunn's flight on Atlantis?")) == []


def test_two_people_answer_only_if_neither_flew_another_flight(asker: Asker) -> None:
    assert labels(asker.answer("How many days did Vera Holt and Lio Marsh spend in space on Soyuz 52?")) == []
