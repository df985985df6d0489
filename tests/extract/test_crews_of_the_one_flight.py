"""Crews told the ways reporters tell who flew, tied to the article's flight only when that
flight is clear (invented names, the session ``nlp``): "On board with her were A and B" after
the one numbered craft the story names; "The Soyuz MS-90 crew are A, B and C"; "steered the
Soyuz MS-90 also carrying A and B". Not when two flights are named, not a backup crew, not
the people already aboard the station."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading

_PAGE = "2031-06-10"


def _rode(found: set[tuple[str, str, str]], name: str, craft: str) -> bool:
    return (craft, "crewMember", name) in found or (name, "launchVehicle", craft) in found


@pytest.mark.parametrize("text", [
    "Carla Windham took off on Monday on a Russian rocket bound for the station. Windham was accompanied by a "
    "crew of two on the Soyuz MS-90 capsule. She said she was happy. On board with Windham were cosmonaut "
    "Ivan Dobrenko and astronaut Pieter Vanlaar, who were to join the station's crew.",
    "The Soyuz MS-90 capsule took off from Baikonur at dawn. On board with her were cosmonaut Ivan Dobrenko "
    "and astronaut Pieter Vanlaar.",
    "Soyuz MS-90 reached orbit nine minutes after liftoff. Aboard with Carla Windham were Ivan Dobrenko and "
    "Pieter Vanlaar.",
])
def test_those_on_board_with_someone_rode_the_one_flight(nlp: Language, text: str) -> None:
    found = reading.triples(nlp, text, _PAGE)
    for name in ("ivan dobrenko", "pieter vanlaar"):
        assert _rode(found, name, "soyuz ms-90")


@pytest.mark.parametrize("text", [
    "The Soyuz MS-90 capsule undocked from the station as Soyuz MS-91 took off. On board with Carla Windham "
    "were Ivan Dobrenko and Pieter Vanlaar.",  # two flights: not told which
    "The Soyuz MS-90 capsule took off from Baikonur at dawn. On board the station with Carla Windham were "
    "Ivan Dobrenko and Pieter Vanlaar.",  # the station's people
])
def test_those_on_board_ride_no_flight_that_is_not_clear(nlp: Language, text: str) -> None:
    found = reading.triples(nlp, text, _PAGE)
    for name in ("ivan dobrenko", "pieter vanlaar"):
        for craft in ("soyuz ms-90", "soyuz ms-91"):
            assert not _rode(found, name, craft)


@pytest.mark.parametrize("text", [
    "The Soyuz MS-90 crew are Russia's Ivan Dobrenko, the United States' Carla Windham and the European "
    "Space Agency's Pieter Vanlaar.",
    "A rocket lifted off from Baikonur on Monday. The Soyuz MS-90 crew is Ivan Dobrenko, Carla Windham and "
    "Pieter Vanlaar.",
    "The Soyuz MS-90 crew were cosmonaut Ivan Dobrenko, astronaut Carla Windham and Pieter Vanlaar.",
])
def test_a_numbered_crafts_crew_rode_it(nlp: Language, text: str) -> None:
    found = reading.triples(nlp, text, _PAGE)
    for name in ("ivan dobrenko", "carla windham", "pieter vanlaar"):
        assert _rode(found, name, "soyuz ms-90")


@pytest.mark.parametrize("text", [
    "The Soyuz MS-90 backup crew are Ivan Dobrenko, Carla Windham and Pieter Vanlaar.",
    "The Soyuz crew are Ivan Dobrenko, Carla Windham and Pieter Vanlaar.",  # a kind of craft, not one flight
])
def test_no_backup_crew_nor_a_kind_of_craft(nlp: Language, text: str) -> None:
    found = reading.triples(nlp, text, _PAGE)
    assert not any(("launchVehicle" in k or "crewMember" in k) and "carla windham" in k for k in found)


@pytest.mark.parametrize("text", [
    "Veteran cosmonaut Ivan Dobrenko safely steered the Soyuz MS-90 also carrying Carla Windham and Pieter "
    "Vanlaar to a docking at the station on Tuesday.",
    "Crowds watched the Soyuz MS-90 carrying Carla Windham and Pieter Vanlaar climb into the sky.",
])
def test_a_named_craft_told_carrying_people_took_them(nlp: Language, text: str) -> None:
    found = reading.triples(nlp, text, _PAGE)
    for name in ("carla windham", "pieter vanlaar"):
        assert _rode(found, name, "soyuz ms-90")


@pytest.mark.parametrize("text", [
    "Rescuers reached the Soyuz MS-90 carrying Carla Windham and Pieter Vanlaar back to Earth.",
    "The Soyuz MS-90 carrying Carla Windham and Pieter Vanlaar landed on the steppe on Tuesday.",
])
def test_a_craft_carrying_people_home_is_not_the_one_they_went_up_in(nlp: Language, text: str) -> None:
    found = reading.triples(nlp, text, _PAGE)
    assert ("carla windham", "launchVehicle", "soyuz ms-90") not in found


@pytest.mark.parametrize("text", [
    "The spacecraft Soyuz 90 had a crew of three cosmonauts, including flight commander Ivan Dobrenko, his "
    "co-pilot Carla Windham, scientists Pieter Vanlaar, and French flight engineer Jon Mercier.",
    "The Soyuz 90 spacecraft had a crew of three, Ivan Dobrenko, Carla Windham and Pieter Vanlaar.",
    "Soyuz 90 lifted off from Baikonur. The capsule had a crew of three: Ivan Dobrenko, Carla Windham and "
    "Pieter Vanlaar.",
])
def test_the_crew_a_craft_had_rode_it(nlp: Language, text: str) -> None:
    found = reading.triples(nlp, text, _PAGE)
    for name in ("ivan dobrenko", "carla windham", "pieter vanlaar"):
        assert _rode(found, name, "soyuz 90")


def test_no_backup_crew_nor_a_crew_on_the_ground(nlp: Language) -> None:
    for text in ("The Soyuz 90 spacecraft had a backup crew of three, Ivan Dobrenko, Carla Windham and Pieter "
                 "Vanlaar.", "Ivan Dobrenko had a crew of engineers at the plant, among them Carla Windham."):
        found = reading.triples(nlp, text, _PAGE)
        assert not any(k[1] in ("launchVehicle", "spacecraft") and k[0] == "carla windham" for k in found)


def test_not_the_one_the_crew_replaced(nlp: Language) -> None:
    found = reading.triples(nlp, "The Soyuz 90 spacecraft had a crew of three, Ivan Dobrenko, Carla Windham and "
                                 "Pieter Vanlaar, who replaced Karl Osmund.", _PAGE)
    assert _rode(found, "pieter vanlaar", "soyuz 90")
    assert not _rode(found, "karl osmund", "soyuz 90")


def test_the_crew_a_craft_had_as_it_landed_rode_it_home(nlp: Language) -> None:
    found = reading.triples(nlp, "Soyuz 90 touched down on the steppe. The capsule had a crew of three, Ivan "
                                 "Dobrenko, Carla Windham and Pieter Vanlaar.", _PAGE)
    assert ("carla windham", "spacecraft", "soyuz 90") in found
    assert ("carla windham", "launchVehicle", "soyuz 90") not in found


@pytest.mark.parametrize("text", [
    "The Soyuz TM-90 spacecraft, carrying Ivan Dobrenko, Carla Windham and Pieter Vanlaar, docked with Mir on "
    "Friday.",
    "The crew of Soyuz TM-90, Ivan Dobrenko and Carla Windham, docked with Mir on Friday.",
    "The crew of Soyuz TM-90 -- Ivan Dobrenko and Carla Windham -- reached Mir on Friday.",
])
def test_a_crew_set_off_beside_its_named_craft_rode_it(nlp: Language, text: str) -> None:
    found = reading.triples(nlp, text, _PAGE)
    for name in ("ivan dobrenko", "carla windham"):
        assert _rode(found, name, "soyuz tm-90")


@pytest.mark.parametrize("text", [
    "The backup crew of Soyuz TM-90, Ivan Dobrenko and Carla Windham, watched the docking with Mir on Friday.",
    "The crew of Soyuz TM-90, Ivan Dobrenko said, docked with Mir on Friday after Carla Windham waved.",
])
def test_no_backup_crew_nor_a_lone_name_set_off(nlp: Language, text: str) -> None:
    found = reading.triples(nlp, text, _PAGE)
    assert not _rode(found, "carla windham", "soyuz tm-90")


@pytest.mark.parametrize("text", [
    "The Soyuz MS-90 spacecraft made an emergency landing on Thursday after its rocket failed. Both crew "
    "members, Roscosmos cosmonaut Ivan Dobrenko and NASA astronaut Carla Windham, were recovered in good condition.",
    "Soyuz MS-90 lifted off on Monday. The crew members, Ivan Dobrenko and Carla Windham, are both rookies.",
    "Soyuz MS-90 lifted off on Monday. All three crew members, Ivan Dobrenko, Carla Windham and Pieter Vanlaar, "
    "are veterans.",
])
def test_crew_members_set_off_are_the_one_flights(nlp: Language, text: str) -> None:
    found = reading.triples(nlp, text, _PAGE)
    for name in ("ivan dobrenko", "carla windham"):
        assert _rode(found, name, "soyuz ms-90") or (name, "spacecraft", "soyuz ms-90") in found


@pytest.mark.parametrize("text", [
    "Soyuz MS-90 docked with the station, where Soyuz MS-91 was parked. Both crew members, Ivan Dobrenko and "
    "Carla Windham, were well.",  # two flights: not told which
    "Soyuz MS-90 docked with the station on Monday. The station's crew members, Ivan Dobrenko and Carla "
    "Windham, opened the hatch.",  # the station's people
    "Soyuz MS-90 lifted off on Monday. The backup crew members, Ivan Dobrenko and Carla Windham, watched.",
])
def test_crew_members_of_no_clear_flight_nor_the_stations_nor_a_backup(nlp: Language, text: str) -> None:
    found = reading.triples(nlp, text, _PAGE)
    for craft in ("soyuz ms-90", "soyuz ms-91"):
        assert not _rode(found, "carla windham", craft) and ("carla windham", "spacecraft", craft) not in found


@pytest.mark.parametrize(("text", "other"), [
    ("Soyuz MS-90 had a crew of three, according to flight director Ann Lark.", "Ann Lark"),
    ("The shuttle Vela had a crew of seven, and agency spokesman Bram Hollis said the landing went well.",
     "Bram Hollis"),
])
def test_a_name_after_a_crew_s_size_in_a_clause_of_its_own_is_no_rider(nlp: Language, text: str,
                                                                         other: str) -> None:
    found = reading.triples(nlp, text, published=_PAGE)
    assert not {t for t in found if t[0] == other.lower() and t[1] in ("launchVehicle", "spacecraft")}
