"""A launch told by who sent the people up ("China sent A and B into space"), by whose craft
carried them ("X's capsule also carried A and B"), or as taking part in a flight ("took part
in a space flight on DATE"). Invented names."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

keys = partial(reading.triples, published="2031-06-10", reported=True)


@pytest.mark.parametrize("text", [
    "China sent Wen Hualong and Zhao Pengfei into space aboard Shenzhou 40 on Tuesday.",
    "On Tuesday, China sent three astronauts, Wen Hualong, Zhao Pengfei and Li Mei, into orbit on the "
    "Shenzhou 40 spacecraft.",
    "The China Manned Space Agency sent Wen Hualong and Zhao Pengfei to space on Shenzhou 40 on Tuesday.",
    "SpaceX flew four private astronauts, Wen Hualong, Zhao Pengfei, Tom Quill and Dale Korvin, into orbit on "
    "Shenzhou 40 on Tuesday.",
    "Russia sent cosmonauts Wen Hualong and Zhao Pengfei into orbit aboard Shenzhou 40 on Tuesday.",
])
def test_those_sent_up_launched(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert {("wen hualong", "launchDate", "2031-06-10"), ("zhao pengfei", "launchDate", "2031-06-10"),
            ("shenzhou-40", "crewMember", "wen hualong")} <= found


@pytest.mark.parametrize("text", [
    "Ann Lee said the agency sent a probe into space on Tuesday.",
    "The rocket carried a weather satellite into orbit on Tuesday, Ann Lee said.",
    "Ann Lee told reporters that China flew a cargo ship to orbit on Tuesday.",
])
def test_a_thing_sent_up_is_no_one_s_launch(nlp: Language, text: str) -> None:
    assert not {k for k in keys(nlp, text) if k[1].startswith("launch")}


@pytest.mark.parametrize("text", [
    "Tom Quill commanded Soyuz MS-40. Quill's capsule also carried Ann Lee and Bo Tan.",
    "Tom Quill flew Soyuz MS-40 to the station. His spacecraft also carried Ann Lee and Bo Tan.",
    "Tom Quill's capsule carried Ann Lee and Bo Tan.",
    "Tom Quill's Soyuz spacecraft carried two cosmonauts, Ann Lee and Bo Tan.",
    "Tom Quill's ship also carried Ann Lee, a physician, and Bo Tan.",
])
def test_those_a_person_s_craft_carried_flew_with_them(nlp: Language, text: str) -> None:
    assert {("ann lee", "flewWith", "tom quill"), ("bo tan", "flewWith", "tom quill")} <= keys(nlp, text)


def test_a_craft_that_carried_people_in_a_relative_clause_is_their_launch_vehicle(nlp: Language) -> None:
    found = keys(nlp, "Tom Quill commanded Soyuz MS-40, which also carried Ann Lee and Bo Tan to the station.")
    assert {("ann lee", "launchVehicle", "soyuz ms-40"), ("bo tan", "launchVehicle", "soyuz ms-40")} <= found


@pytest.mark.parametrize("text, day", [
    ("Ludo Varga took part in a space flight on June 3, 1984.", "1984-06-03"),
    ("Ludo Varga took part in a manned space flight for the USSR on June 27, 1978.", "1978-06-27"),
    ("Ludo Varga, who took part in a space flight on June 3, 1984, died on Tuesday.", "1984-06-03"),
    ("Ludo Varga took part in a space flight in 1984 and retired in 1990.", "1984"),
    ("Ludo Varga took part in his first space flight on June 3, 1984.", "1984-06-03"),
    ("On June 3, 1984, Ludo Varga took part in a space flight.", "1984-06-03"),
])
def test_taking_part_in_a_space_flight_is_a_launch(nlp: Language, text: str, day: str) -> None:
    assert ("ludo varga", "launchDate", day) in keys(nlp, text)


@pytest.mark.parametrize("text", [
    "Ludo Varga took part in a conference on space flight on June 3, 2030.",
    "Ludo Varga took part in the training for a space flight on June 3, 2030.",
])
def test_taking_part_in_something_else_is_not(nlp: Language, text: str) -> None:
    assert not {k for k in keys(nlp, text) if k[1] == "launchDate"}
