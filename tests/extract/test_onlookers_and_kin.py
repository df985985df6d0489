"""Those who look on at a launch or a landing did not fly it, and where someone's parents come
from is not where they come from. Invented names."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

FLIGHT = ("launchDate", "launchSite", "launchVehicle", "returnDate", "landingSite", "spacecraft")


keys = partial(reading.triples, published="2031-06-10")


@pytest.mark.parametrize("text", [
    "Dale Korvin watched the rocket lift off from Cape Canaveral on Tuesday.",
    "Thousands of spectators, including Senator Dale Korvin, watched the rocket lift off from Cape Canaveral.",
    "Dale Korvin watched as the capsule splashed down off the coast of Pensacola on Sunday.",
    "Dale Korvin watched and cheered as the Soyuz landed near Dzhezkazgan on Friday.",
    "From the roof of the control centre, Dale Korvin saw the spacecraft land near Dzhezkazgan on Friday.",
    "Dale Korvin watched the launch from the Kennedy Space Center on Tuesday.",
])
def test_an_onlooker_gets_no_flight(nlp: Language, text: str) -> None:
    assert not {k for k in keys(nlp, text) if k[0] == "dale korvin" and k[1] in FLIGHT}


@pytest.mark.parametrize("text", [
    "Dale Korvin watched as Soyuz MS-40 landed near Dzhezkazgan on Friday, carrying Ann Lee and Bo Tan.",
    "Ann Lee watched the sunrise from orbit and then landed near Dzhezkazgan on Friday.",
    "Ann Lee watched Earth from the station before she landed near Dzhezkazgan on Friday.",
])
def test_the_flyers_still_land(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert ("ann lee", "landingSite", "dzhezkazgan") in found
    assert not {k for k in found if k[0] == "dale korvin"}


@pytest.mark.parametrize("text", [
    "Ludo Varga's mother is originally from San Juan. Ludo Varga grew up in Boston.",
    "Ludo Varga was born in Boston. His father was originally from San Juan, Puerto Rico.",
    "Ludo Varga, whose mother came from San Juan, Puerto Rico, grew up in Boston.",
    "Ludo Varga's parents are from San Juan, Puerto Rico. He was raised in Boston.",
    "Ludo Varga's father grew up in San Juan. Varga himself grew up in Boston.",
    "Ludo Varga grew up in Boston. His grandparents were raised in San Juan.",
])
def test_a_parent_s_town_is_not_the_person_s(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert not {k for k in found if k[0] == "ludo varga" and k[2] == "san juan"}
    assert ("ludo varga", "hometown", "boston") in found or ("ludo varga", "birthPlace", "boston") in found


def test_a_parent_s_country_is_not_the_person_s_nationality(nlp: Language) -> None:
    found = keys(nlp, "Ludo Varga was born in Boston. His father was originally from Krakow, Poland.")
    assert ("ludo varga", "nationality", "poland") not in found
