"""A flight told in a clause set before or after the story's event ("launched on Friday, six
months after B flew up on the Soyuz MS-39") does not take that event's date; a flight home
("will fly home on the Soyuz MS-39") names no launch craft. Invented names, several phrasings."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

triples = partial(reading.triples, published="2031-06-10")


@pytest.mark.parametrize("text", [
    "Wade Orlin launched aboard the Soyuz MS-40 on Friday, six months after Ken Morrow flew up on the Soyuz MS-39.",
    "Wade Orlin lifted off on Friday, a year after Ken Morrow flew to the station aboard the Soyuz MS-39.",
    "Wade Orlin blasted off from Baikonur on Friday, two weeks before Ken Morrow flies up on the Soyuz MS-41.",
    "On Friday Wade Orlin launched to the station, long after Ken Morrow first flew on the shuttle Atlantis.",
    "Wade Orlin rode a Soyuz to orbit on Friday, three years after Ken Morrow flew aboard the Soyuz MS-30.",
])
def test_a_flight_told_before_or_after_takes_not_the_story_s_date(nlp: Language, text: str) -> None:
    found = triples(nlp, text)
    assert ("wade orlin", "launchDate", "2031-06-06") in found
    assert not {t for t in found if t[0] == "ken morrow" and t[1] == "launchDate"}


@pytest.mark.parametrize("text", [
    "Wade Orlin rode the Soyuz MS-40 to the station on Friday. Ken Morrow will fly home on the Soyuz MS-39 next "
    "week.",
    "Ken Morrow flew back to Earth aboard the Soyuz MS-39 on Friday.",
])
def test_a_flight_home_names_no_launch_craft(nlp: Language, text: str) -> None:
    assert not {t for t in triples(nlp, text) if t[0] == "ken morrow" and t[1] == "launchVehicle"}


def test_a_flight_up_still_names_its_craft(nlp: Language) -> None:
    text = "Ken Morrow will fly to the station on the Soyuz MS-41 next week."
    assert ("ken morrow", "launchVehicle", "soyuz ms-41") in triples(nlp, text)


def test_a_flight_home_still_names_who_flew_with_whom(nlp: Language) -> None:
    text = ("Wade Orlin rode the Soyuz MS-40 to the station on Friday. Ken Morrow will stay until September and fly "
            "home with Nadia Petrenko and Li Wen.")
    found = reading.keys(nlp, text, published="2031-06-10")
    assert {k for k in found if k[0] == "ken morrow" and k[1] == "flewWith"} >= {
        ("ken morrow", "flewWith", "nadia petrenko", "planned"), ("ken morrow", "flewWith", "li wen", "planned")}
