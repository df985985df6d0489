"""The riders of a craft told in a sentence of their own, away from its launch: "Soyuz MS-90
had A and B on board", "On board Soyuz MS-90 were A and B", "the spacecraft, which had A and
B aboard", "carried the Soyuz MS-90 spacecraft with three crew members: A, B and C", "The crew
comprises A and B" (the story's one flight); and a rocket's launch told with no one in its
sentence is the launch of the crewed craft the next sentence says it carried; a crew that
"launched the spacecraft" went up in it. Not a person
who had something aboard, not a crew of a station, not a craft of the trip home (invented
names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading

_PAGE = "2031-06-10"


@pytest.mark.parametrize("text", [
    "The Soyuz MS-90 spaceship docked with the station on Thursday. Soyuz MS-90 had cosmonauts Ivan Petrov "
    "and Oleg Sorin, as well as NASA astronaut Dan Lowe on board.",
    "The capsule reached the station on Friday. On board Soyuz MS-90 were Ivan Petrov, Oleg Sorin and Dan Lowe.",
    "The Soyuz-2.1a rocket lifted off from Baikonur on Tuesday. It carried the Soyuz MS-90 spacecraft, which "
    "had Ivan Petrov, Oleg Sorin and Dan Lowe aboard.",
    "A Soyuz-2.1a rocket, painted for the holiday, launched from Baikonur on June 8, 2031. The rocket carried "
    "the Soyuz MS-90 spacecraft with three crew members: cosmonauts Ivan Petrov and Oleg Sorin, and NASA "
    "astronaut Dan Lowe.",
    "The Soyuz MS-90 spaceship blasted off from Baikonur on Thursday. The crew comprises cosmonauts Ivan Petrov "
    "and Oleg Sorin, as well as NASA astronaut Dan Lowe.",
])
def test_riders_told_apart_launched_on_the_craft(nlp: Language, text: str) -> None:
    found = reading.triples(nlp, text, _PAGE)
    for name in ("ivan petrov", "oleg sorin", "dan lowe"):
        assert (name, "launchVehicle", "soyuz ms-90") in found


@pytest.mark.parametrize("text", [
    "Crew-19 has NASA astronauts Dana Reyes and Tom Hale on board, along with Ken Mori of JAXA.",
    "Crew-19 launched on Sunday. The crew consists of Dana Reyes, Tom Hale and Ken Mori.",
    "The Crew-19 spacecraft, with three crew members: Dana Reyes, Tom Hale and Ken Mori, docked on Friday.",
])
def test_riders_of_a_mission_are_its_crew(nlp: Language, text: str) -> None:
    found = reading.triples(nlp, text, _PAGE)
    for name in ("dana reyes", "tom hale"):
        assert ("crew-19", "crewMember", name) in found


@pytest.mark.parametrize("text", [
    "A Soyuz-2.1a rocket, painted for the holiday, launched from Baikonur on June 8, 2031. The rocket carried "
    "the Soyuz MS-90 spacecraft with three crew members: cosmonauts Ivan Petrov and Oleg Sorin, and NASA "
    "astronaut Dan Lowe.",
    "A Long March 2F rocket blasted off from Jiuquan on June 8, 2031. The Shenzhou-40 spacecraft it carried had "
    "astronauts Ivan Petrov, Oleg Sorin and Dan Lowe on board.",
])
def test_a_rocket_launch_is_the_launch_of_the_crew_it_carried(nlp: Language, text: str) -> None:
    found = reading.triples(nlp, text, _PAGE, kind="launchDate")
    for name in ("ivan petrov", "oleg sorin", "dan lowe"):
        assert (name, "launchDate", "2031-06-08") in found


@pytest.mark.parametrize("text", [
    "Dan Lowe had a photo of Ivan Petrov aboard the Soyuz MS-90.",
    "The Soyuz MS-90 had no people on board. Ivan Petrov said the Soyuz MS-90 had flown well.",
    "Soyuz MS-90 did not have Ivan Petrov on board.",
    "The capsule will have Ivan Petrov aboard when it lifts off next week.",  # no craft named: whose capsule?
    "Soyuz MS-90 undocked on Monday and landed in Kazakhstan. It had Ivan Petrov and Oleg Sorin on board.",
    "Soyuz MS-90 docked on Monday. The current ISS crew includes Ivan Petrov and Oleg Sorin.",
])
def test_no_launch_craft_for_other_riders(nlp: Language, text: str) -> None:
    found = reading.triples(nlp, text, _PAGE)
    assert ("ivan petrov", "launchVehicle", "soyuz ms-90") not in found


@pytest.mark.parametrize("text", [
    "A Falcon 9 rocket lifted off from Cape Canaveral on June 8, 2031. Ivan Petrov flew on Crew-3 in 2021 with "
    "Oleg Sorin.",
    "A rocket launched by China on June 8, 2031 carried a weather satellite. Ivan Petrov and Oleg Sorin flew on "
    "Shenzhou-12 in 2021.",
])
def test_no_rocket_launch_for_a_crew_of_the_past(nlp: Language, text: str) -> None:
    found = reading.triples(nlp, text, _PAGE, kind="launchDate")
    assert not any(s == "ivan petrov" for s, _, _ in found)


@pytest.mark.parametrize("text", [
    "On June 8, 2031, Ivan Petrov, Oleg Sorin and Dan Lowe launched the spacecraft from the Kennedy Space Center.",
    "Ivan Petrov, Oleg Sorin and Dan Lowe launched their capsule from the Kennedy Space Center on June 8, 2031.",
])
def test_a_crew_that_launched_the_spacecraft_went_up_in_it(nlp: Language, text: str) -> None:
    found = reading.triples(nlp, text, _PAGE, kind="launchDate")
    for name in ("ivan petrov", "oleg sorin", "dan lowe"):
        assert (name, "launchDate", "2031-06-08") in found


@pytest.mark.parametrize("text", [
    "Ivan Petrov launched the capsule's parachute over the ocean on June 8, 2031.",
    "Ivan Petrov launched the spacecraft's robotic arm on June 8, 2031.",
    "From the station, Ivan Petrov launched a small satellite on June 8, 2031.",
])
def test_launching_a_part_or_a_satellite_is_no_flight(nlp: Language, text: str) -> None:
    assert not reading.triples(nlp, text, _PAGE, kind="launchDate")
