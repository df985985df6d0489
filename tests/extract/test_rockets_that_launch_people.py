"""A rocket or a country that "launched A and B into orbit" (also "boosted", "rocketed") told
their launch; a person who launched something else ("a satellite", "his campaign", "new
software") made no flight. Invented names, several phrasings."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

triples = partial(reading.triples, published="2031-06-10")


@pytest.mark.parametrize(("text", "people", "day", "rocket"), [
    ("A SpaceX Falcon 9 rocket launched Nadia Petrenko and Ken Morrow toward the station on Thursday.",
     ("nadia petrenko", "ken morrow"), "2031-06-05", "falcon 9"),
    ("A Long March 2F rocket launched Li Wen, Zhao Ming and Wang Hui into orbit from Jiuquan on Wednesday.",
     ("li wen", "zhao ming", "wang hui"), "2031-06-04", "long march 2f"),
    ("A Soyuz-FG rocket boosted Wade Orlin and Ken Morrow into orbit on Friday.", ("wade orlin", "ken morrow"),
     "2031-06-06", "soyuz-fg"),
    ("The Falcon 9 rocketed Nadia Petrenko, Ken Morrow and Wade Orlin into orbit on Sunday from Kennedy Space "
     "Center.", ("nadia petrenko", "ken morrow", "wade orlin"), "2031-06-08", "falcon 9"),
    ("On Friday an Atlas V rocket launched Wade Orlin and Nadia Petrenko toward the station from Cape Canaveral.",
     ("wade orlin", "nadia petrenko"), "2031-06-06", "atlas v"),
])
def test_a_rocket_that_launched_people_is_their_launch(nlp: Language, text: str, people: tuple[str, ...],
                                                        day: str, rocket: str) -> None:
    found = triples(nlp, text)
    for one in people:
        assert (one, "launchDate", day) in found
        assert (one, "launchVehicle", rocket) in found


@pytest.mark.parametrize("text", [
    "Nadia Petrenko launched the robotic arm's new software on Thursday.",
    "Wade Orlin launched his campaign for the Senate on Friday.",
    "Nadia Petrenko launched a small satellite from the station on Thursday.",
    "NASA launched Nadia Petrenko's experiment to the station on a Falcon 9 on Thursday.",
    "Ken Morrow launched a company that builds rocket engines in March.",
])
def test_launching_something_else_is_no_flight(nlp: Language, text: str) -> None:
    assert not {t for t in triples(nlp, text) if t[1].startswith("launch")}


def test_a_date_the_parse_takes_for_an_object_is_still_the_launch_s(nlp: Language) -> None:
    text = ("He will be relieved in early June by astronaut Wade Orlin, scheduled to launch May 31 aboard the "
            "shuttle Discovery.")
    found = reading.keys(nlp, text, published="2031-04-01")
    assert ("wade orlin", "launchDate", "2031-05-31", "planned") in found


def test_a_mission_that_launched_with_its_crew_is_not_told_by_its_object(nlp: Language) -> None:
    text = ("Crew-40 launched on March 14 with NASA astronauts Nadia Petrenko and Wade Orlin, Japanese astronaut "
            "Ken Morita and Roscosmos cosmonaut Ivan Sokol to relieve the Crew-39 members.")
    found = {t for t in triples(nlp, text) if t[1] == "launchDate"}
    assert {("nadia petrenko", "launchDate", "2031-03-14"), ("wade orlin", "launchDate", "2031-03-14")} <= found
