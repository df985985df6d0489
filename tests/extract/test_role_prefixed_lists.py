"""A list of people whose items each carry a trade and an agency or a country ("with NASA
astronaut A and Roscosmos cosmonaut B", "carrying A, Russian cosmonaut B and U.S. astronaut
C"): every item is a companion, however the parser splits the later items off the list
(invented names, the session ``nlp``)."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import Key, key
from tests.extract import reading

keys = partial(reading.keys, published="2018-12-04")


def together(found: set[Key], a: str, b: str) -> bool:
    return key(a, "flewWith", b) in found or key(b, "flewWith", a) in found


@pytest.mark.parametrize("text", [
    "Ron Ames launched to the space station with NASA astronaut Ann Brill and Roscosmos cosmonaut Ivan Petrakov.",
    "Ron Ames launched to the space station with crewmates, NASA astronaut Ann Brill and Roscosmos cosmonaut "
    "Ivan Petrakov.",
    "Ardenian astronaut Ron Ames lifted off on Monday with fellow crewmates Ann Brill of NASA and Russian "
    "cosmonaut Ivan Petrakov.",
])
def test_every_item_of_a_with_list_flew(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert together(found, "Ron Ames", "Ann Brill")
    assert together(found, "Ron Ames", "Ivan Petrakov")


@pytest.mark.parametrize("text", [
    "The Soyuz TMA-31 spacecraft carrying Remy Caron, Russian cosmonaut Ivan Petrakov and U.S. astronaut Jo Kemp "
    "blasts off from Baikonur cosmodrome on Wednesday.",
    "The Ardenian Soyuz TMA-31 spacecraft carrying the crew of Ardenian billionaire Remy Caron, Russian cosmonaut "
    "Ivan Petrakov and U.S. astronaut Jo Kemp blasts off from Baikonur cosmodrome on Wednesday.",
])
def test_every_item_a_craft_carries_rode_it(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    for person in ("Remy Caron", "Ivan Petrakov", "Jo Kemp"):
        assert key(person, "launchVehicle", "Soyuz TMA-31") in found
    assert together(found, "Remy Caron", "Jo Kemp")


def test_a_with_list_ends_at_the_first_word_of_something_else(nlp: Language) -> None:
    found = keys(nlp, "Ron Ames launched with Ann Brill, the mission's commander, and met Ivan Petrakov on "
                      "the station.")
    assert together(found, "Ron Ames", "Ann Brill")
    assert not together(found, "Ron Ames", "Ivan Petrakov")


def test_a_release_dateline_is_a_place_not_the_one_who_launched(nlp: Language) -> None:
    found = keys(nlp, "Vellmar, Ardenia, December 3, 2018 – Today, Ardenian Space Agency astronaut Ron Ames "
                      "successfully launched to the space station with crewmates, NASA astronaut Ann Brill and "
                      "Roscosmos cosmonaut Ivan Petrakov.")
    assert key("Ron Ames", "launchDate", "2018-12-03") in found
    assert not any(k[0] == "Vellmar" and k[1] == "launchDate" for k in found)


@pytest.mark.parametrize("text", [
    "Remy Caron blasted off from Baikonur aboard a Soyuz TMA-31 spacecraft ferrying new station crewmembers "
    "Ivan Petrakov and Jo Kemp to their orbital home.",
    "Remy Caron lifted off on Sunday aboard a Soyuz TMA-31 capsule carrying NASA astronaut Ivan Petrakov and "
    "Roscosmos cosmonaut Jo Kemp.",
])
def test_those_the_craft_one_rides_carries_flew_with_him(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert together(found, "Remy Caron", "Ivan Petrakov")
    assert together(found, "Remy Caron", "Jo Kemp")


def test_a_craft_carrying_no_one_adds_no_companion(nlp: Language) -> None:
    found = keys(nlp, "Remy Caron blasted off on a rocket carrying a weather satellite built by Jo Kemp.")
    assert not together(found, "Remy Caron", "Jo Kemp")


@pytest.mark.parametrize("text", [
    "Roscosmos cosmonaut Oleg Dern and NASA astronauts Ann Brill and Jo Kemp landed in Kazakhstan on Monday.",
    "Russian cosmonaut Oleg Dern and U.S. astronauts Ann Brill and Jo Kemp touched down in Kazakhstan on Monday.",
])
def test_every_item_of_an_opening_list_did_it(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    for person in ("Oleg Dern", "Ann Brill", "Jo Kemp"):
        assert key(person, "landingSite", "Kazakhstan") in found
    assert together(found, "Oleg Dern", "Jo Kemp")


def test_a_name_before_the_list_in_another_phrase_is_no_item(nlp: Language) -> None:
    found = keys(nlp, "NASA said on Monday that astronauts Ann Brill and Jo Kemp landed in Kazakhstan. "
                      "Oleg Dern, their commander, stayed aboard.")
    assert key("Oleg Dern", "landingSite", "Kazakhstan") not in found
