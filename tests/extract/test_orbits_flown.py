"""A flight told by its orbits ("circled the Earth three times in the Aurora 7 spacecraft"):
the named craft is the one the person flew; a station orbited aboard, a craft circling while
the person looks on, something else circled or a denied orbit give no craft (invented names,
the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import Key, key
from tests.extract import reading

HEAD = "Pioneer astronaut remembered\n\n"


def facts(nlp: Language, text: str) -> set[Key]:
    return reading.keys(nlp, HEAD + text, "2031-06-10")


@pytest.mark.parametrize(("text", "craft"), [
    ("Dale Corrigan circled the Earth three times in the Soyuz TM-33 spacecraft on May 24, 1962.", "Soyuz TM-33"),
    ("Dale Corrigan orbited the Earth 22 times aboard Vostok-9.", "Vostok 9"),
    ("Aboard Soyuz TM-33, Dale Corrigan orbited the planet 14 times.", "Soyuz TM-33"),
    ("In 1963 Dale Corrigan circled the globe 48 times inside Vostok-9.", "Vostok 9"),
    ("Dale Corrigan, a former test pilot, circled the Earth 17 times in Vostok-9 before landing.", "Vostok 9"),
])
def test_the_craft_orbited_in_is_the_craft_flown(nlp: Language, text: str, craft: str) -> None:
    assert key("Dale Corrigan", "launchVehicle", craft, "reported") in facts(nlp, text)


@pytest.mark.parametrize("text", [
    "Dale Corrigan orbits the Earth aboard the International Space Station.",
    "The Soyuz TM-33 spacecraft circled the Earth 16 times on Monday while Dale Corrigan watched from Houston.",
    "Dale Corrigan circled the date of the Soyuz TM-33 launch in his calendar.",
    "Dale Corrigan never orbited the Earth aboard Vostok-9.",
])
def test_no_craft_flown(nlp: Language, text: str) -> None:
    assert not {k for k in facts(nlp, text) if k[0] == "dale corrigan" and k[1] == "launchVehicle"}
