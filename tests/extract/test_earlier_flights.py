"""A flight the article tells as someone's earlier one ("Bai, who flew on the Shenzhou-34
mission in 2022") stays that flight when named again ("a rookie in the Shenzhou-34 trio"):
"the mission" of the story is the flight it is about, so "X, the mission's flight engineer"
is on that one (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import Key, key
from tests.extract import reading


def keys(nlp: Language, text: str) -> set[Key]:
    return reading.keys(nlp, text, "2024-10-30")


@pytest.mark.parametrize("who, text", [
    ("Mei Lan",
     "China launched the Shenzhou-40 crewed spaceship on Wednesday. The mission commander is Bai Renqing, "
     "who flew on the Shenzhou-34 mission in 2022. \"From a rookie in the Shenzhou-34 trio to the leader of"
     " this crew, I feel proud,\" he said. His crewmates are Mei Lan and Zhou Tao. Mei, the mission's "
     "flight engineer, is the first woman of her batch in space."),
    ("Mei Lan",
     "China launched the Shenzhou-40 spaceship on Wednesday. Its commander, Bai Renqing, flew on the "
     "Shenzhou-34 mission in 2022. He said the Shenzhou-34 crew had taught him much. With him are Mei Lan "
     "and Zhou Tao. Mei Lan is the mission's payload specialist."),
    ("Zhou Tao",
     "The Shenzhou-40 spaceship lifted off on Wednesday with three astronauts. Bai Renqing, a veteran of "
     "Shenzhou-34, commands it. Bai recalled his days on Shenzhou-34 with fondness. Mei Lan and Zhou Tao "
     "fly with him; Zhou is the mission's flight engineer."),
    ("Mei Lan",
     "China sent the Shenzhou-40 spaceship into orbit on Wednesday. Commander Bai Renqing flew on "
     "Shenzhou-34 in 2022, and the Shenzhou-34 crew spent six months in orbit. Mei Lan, the mission's "
     "flight engineer, flies for the first time."),
    ("Zhou Tao",
     "On Wednesday the Shenzhou-40 spaceship blasted off from Jiuquan. Bai Renqing, who was on the "
     "Shenzhou-34 mission in 2022, leads the crew. The veterans of the Shenzhou-34 trio welcomed the news."
     " Zhou Tao, the mission's flight engineer, is on his first flight."),
])
def test_the_mission_is_the_storys_flight_not_an_earlier_one(nlp: Language, who: str, text: str) -> None:
    found = keys(nlp, text)
    assert key("Shenzhou-40", "crewMember", who) in found
    assert not any(k[0] == "shenzhou-34" and k[2] == key("x", "y", who)[2] for k in found)


def test_a_look_back_at_one_flight_is_still_the_storys(nlp: Language) -> None:
    found = keys(nlp, "Fifty years ago, Ron Vale flew on the Apollo 30 mission in 1974. Tim Hart, the mission's "
                      "pilot, stayed in orbit.")
    assert key("Apollo 30", "crewMember", "Tim Hart") in found
