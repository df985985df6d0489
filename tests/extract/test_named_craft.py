"""A crew naming the capsule it rides, with invented people (the capsules' names are ones the
gazetteer knows), and namings that give no craft."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading

keys = partial(reading.keys, published="2024-06-10")


@pytest.mark.parametrize(("text", "craft"), [
    ("NASA astronauts Ivo Brandt and Lena Voss named their Crew Dragon spacecraft Endeavour, in honour of an "
     "old shuttle.", "Endeavour"),
    ("Astronauts Ivo Brandt and Lena Voss have named their capsule Resilience.", "Resilience"),
    ("Ivo Brandt and Lena Voss christened their Dragon capsule Endurance on Monday.", "Endurance"),
])
def test_the_crew_that_named_its_capsule_rode_it(nlp: Language, text: str, craft: str) -> None:
    found = keys(nlp, text)
    assert key("Ivo Brandt", "launchVehicle", craft) in found
    assert key("Lena Voss", "launchVehicle", craft) in found


@pytest.mark.parametrize("text", [
    "Ivo Brandt named his daughter Grace.",
    "NASA named Ivo Brandt commander of Crew-21.",
    "The capsule, named Endurance, docked on Friday with Ivo Brandt's crew.",
    "Ivo Brandt did not name the capsule Endurance.",
])
def test_a_naming_that_gives_no_ride(nlp: Language, text: str) -> None:
    assert not any(k[1] == "launchVehicle" for k in keys(nlp, text))


@pytest.mark.parametrize(("text", "craft", "family"), [
    ("Remy Caron became Ardenia's first space tourist early Wednesday when he blasted off aboard a Russian Soyuz "
     "capsule. The Soyuz TMA-31 spacecraft carrying Caron blasted off from Baikonur.", "Soyuz TMA-31", "Soyuz"),
    ("Remy Caron rode the Soyuz MS-40 spacecraft to orbit. Caron flew aboard a Soyuz, as every station crew "
     "did then.", "Soyuz MS-40", "Soyuz"),
])
def test_a_crafts_family_name_is_no_second_ride_beside_the_craft(nlp: Language, text: str, craft: str,
                                                                  family: str) -> None:
    found = keys(nlp, text)
    assert key("Remy Caron", "launchVehicle", craft) in found
    assert key("Remy Caron", "launchVehicle", family) not in found


def test_a_family_name_alone_stays_the_ride(nlp: Language) -> None:
    assert key("Dov Tallo", "launchVehicle", "Soyuz") in keys(nlp, "Dov Tallo flew aboard a Russian Soyuz "
                                                                   "spacecraft in 2001.")
