"""Counts of orbits of the Earth ("completed 48 orbits of the Earth", "after 126 orbits",
"circled the globe 22 times", "orbiting once around Earth") are ``orbitCount`` of the person
who flew or of the flight that circled; never a bound, a rank, another body's orbits, a
station's or a satellite's. Invented names, the session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading


@pytest.mark.parametrize(("text", "subject", "n"), [
    ("Ann Baker remained in space for 71 hours, having completed 48 orbits of the Earth.", "Ann Baker", "48"),
    ("Upon concluding the mission, Ann Baker had traveled 2.4 million miles on 108 orbits to the Earth.",
     "Ann Baker", "108"),
    ("Ann Baker circled the globe 22 times aboard Aurora 9.", "Ann Baker", "22"),
    ("Ann Baker and Bo Tan returned after 126 orbits.", "Bo Tan", "126"),
    ("STS-300 completed 98 orbits of the Earth in 145 hours before landing at Edwards Air Force Base.",
     "STS-300", "98"),
    ("Ann Baker flew on Vostok 9 in 2030. This historic 108-minute flight, orbiting once around Earth, made "
     "Baker the first human in space.", "Ann Baker", "1"),
])
def test_a_count_of_orbits_is_read(nlp: Language, text: str, subject: str, n: str) -> None:
    assert key(subject, "orbitCount", n) in reading.keys(nlp, text)


@pytest.mark.parametrize(("text", "subject", "n"), [
    ("Ann Baker flew on STS-300 in 2030. The shuttle orbited 153 times at an altitude of 170 miles.",
     "STS-300", "153"),
    ("The spacecraft, named Soyuz T-40, completed 22 Earth orbits before splashing down, piloted by Ann Baker.",
     "Soyuz T-40", "22"),
    ("The capsule, named Shenzhou-40, made 22 orbits of the Earth.", "Shenzhou-40", "22"),
    ("Ann Baker flew on STS-300 in 2030. The ship made 80 Earth orbits.", "STS-300", "80"),
])
def test_a_numbered_craft_told_as_the_craft_counts_for_its_flight(nlp: Language, text: str, subject: str,
                                                                  n: str) -> None:
    """"The spacecraft, named X, completed 22 Earth orbits", "The shuttle orbited 153 times" in
    a story of one numbered flight: the flight's count; a type or a reusable orbiter has none."""
    assert key(subject, "orbitCount", n) in reading.keys(nlp, text)


@pytest.mark.parametrize(("text", "subject", "n"), [
    ("On 3 October 2030, Ann Baker piloted the six-orbit Soyuz T-40 flight.", "Soyuz T-40", "6"),
    ("Ann Baker flew a 22-orbit mission aboard Soyuz T-40.", "Soyuz T-40", "22"),
    ("The 16-orbit flight of Soyuz T-40 ended on Tuesday.", "Soyuz T-40", "16"),
    ("Ann Baker flew a 16-orbit mission in 2030.", "Ann Baker", "16"),
])
def test_a_count_told_before_a_flights_noun(nlp: Language, text: str, subject: str, n: str) -> None:
    """"the six-orbit X flight": the numbered flight's count, else the flier's."""
    assert key(subject, "orbitCount", n) in reading.keys(nlp, text)


@pytest.mark.parametrize("text", [
    "Ann Baker flew a 16-orbit mission aboard Atlantis in 2030.",  # an orbiter flown many times
    "Ann Baker planned a six-orbit rendezvous with the station.",  # no flight's noun
])
def test_a_count_before_another_noun_is_none(nlp: Language, text: str) -> None:
    assert not reading.triples(nlp, text, kind="orbitCount")


def test_a_persons_count_is_tied_to_the_flight_named(nlp: Language) -> None:
    found = reading.triples(nlp, "Ann Baker will orbit the Earth 16 times on Ax-9.", kind="orbitCount")
    assert found == {("ann baker", "orbitCount", "16")}


@pytest.mark.parametrize("text", [
    "Living aboard the station, Ann Baker had orbited the Earth more than 7,000 times.",
    "Ann Baker completed about 16 orbits, said Bo Tan.",
    "The station has orbited the Earth 100,000 times, said Ann Baker.",
    "Ann Baker orbited the Moon 10 times on Apollo 30.",
    "Ann Baker visited the station twice.",
    "On its 16th orbit, the capsule carrying Ann Baker fired its engines.",
    "The satellite completed 500 orbits, said Ann Baker.",
    "The Crew Dragon capsule Fortitude completed 22 Earth orbits before splashing down.",
    "Ann Baker flew on STS-300 and STS-310. The shuttle orbited 153 times at an altitude of 170 miles.",
    "Ann Baker flew aboard Atlantis. The shuttle orbited 153 times at an altitude of 170 miles.",
    "Ann Baker flew on STS-300. The station has orbited the Earth 100,000 times.",
])
def test_other_counts_are_not(nlp: Language, text: str) -> None:
    assert not reading.triples(nlp, text, kind="orbitCount")
