""""A was accompanied by B and C", "B will accompany A into orbit", "... launched aboard X.
With them was C": crewmates told around the flight flew together; an escort at a ceremony or
family at the launch did not. Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import Key
from tests.extract import reading


def pairs(nlp: Language, text: str) -> set[frozenset[str]]:
    found: set[Key] = reading.keys(nlp, text, "2031-04-16")
    return {frozenset((k[0], k[2])) for k in found if k[1] == "flewWith"}


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


@pytest.mark.parametrize("text", [
    "Commander Ilya Varga was accompanied by Rafael Ibsen and Kasia Lund on the Soyuz 30 flight.",
    "Rafael Ibsen and Kasia Lund will accompany Ilya Varga on the flight.",
    "Ilya Varga launched aboard Soyuz 30 on Friday. He was accompanied by Rafael Ibsen and Kasia Lund.",
    "Ilya Varga, a veteran of two missions, is accompanied by Rafael Ibsen and Kasia Lund on Crew-14.",
    "Ilya Varga, who was accompanied into orbit by Rafael Ibsen and Kasia Lund, spent six months aloft.",
])
def test_those_who_accompany_someone_on_a_flight_flew_with_them(nlp: Language, text: str) -> None:
    found = pairs(nlp, text)
    assert {pair("ilya varga", "rafael ibsen"), pair("ilya varga", "kasia lund")} <= found


@pytest.mark.parametrize("text", [
    "Ilya Varga and Rafael Ibsen launched aboard Soyuz 30 on Friday. With them was Kasia Lund, a French "
    "cosmonaut.",
    "Ilya Varga and Rafael Ibsen landed in Kazakhstan on Tuesday. With them was Kasia Lund.",
])
def test_the_one_with_them_after_a_flight_of_two_flew_with_both(nlp: Language, text: str) -> None:
    assert {pair("ilya varga", "kasia lund"), pair("rafael ibsen", "kasia lund")} <= pairs(nlp, text)


@pytest.mark.parametrize("text", [
    "Ilya Varga was accompanied by his wife, Kasia Lund, at the launch.",
    "Ilya Varga was accompanied by Rafael Ibsen at the awards ceremony.",
    "Ilya Varga spoke for an hour. With him was Rafael Ibsen, his lawyer.",
    "Rafael Ibsen will accompany Ilya Varga to the press conference in Houston.",
])
def test_company_away_from_a_flight_is_no_crewmate(nlp: Language, text: str) -> None:
    assert not pairs(nlp, text)


@pytest.mark.parametrize("text", [
    "Nadia Ferrante flew to the station in 1978, travelling alongside his colleague, Rafael Ibsen, in the Soyuz 30 "
    "spaceship.",
    "Nadia Ferrante reached orbit on Friday, flying alongside Rafael Ibsen.",
    "Nadia Ferrante headed into space on Friday, flying alongside Rafael Ibsen.",
    "Nadia Ferrante returned to the station in March, riding alongside Rafael Ibsen aboard Soyuz 30.",
    "Nadia Ferrante will travel to the station next year, flying alongside Rafael Ibsen on Crew-14.",
])
def test_going_alongside_someone_on_a_ride_is_flying_with_them(nlp: Language, text: str) -> None:
    assert pair("nadia ferrante", "rafael ibsen") in pairs(nlp, text)


@pytest.mark.parametrize("text", [
    "Nadia Ferrante spent the morning travelling alongside Rafael Ibsen through Texas by car.",
    "Nadia Ferrante, travelling alongside his wife, Kasia Lund, arrived in Houston on Monday.",
    "Nadia Ferrante spent years flying alongside Rafael Ibsen in the Air Force.",
])
def test_going_alongside_someone_elsewhere_is_no_flight(nlp: Language, text: str) -> None:
    assert not pairs(nlp, text)
