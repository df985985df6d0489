"""A seat goes to the name its words give, whatever the parse: "B, also of NASA, is the
pilot" after "A is the commander and", "with B as pilot and C", and a flight named in a
relative clause about the holder is their earlier flight, not the seat's (invented names,
the session ``nlp``)."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading

keys = partial(reading.keys, published="2031-04-23")


@pytest.mark.parametrize("text", [
    "Crew-14 lifted off on Friday. NASA's Ada Rinn is the spacecraft commander and Lena Voss, also of NASA, is the "
    "pilot; Omar Haddad and Ivo Brand fly as mission specialists.",
    "Crew-14 lifted off on Friday. Ada Rinn is the commander and Lena Voss, a former test pilot, is the pilot.",
    "Crew-14 lifted off on Friday. Ada Rinn is the commander, and Lena Voss, 41, is the pilot.",
])
def test_a_pilot_after_and_and_an_aside_is_the_name_after_and(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Lena Voss", "crewRole", "pilot") in found
    assert key("Ada Rinn", "crewRole", "pilot") not in found
    assert key("Crew-14", "commander", "Ada Rinn") in found


def test_a_second_seat_of_the_same_person_stays_theirs(nlp: Language) -> None:
    found = keys(nlp, "Crew-14 lifted off on Friday. Ada Rinn is the commander and is also the pilot.")
    assert key("Ada Rinn", "crewRole", "commander") in found


@pytest.mark.parametrize("text", [
    "The crew of Ax-9, led by commander Ada Rinn with Air Force Col. Tomas Kell as pilot and Swedish astronaut "
    "Lena Voss, docked two days later.",
    "Ax-9, with Tomas Kell as pilot and mission specialist Lena Voss, docked two days later.",
])
def test_the_name_before_as_pilot_holds_it_not_the_name_after(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Tomas Kell", "crewRole", "pilot") in found
    assert key("Lena Voss", "crewRole", "pilot") not in found


@pytest.mark.parametrize("text", [
    "The Ax-9 crew lifted off on Thursday. Colonel Tomas Kell, a native of Rome who went to the edge of space on "
    "Galactic 07 in June, serves as pilot.",
    "The Ax-9 crew lifted off on Thursday. Tomas Kell, who flew on Galactic 07 last year, serves as pilot.",
])
def test_a_flight_in_a_relative_clause_about_the_holder_is_not_the_seat_s(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Ax-9", "crewMember", "Tomas Kell") in found
    assert key("Tomas Kell", "crewRole", "pilot") in found


def test_a_seat_told_in_the_relative_clause_is_on_its_flight(nlp: Language) -> None:
    found = reading.triples(nlp, "Ax-9 lifted off on Thursday with Tomas Kell, who served as pilot on Galactic 07.")
    assert ("galactic 07", "crewMember", "tomas kell") in found
