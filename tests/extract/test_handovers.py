"""Two crews in one breath: the crew a story's crew takes over from, relieves or meets, and the
person command or the station is handed to, belong to another flight than the story's
(extract/components/handovers.py). Invented names, the session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.reading import triples

_CREW = ("commander Ann Baker, flight engineer Tom Reyes and payload specialist Lee Chan")


@pytest.mark.parametrize("after", [
    "where they will take over from the Shenzhou-41 crew for a stay of five months",
    "where they will relieve the Shenzhou-41 crew",
    "where they will meet the three Shenzhou-41 astronauts",
    "where they took over from the outgoing Shenzhou-41 crew",
])
def test_the_crew_taken_over_from_is_not_the_story_s(nlp: Language, after: str) -> None:
    text = (f"Their Shenzhou-42 spaceship took off on Tuesday. The rocket lifted its three astronauts -- {_CREW} "
            f"-- towards the station, {after}.")
    found = triples(nlp, text)
    assert not {t for t in found if t[0] == "shenzhou-41"}
    assert ("shenzhou-42", "commander", "ann baker") in found
    assert ("shenzhou-42", "crewMember", "lee chan") in found


@pytest.mark.parametrize("sentence", [
    "Commander Ann Baker and flight engineer Tom Reyes flew on Shenzhou-41 in 2030.",
    "The Shenzhou-41 crew -- commander Ann Baker and flight engineer Tom Reyes -- landed on Monday.",
])
def test_a_crew_told_as_its_flight_s_still_is(nlp: Language, sentence: str) -> None:
    found = triples(nlp, sentence)
    assert ("shenzhou-41", "commander", "ann baker") in found


@pytest.mark.parametrize("headline", [
    "Soyuz MS-41 crew lands after 195 days; Ivanov hands station to Baker",
    "Soyuz MS-41 crew lands; Ivanov hands over command to Baker",
    "Soyuz MS-41 crew lands after 195 days; Baker takes over from Ivanov",
])
def test_who_takes_over_is_not_in_the_landing_crew(nlp: Language, headline: str) -> None:
    text = (f"{headline}\n\nAfter six months on the station, an all-Russian crew is home: their capsule came "
            "down on the Kazakh steppe on Thursday.\n\nThe Soyuz MS-41 descent module, with cosmonauts Pavel "
            "Ivanov, Oleg Petrov and Ilya Sidorov inside, landed near Dzhezkazgan. On Wednesday Ivanov handed "
            "command to the European Space Agency's Ann Baker.")
    found = triples(nlp, text, "2031-06-12")
    assert not {t for t in found if "ann baker" in (t[0], t[2]) and t[1] in (
        "landedWith", "flewWith", "spacecraft", "returnDate", "landingSite")}
    assert ("ilya sidorov", "landedWith", "pavel ivanov") in found


def test_a_crew_named_together_stays_one(nlp: Language) -> None:
    text = ("Soyuz MS-41 crew lands; Ivanov and Petrov back\n\nTheir capsule came down on the Kazakh steppe on "
            "Thursday, with Pavel Ivanov and Oleg Petrov aboard.")
    found = triples(nlp, text, "2031-06-12")
    assert ("oleg petrov", "landedWith", "pavel ivanov") in found or \
        ("pavel ivanov", "landedWith", "oleg petrov") in found
