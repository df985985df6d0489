"""Someone's trip "aboard" a craft ("X's 2029 mission aboard the shuttle Atlantis", "her trip
aboard Shenzhou-30") is the craft they launched on (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading

_PAGE = "2031-06-10"


@pytest.mark.parametrize(("text", "name", "craft", "modality"), [
    ("Ada Rinn's 2029 mission aboard the shuttle Atlantis took eight days.", "ada rinn", "space shuttle atlantis",
     "reported"),
    ("Ada Rinn's mission aboard Soyuz MS-40 lasted 186 days.", "ada rinn", "soyuz ms-40", "reported"),
    ("Ada Rinn flew twice. Her trip aboard Shenzhou-30 began in April.", "ada rinn", "shenzhou-30", "reported"),
    ("Tomas Kell's first flight aboard Soyuz MS-41 was a short one.", "tomas kell", "soyuz ms-41", "reported"),
    ("Tomas Kell's next flight aboard Soyuz MS-40 is planned for 2032.", "tomas kell", "soyuz ms-40", "planned"),
])
def test_the_owner_of_a_trip_aboard_rode_the_craft(nlp: Language, text: str, name: str, craft: str,
                                                   modality: str) -> None:
    assert (name, "launchVehicle", craft, modality) in reading.keys(nlp, text, _PAGE)


@pytest.mark.parametrize("text", [
    "Tomas Kell's stay aboard the International Space Station lasted a year.",  # a station is no ride
    "The mission aboard Soyuz MS-40 carried cargo, Tomas Kell said.",  # nobody's own trip
    "Tomas Kell's photos aboard Soyuz MS-40 went viral.",  # no trip
])
def test_no_ride_without_an_owned_trip_on_a_craft(nlp: Language, text: str) -> None:
    assert not {k for k in reading.keys(nlp, text, _PAGE) if k[1] == "launchVehicle" and k[0] == "tomas kell"}
