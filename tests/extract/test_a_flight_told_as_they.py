"""A sentence that opens on "They" or "It" after one whose subject is a flight ("Expedition 9 left
Earth on May 5. They would spend 117 days on the ISS and complete four spacewalks") tells of
that flight: its length and its count of spacewalks are the flight's. Never when the sentence
before is about people, part of a crew or something else. Invented names, several phrasings."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading


@pytest.mark.parametrize(("text", "flight"), [
    ("Expedition 9 left Earth on May 5 aboard Soyuz TMA-4. They would spend 117 days on the ISS and complete "
     "four spacewalks.", "expedition 9"),
    ("Expedition Nine left Earth on May 5 aboard the shuttle Endurance. They spent 117 days in orbit and "
     "completed four spacewalks.", "expedition 9"),
    ("The STS-199 crew lifted off on May 5. They spent 117 days in orbit and made four spacewalks.", "sts-199"),
])
def test_they_after_a_flight_is_that_flight(nlp: Language, text: str, flight: str) -> None:
    assert {(t[0], t[2]) for t in reading.triples(nlp, text, kind="flightLength")} == {(flight, "117")}
    assert {(t[0], t[2]) for t in reading.triples(nlp, text, kind="spacewalkCount")} == {(flight, "4")}


@pytest.mark.parametrize("text", [
    "Two of the crew of Expedition 9 trained in Houston. They completed four spacewalks.",
    "Expedition 9 left Earth on May 5. After docking, they completed four spacewalks.",
    "The Expedition 9 mission planners met on May 5. They completed four spacewalks in the pool.",
])
def test_they_of_others_is_no_flights(nlp: Language, text: str) -> None:
    assert reading.triples(nlp, text, kind="spacewalkCount") == set()


def test_spelled_expedition_numbers_are_the_expedition() -> None:
    from extract.components.gazetteer import canonical_name
    assert canonical_name("Expedition Three") == canonical_name("Expedition 3") == "Expedition 3"


@pytest.mark.parametrize(("text", "flight", "days"), [
    ("The STS-199 mission was launched on January 16 from Florida. It conducted a range of experiments during "
     "its 15 days, 22 hours, 20 minutes, 32 seconds in orbit.", "sts-199", "15.93125"),
    ("The STS-199 flight lifted off on May 5. It spent 7 days, 1 hour, and 38 minutes in orbit.", "sts-199",
     "7.068056"),
    ("The Artemis 7 mission lifted off on May 5. It spent 12 days in orbit.", "artemis 7", "12"),
])
def test_it_after_a_named_mission_is_that_flight(nlp: Language, text: str, flight: str, days: str) -> None:
    assert {(t[0], t[2]) for t in reading.triples(nlp, text, kind="flightLength")} == {(flight, days)}


@pytest.mark.parametrize("text", [
    "The STS-199 mission planners met on May 5. It spent 7 days, 1 hour, and 38 minutes in orbit.",
    "The STS-199 and STS-200 missions lifted off in May. It spent 7 days, 1 hour, and 38 minutes in orbit.",
    "The STS-199 mission lifted off on May 5. The review in orbit lasted 7 days, 1 hour, and 38 minutes.",
])
def test_it_after_no_one_named_mission_is_no_length(nlp: Language, text: str) -> None:
    assert reading.triples(nlp, text, kind="flightLength") == set()
