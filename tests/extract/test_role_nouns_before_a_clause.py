"""A plural role noun whose people are named after a clause that says which ones ("the two
cosmonauts who had been assigned to the flight, A and B") gives each of them the role; a name
that belongs to a noun before the comma does not get it (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading

_PAGE = "2031-06-10"


@pytest.mark.parametrize(("text", "people", "role"), [
    ("In May, the agency said it was replacing the two Russian cosmonauts who had been assigned to the flight, "
     "Oleg Tarnov and Pavel Dubko, with their backups.", ("Oleg Tarnov", "Pavel Dubko"), "cosmonaut"),
    ("The agency is replacing the two cosmonauts originally assigned to the flight, Oleg Tarnov and Pavel Dubko.",
     ("Oleg Tarnov", "Pavel Dubko"), "cosmonaut"),
    ("Roscosmos named the cosmonauts who will fly Soyuz MS-40 next spring, Oleg Tarnov and Pavel Dubko.",
     ("Oleg Tarnov", "Pavel Dubko"), "cosmonaut"),
    ("The three astronauts chosen for the mission, Dana Wills, Rhea Colton and Tom Pike, trained in Houston.",
     ("Dana Wills", "Rhea Colton", "Tom Pike"), "astronaut"),
])
def test_people_named_after_the_clause_have_the_role(nlp: Language, text: str, people: tuple[str, ...],
                                                     role: str) -> None:
    found = reading.triples(nlp, text, _PAGE, kind="occupation")
    assert {(p.lower(), "occupation", role) for p in people} <= found


@pytest.mark.parametrize("text", [
    "The cosmonauts who met their commander, Oleg Tarnov, said they were ready.",
    "The astronauts who met the ministers, Oleg Tarnov and Pavel Dubko, were at the ceremony.",
    "The cosmonauts who had been assigned to the flight, Oleg Tarnov, were replaced.",
])
def test_a_name_of_another_noun_gets_no_role(nlp: Language, text: str) -> None:
    assert not reading.triples(nlp, text, _PAGE, kind="occupation")


@pytest.mark.parametrize(("text", "fact"), [
    ("In May, the agency said it was replacing the two Russian cosmonauts who had been assigned to the flight, "
     "Oleg Tarnov and Pavel Dubko, with their backups.", ("pavel dubko", "nationality", "russia")),
    ("The two NASA astronauts chosen for the mission, Dana Wills and Rhea Colton, trained in Houston.",
     ("rhea colton", "employer", "nasa")),
])
def test_the_nouns_descriptor_is_each_named_persons(nlp: Language, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in reading.triples(nlp, text, _PAGE)


def test_the_plural_names_its_own_people_not_those_named_before(nlp: Language) -> None:
    text = ("On board the Soyuz are Russian cosmonauts Ilya Sorin and Gleb Vashko. The agency replaced the two "
            "Russian cosmonauts who had been assigned to the flight, Oleg Tarnov and Pavel Dubko, with their backups.")
    found = reading.triples(nlp, text, _PAGE)
    assert ("oleg tarnov", "occupation", "cosmonaut") in found
    assert not any(s in ("ilya sorin", "gleb vashko") and o in ("oleg tarnov", "pavel dubko") for s, _, o in found)
