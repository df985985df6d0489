"""A seat titled by a kind of craft ("Soyuz Commander X", "the Dragon commander") is on the
numbered craft the sentence names ("... undocked their Soyuz TMA-40M spacecraft"), never on
"Soyuz" itself; with no numbered craft named, it is on no flight. A craft's own name
("Endeavour") still names the one craft. Invented names."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.frames.crafts import a_kind
from tests.extract import reading

keys = partial(reading.triples, published="2031-06-10")


@pytest.mark.parametrize("text", [
    "Station Commander Tom Quill of NASA and Soyuz Commander Ivan Petrov and Flight Engineer Oleg Lanin of "
    "Roscosmos undocked their Soyuz TMA-40M spacecraft from the space station and landed in Kazakhstan.",
    "Soyuz Commander Ivan Petrov and Flight Engineer Oleg Lanin landed their Soyuz TMA-40M spacecraft on Friday.",
    "Soyuz commander Ivan Petrov and flight engineer Oleg Lanin rode the Soyuz TMA-40M spacecraft home.",
])
def test_a_kind_of_craft_s_seat_is_on_the_numbered_craft_named(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert {("soyuz tma-40m", "commander", "ivan petrov"), ("ivan petrov", "crewRole", "commander")} <= found
    assert not {k for k in found if k[0] == "soyuz"}


@pytest.mark.parametrize("text", [
    "Soyuz Commander Ivan Petrov waved to the crowd.",
    "The Soyuz commander, Ivan Petrov, waved to the crowd.",
])
def test_a_kind_of_craft_alone_names_no_flight(nlp: Language, text: str) -> None:
    assert not {k for k in keys(nlp, text) if k[1] in ("commander", "crewMember")}


@pytest.mark.parametrize("text", [
    "Petrov served as the commander of the Soyuz vehicle and Quill was the commander of Expedition 90.",
    "Ivan Petrov was commander of the Soyuz, and Tom Quill led the station crew.",
    "As commander of the Soyuz spacecraft, Ivan Petrov sat in the centre seat.",
])
def test_a_seat_of_a_kind_of_craft_told_with_of_names_no_flight(nlp: Language, text: str) -> None:
    """ "commander of the Soyuz vehicle" says which kind of craft, not which flight."""
    assert not {k for k in keys(nlp, text) if k[0] == "soyuz"}


def test_a_seat_of_a_kind_told_with_of_is_on_the_numbered_craft_named(nlp: Language) -> None:
    found = keys(nlp, "Ivan Petrov, the commander of the Soyuz spacecraft, flew Soyuz TMA-40M to the station.")
    assert ("soyuz tma-40m", "commander", "ivan petrov") in found
    assert not {k for k in found if k[0] == "soyuz"}


def test_the_station_commander_beside_them_is_no_seat_on_the_craft(nlp: Language) -> None:
    found = keys(nlp, "Station Commander Tom Quill of NASA and Soyuz Commander Ivan Petrov undocked their "
                      "Soyuz TMA-40M spacecraft from the space station.")
    assert ("soyuz tma-40m", "commander", "tom quill") not in found


def test_a_capsule_s_own_name_is_still_its_flight(nlp: Language) -> None:
    found = keys(nlp, "The Crew Dragon Endeavour carried Tom Quill and Ann Lee. The pilot, Ann Lee, waved.")
    assert ("endeavour", "crewMember", "ann lee") in found


def test_the_capsule_s_commander_is_the_story_s_flight_s(nlp: Language) -> None:
    found = keys(nlp, "Ann Lee and Bo Tan flew home on Crew-40 with Tom Quill. They had launched on Starliner in "
                      "June.\n\nTom Quill, the capsule's commander, waved.")
    assert ("tom quill", "crewRole", "commander") in found
    assert ("starliner", "commander", "tom quill") not in found


@pytest.mark.parametrize("name", ["Soyuz", "SOYUZ", "Crew Dragon", "crew dragon", "Starliner", "Space Shuttle",
                                  "shuttle", "Shenzhou", "Orion"])
def test_kinds_of_craft_are_one_list_in_any_case(name: str) -> None:
    """The seats' and the landings' test of a kind of craft (extract.frames.crafts.a_kind)."""
    assert a_kind(name)


@pytest.mark.parametrize("name", ["Soyuz TMA-40M", "Endeavour", "Space Shuttle Atlantis", "Shenzhou-40", "Faith 7"])
def test_a_flight_or_a_capsule_is_no_kind_of_craft(name: str) -> None:
    assert not a_kind(name)
