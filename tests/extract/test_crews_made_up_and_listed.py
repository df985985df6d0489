""""A, B and C make up the X crew", "A and B formed the crew of X", "Completing the X crew are A
and B", a crew listed after a colon with each name's role or description before it ("The X
crew: commander A, pilot B and Spanish astronaut C") or in a picture's order ("The crew of X,
from left, A, B and C, stand ..."): each named person is in the flight's crew; not a backup
crew, not a share of the crew, and a crew still to fly is planned. Invented names, the
session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading

_PAGE = "2031-06-10"


def _crew(nlp: Language, text: str) -> set[tuple[str, str, str, str]]:
    return {k[:4] for k in reading.keys(nlp, text, _PAGE) if k[0] == "sts-195" and k[1] == "crewMember"}


@pytest.mark.parametrize("text", [
    "Commander Carl Dunn, pilot Ed Fox and Spanish astronaut Luis Mora make up the STS-195 crew.",
    "Carl Dunn, Ed Fox and Luis Mora made up the crew of STS-195.",
    "Carl Dunn, Ed Fox and Luis Mora formed the STS-195 crew.",
    "The STS-195 crew: commander Carl Dunn, pilot Ed Fox and Spanish astronaut Luis Mora.",
    "The STS-195 crew are commander Carl Dunn, pilot Ed Fox and Spanish astronaut Luis Mora.",
    "Completing the STS-195 crew are Carl Dunn, Ed Fox and Luis Mora.",
    "Also on the STS-195 crew were Ed Fox and Luis Mora, NASA said.",
])
def test_each_one_listed_is_in_the_crew(nlp: Language, text: str) -> None:
    found = {k[2] for k in _crew(nlp, text)}
    assert {"ed fox", "luis mora"} <= found


def test_a_crew_still_to_fly_is_planned(nlp: Language) -> None:
    found = _crew(nlp, "Carl Dunn and Ed Fox will make up the STS-195 crew next year.")
    assert ("sts-195", "crewMember", "ed fox", "planned") in found
    assert ("sts-195", "crewMember", "ed fox", "reported") not in found


@pytest.mark.parametrize("text", [
    "Carl Dunn and Ed Fox make up the STS-195 backup crew.",
    "The STS-195 backup crew includes Carl Dunn and Ed Fox.",
    "Completing the STS-195 backup crew are Carl Dunn and Ed Fox.",
    "Also in the STS-195 crew photo are Carl Dunn and Ed Fox.",
    "Women make up a third of the STS-195 crew, Carl Dunn and Ed Fox said.",
    "The STS-195 crew: NASA administrator Carl Dunn praised the work.",
])
def test_no_crew_for_others(nlp: Language, text: str) -> None:
    assert not _crew(nlp, text)


@pytest.mark.parametrize("text", [
    "The crew for the Apollo 19 manned lunar landing mission, from left; Carl Dunn, Jr., Ed Fox, and Luis Mora, "
    "stand near a mock-up of the lander.",
    "The Apollo 19 crew, from left, Carl Dunn, Ed Fox and Luis Mora, pose in front of the rocket.",
    "The crew of Apollo 19, left to right: Carl Dunn, Ed Fox and Luis Mora.",
])
def test_a_pictured_crew_in_its_order(nlp: Language, text: str) -> None:
    found = {k[2] for k in reading.keys(nlp, text, _PAGE) if k[:2] == ("apollo 19", "crewMember")}
    assert {"ed fox", "luis mora"} <= found


@pytest.mark.parametrize("text", [
    "The Apollo 19 crew, Carl Dunn said, trained for two years with Ed Fox and Luis Mora.",
    "The crew of Apollo 19, from left, was greeted by Carl Dunn and Ed Fox.",
])
def test_no_pictured_crew_without_its_order(nlp: Language, text: str) -> None:
    found = {k[2] for k in reading.keys(nlp, text, _PAGE) if k[:2] == ("apollo 19", "crewMember")}
    assert not found & {"carl dunn", "ed fox"}
