"""A seat told "onboard" a numbered craft is on that craft as "aboard" is ("as flight engineer
onboard Soyuz MS-40"), and those the seat's verb names beside its holder ("together with A and
B", "with A and B") flew it too; someone named otherwise in the sentence did not. Invented
names."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

keys = partial(reading.triples, published="2031-06-10")


@pytest.mark.parametrize("text", [
    "Ann Lee was born in 1980.\n\nShe started her first space flight on September 26, 2030 going to space as "
    "flight engineer onboard Soyuz MS-40 spacecraft together with Roscosmos cosmonaut Ivan Petrov and NASA "
    "astronaut Tom Quill.",
    "Ann Lee flew as flight engineer onboard Soyuz MS-40 with Ivan Petrov and Tom Quill.",
    "Ann Lee flew as flight engineer aboard the Soyuz MS-40 spacecraft together with Ivan Petrov and Tom Quill.",
])
def test_a_seat_onboard_a_craft_and_those_beside_it(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert {("ann lee", "crewRole", "flight engineer"), ("soyuz ms-40", "crewMember", "ann lee"),
            ("soyuz ms-40", "crewMember", "ivan petrov"), ("soyuz ms-40", "crewMember", "tom quill")} <= found


@pytest.mark.parametrize("text", [
    "Ann Lee flew as flight engineer onboard Soyuz MS-40 and later met Tom Quill.",
    "Ann Lee served as flight engineer on Soyuz MS-40, replacing Tom Quill.",
    "Ann Lee served as flight engineer on Soyuz MS-40 with her husband Tom Quill watching from Earth.",
])
def test_others_named_beside_a_seat_did_not_fly(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert ("soyuz ms-40", "crewMember", "ann lee") in found
    assert ("soyuz ms-40", "crewMember", "tom quill") not in found


def test_a_seat_onboard_a_kind_of_craft_is_on_no_flight(nlp: Language) -> None:
    found = keys(nlp, "Ann Lee flew as flight engineer onboard a Soyuz together with Ivan Petrov.")
    assert not {k for k in found if k[1] == "crewMember"}


def test_those_beside_a_seat_of_an_earlier_flight_are_no_crew_of_the_story_s(nlp: Language) -> None:
    """ "had flown ... as pilot alongside B": the seat, told in the past perfect, falls to the
    story's flight only for want of another; B flew the earlier one."""
    found = keys(nlp, "STS-140 lifted off on Monday with Ann Lee and Ivan Petrov aboard. Lee had flown the glider "
                      "Kestrel as pilot alongside Tom Quill during the drop tests in 2027.")
    assert ("sts-140", "crewMember", "tom quill") not in found
