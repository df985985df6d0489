"""A flight ridden down is a flight ridden: "returned home on STS-124", "came back aboard the
STS-311 mission" put the flyer in its crew, though they went up on another. "On which mission
did X return home?" asks for the one flight of a trip: several flights of X's crews, which say
nothing of the trip, are refused, while "Which missions did X fly on?" lists them all. Invented
names, read by the real extractor."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.questions import Asker
from tests.extract import reading
from tests.factories import labels
from tests.fixtures.read import asker_for

_TEXT = ("Ann Lee launched on STS-310 in March. She came back aboard the STS-311 mission in May. "
         "Bo Dart flew on STS-320 in 2009.")


@pytest.fixture(scope="module")
def trips(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Asker]:
    with asker_for(nlp, tmp_path_factory, _TEXT, "2010-03-01") as asker:
        yield asker


@pytest.mark.parametrize("text", [
    "Garrett Rees launched with the STS-123 crew and returned home on STS-124 in 2008.",
    "Garrett Rees went up on STS-123. He came back aboard STS-124 three months later.",
    "Garrett Rees returned to Earth on the STS-124 mission after three months on the station.",
])
def test_the_flight_ridden_down_is_a_crew(nlp: Language, text: str) -> None:
    found = reading.keys(nlp, text, published="2008-07-01")
    assert ("sts-124", "crewMember", "garrett rees", "reported") in found


@pytest.mark.parametrize("text", [
    "Garrett Rees returned on Tuesday from STS-124.",
    "Garrett Rees returned to Houston on Friday, three days after the STS-124 landing.",
    "Garrett Rees returned to Earth with the STS-124 astronauts.",
])
def test_no_crew_of_a_flight_not_ridden_down(nlp: Language, text: str) -> None:
    found = reading.keys(nlp, text, published="2008-07-01")
    assert not {k for k in found if k[:3] == ("sts-124", "crewMember", "garrett rees")}


@pytest.mark.parametrize("question", [
    "On which mission did Ann Lee return home?",
    "On which mission did Ann Lee return to Earth?",
    "On which flight did Ann Lee launch?",
])
def test_a_trip_of_several_flights_is_refused(trips: Asker, question: str) -> None:
    assert labels(trips.answer(question)) == []


def test_all_flights_are_listed(trips: Asker) -> None:
    assert sorted(labels(trips.answer("Which missions did Ann Lee fly on?"))) == ["STS-310", "STS-311"]


def test_one_flight_answers(trips: Asker) -> None:
    assert labels(trips.answer("On which mission did Bo Dart launch?")) == ["STS-320"]
