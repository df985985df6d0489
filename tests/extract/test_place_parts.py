"""A place named by the city it lies in ("the San Diego suburb of La Jolla") is the part, not
the city (invented names, the session ``nlp``)."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading

keys = partial(reading.keys, published="2021-07-22")


@pytest.mark.parametrize(("text", "predicate", "place", "city"), [
    ("Ada Rinn died at her home in the San Diego suburb of La Jolla. She was 61.", "deathPlace", "La Jolla",
     "San Diego"),
    ("Tomas Kell was born in the Chicago suburb of Oak Park in 1950.", "birthPlace", "Oak Park", "Chicago"),
    ("Omar Haddad was born in the Leningrad district of Kolpino.", "birthPlace", "Kolpino", "Leningrad"),
])
def test_the_part_of_a_city_is_the_place(nlp: Language, text: str, predicate: str, place: str, city: str) -> None:
    found = keys(nlp, text)
    person = text.split(" died")[0].split(" was")[0]
    assert key(person, predicate, place) in found
    assert key(person, predicate, city) not in found


def test_a_suburb_with_no_name_leaves_the_city(nlp: Language) -> None:
    assert key("Lena Voss", "deathPlace", "Houston") in keys(nlp, "Lena Voss died on Tuesday in a Houston suburb.")


@pytest.mark.parametrize(("text", "person", "predicate", "place", "region"), [
    ("A Soyuz capsule carrying Bob Tarn made a parachute landing on the steppe near the Kazakh city of "
     "Zhezkazgan on Saturday.", "Bob Tarn", "landingSite", "Dzhezkazgan", "Kazakhstan"),
    ("Tom Brisk splashed down near the Florida city of Pensacola.", "Tom Brisk", "landingSite", "Pensacola",
     "Florida"),
    ("Tom Brisk was born in the Texas town of Wheeler.", "Tom Brisk", "birthPlace", "Wheeler", "Texas"),
    ("Mia Korr was born in the Russian village of Klushino in 1934.", "Mia Korr", "birthPlace", "Klushino",
     "Russia"),
])
def test_a_town_named_with_its_region_is_the_place(nlp: Language, text: str, person: str, predicate: str,
                                                   place: str, region: str) -> None:
    found = keys(nlp, text)
    assert key(person, predicate, place) in found
    assert key(person, predicate, region) not in found
    assert key(region, "locatedIn", place) not in found  # the town is in the region, not the other way


@pytest.mark.parametrize("text", [
    "The shuttle carrying Lena Hask touched down safely at Edwards Air Force Base in California on June 24, 1985.",
    "Lena Hask landed at Edwards Air Force Base in California on Monday.",
])
def test_an_air_force_base_is_the_landing_site(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Lena Hask", "landingSite", "Edwards Air Force Base") in found
    assert key("Lena Hask", "landingSite", "California") not in found
    assert key("Edwards Air Force Base", "locatedIn", "California") in found


def test_a_name_the_parse_hangs_beside_another_in_a_carried_list_is_carried(nlp: Language) -> None:
    text = ("A Soyuz capsule carrying Nasa's Tim Rusk, Tom Brisk of the European Space Agency, and Ivan Petrov "
            "of Roscosmos, made a safe parachute landing on the steppe near the Kazakh city of Zhezkazgan.")
    found = keys(nlp, text)
    assert key("Tim Rusk", "landingSite", "Dzhezkazgan") in found
    assert key("Tom Brisk", "landingSite", "Dzhezkazgan") in found


@pytest.mark.parametrize("text", [
    "Tom Brisk launched on Friday. About 600 people gathered for a public screening in Brisk's hometown of "
    "Kawakami, Nagano Prefecture.",
    "Tom Brisk launched on Friday. People gathered in his hometown of Kawakami to watch.",
])
def test_a_hometown_of_an_unknown_name_is_a_place(nlp: Language, text: str) -> None:
    assert key("Tom Brisk", "hometown", "Kawakami") in keys(nlp, text)


@pytest.mark.parametrize(("text", "person", "predicate", "place", "region"), [
    ("Remy Caron, best known as a circus founder, was born in Quebec City to a middle-class family.", "Remy Caron",
     "birthPlace", "Quebec City", "Quebec"),
    ("Jon Harlan was born in Mexico City in 1961.", "Jon Harlan", "birthPlace", "Mexico City", "Mexico"),
    ("Ivo Dern, a native of Oklahoma City, joined the agency in 2009.", "Ivo Dern", "hometown", "Oklahoma City",
     "Oklahoma"),
    ("Lena Voss grew up in Kansas City.", "Lena Voss", "hometown", "Kansas City", "Kansas"),
])
def test_a_city_named_after_its_region_is_the_city(nlp: Language, text: str, person: str, predicate: str,
                                                   place: str, region: str) -> None:
    found = keys(nlp, text)
    assert key(person, predicate, place) in found
    assert key(person, predicate, region) not in found
    assert key(person, "nationality", region) not in found  # Mexico City names no country of hers
