"""A landing told by "came down", and a launch told of the rocket alone in the sentence
after the crew's, as reporters write them; not "prices came down", an illness, a rank one
rose to, nor a rocket that carried a satellite or a cargo ship. Invented names, several phrasings each."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import Key
from tests.extract import reading

keys = partial(reading.keys, published="2024-03-19")


def objects(found: set[Key], name: str, predicate: str) -> set[str]:
    return {k[2] for k in found if k[0] == name and k[1] == predicate}


@pytest.mark.parametrize("text, place", [
    ("Ivan Sorokin and Pyotr Lind came down near the town of Arkalyk on Tuesday after 186 days in orbit.", "arkalyk"),
    ("Ivan Sorokin and Pyotr Lind returned to Earth on Tuesday. Their capsule came down near Dzhezkazgan, "
     "Kazakhstan.", "dzhezkazgan"),
    ("After 186 days in orbit, Ivan Sorokin and Pyotr Lind came down on the steppe near Arkalyk on Tuesday.",
     "arkalyk"),
])
def test_coming_down_is_a_landing(nlp: Language, text: str, place: str) -> None:
    found = keys(nlp, text)
    for name in ("ivan sorokin", "pyotr lind"):
        assert objects(found, name, "landingSite") == {place}
        assert objects(found, name, "returnDate") == {"2024-03-19"}


def test_coming_home_with_a_record_is_a_landing(nlp: Language) -> None:
    found = keys(nlp, "Ivan Sorokin came home on Tuesday with a record after 196 days in orbit.")
    assert objects(found, "ivan sorokin", "returnDate") == {"2024-03-19"}


def test_a_crew_first_since_another_flight_is_not_dated_by_it(nlp: Language) -> None:
    found = keys(nlp, "Ivan Sorokin and Pyotr Lind splashed down on Tuesday, the first crew to come down in the "
                      "Atlantic since Apollo 9 in 1969.")
    assert objects(found, "ivan sorokin", "returnDate") == {"2024-03-19"}


@pytest.mark.parametrize("text", [
    "Prices came down on Tuesday, Ivan Sorokin said.",
    "Ivan Sorokin came down with a cold on Tuesday.",
    "Ivan Sorokin came down hard on the budget cuts on Tuesday.",
])
def test_coming_down_otherwise_is_no_landing(nlp: Language, text: str) -> None:
    assert not objects(keys(nlp, text), "ivan sorokin", "returnDate")


@pytest.mark.parametrize("text", [
    "Ivan Sorokin and Pyotr Lind lifted off on Tuesday aboard the Soyuz MS-40 spacecraft. The Soyuz-2.1a rocket "
    "blasted off from the Baikonur Cosmodrome at 3:36 p.m.",
    "Ivan Sorokin and Pyotr Lind launched on Tuesday aboard the Soyuz MS-40 spacecraft. A Soyuz-2.1a rocket "
    "lifted off from the Baikonur Cosmodrome at 3:36 p.m. local time.",
    "Ivan Sorokin and Pyotr Lind blasted off for the station aboard the Soyuz MS-40 spacecraft on Tuesday. The "
    "Soyuz-2.1a rocket lifted off from the Baikonur Cosmodrome at 3:36 p.m. local time.",
])
def test_the_rocket_told_next_is_the_crew_s(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    for name in ("ivan sorokin", "pyotr lind"):
        assert "soyuz-2.1a" in objects(found, name, "launchVehicle")
        assert objects(found, name, "launchSite") == {"baikonur cosmodrome"}


@pytest.mark.parametrize("text", [
    "Ivan Sorokin and Pyotr Lind are aboard the Soyuz MS-40 spacecraft, which docked on Friday. On Tuesday a "
    "Soyuz-2.1b rocket lifted off from Plesetsk with a navigation satellite.",
    "Ivan Sorokin and Pyotr Lind are aboard the Soyuz MS-40 spacecraft. A Soyuz-2.1a rocket with a Progress cargo "
    "ship lifted off from the Baikonur Cosmodrome on Tuesday.",
    "Ivan Sorokin rose to the rank of colonel in 2005 and flew the Soyuz MS-40 in 2019.",
])
def test_another_rocket_or_rise_is_not_the_crew_s(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert not objects(found, "ivan sorokin", "launchSite")
    assert not {v for v in objects(found, "ivan sorokin", "launchVehicle") if v.startswith("soyuz-2")}
    assert "2005" not in objects(found, "ivan sorokin", "launchDate")


@pytest.mark.parametrize("text", [
    "The capsule carrying Ivan Sorokin and Pyotr Lind landed at around 6:16 a.m. Moscow time on Tuesday, 148 "
    "kilometres southeast of Arkalyk.",
    "The capsule carrying Ivan Sorokin and Pyotr Lind landed at 9:14 a.m. EDT on Tuesday near Arkalyk.",
])
def test_a_clock_time_with_its_zone_does_not_end_the_sentence(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    for name in ("ivan sorokin", "pyotr lind"):
        assert objects(found, name, "landingSite") == {"arkalyk"}
        assert objects(found, name, "returnDate") == {"2024-03-19"}
