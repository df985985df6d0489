"""A rocket that "put the X spacecraft into orbit" carried the crew in that craft: the people
rode X, not the rocket; and a craft's family name before "rocket" ("a Soyuz rocket") is the
rocket, no flight with a date of its own. Invented names, several phrasings."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

triples = partial(reading.triples, published="2031-03-23")

_CREW = " Aboard are commander Oleg Virov of Roscosmos, Nadia Petrenko and NASA's Wade Orlin."


@pytest.mark.parametrize("launch", [
    "The Soyuz-2.1a lifted off from the Baikonur Cosmodrome on Saturday and put the Soyuz MS-40 spacecraft into "
    "orbit about nine minutes later.",
    "The Soyuz-2.1a blasted off from Baikonur at 3:36 p.m. on Saturday and placed the Soyuz MS-40 spacecraft in "
    "orbit nine minutes later.",
    "A Soyuz-2.1a rocket rose from Site 31 at Baikonur on Saturday and put the Soyuz MS-40 into orbit.",
    "On Saturday the Soyuz-2.1a lifted off from the Baikonur Cosmodrome, then inserted the Soyuz MS-40 ship into "
    "orbit.",
    "The Soyuz-2.1a roared off the pad at Baikonur on Saturday and put the Soyuz MS-40 capsule into orbit.",
])
def test_the_craft_put_in_orbit_is_the_crew_s(nlp: Language, launch: str) -> None:
    found = {t for t in triples(nlp, launch + _CREW) if t[1] == "launchVehicle"}
    for one in ("oleg virov", "nadia petrenko", "wade orlin"):
        assert (one, "launchVehicle", "soyuz ms-40") in found
        assert (one, "launchVehicle", "soyuz-2.1a") not in found


@pytest.mark.parametrize("text", [
    "A Russian Soyuz rocket carrying three people blasted off for the station from Kazakhstan on Saturday.",
    "A Soyuz rocket carrying a Russian and an American lifted off from Baikonur on Saturday.",
])
def test_a_family_name_before_rocket_has_no_launch_of_its_own(nlp: Language, text: str) -> None:
    assert not {t for t in triples(nlp, text + _CREW) if t[0] == "soyuz" and t[1].startswith("launch")}


def test_a_cargo_ship_put_in_orbit_carried_no_one(nlp: Language) -> None:
    text = ("Oleg Virov and Wade Orlin have lived on the station since March. A Soyuz-2.1a lifted off from Baikonur "
            "on Saturday and put the Progress MS-40 cargo ship into orbit.")
    assert not {t for t in triples(nlp, text) if t[1] in ("launchVehicle", "launchDate")
                and t[0] in ("oleg virov", "wade orlin")}
