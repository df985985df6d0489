"""A launch told of a station ("Salyut 9, the Soviet station, lifted off on May 14, 1983"), of
a craft named beside a word for it ("The world's first spaceship, Vostok 9, with a man on
board, was launched"), by a participle of a craft's word ("The Soyuz MS-40 spacecraft launched
from Baikonur ... carrying A and B") or by a participle's clause before a craft ("Launching atop
an Atlas V on May 19, 2032, Starliner spent ...") dates that station or craft; a station that launches something else or
that people launch to has no launch of its own told (invented and real names, the session
``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading


def launches(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return reading.triples(nlp, text, None, kind="launchDate")


def one(subject: str, value: str) -> tuple[str, str, str]:
    return key(subject, "launchDate", value)[:3]


@pytest.mark.parametrize(("text", "subject", "value"), [
    ("Salyut 9, the Soviet station, lifted off on May 14, 1983.", "Salyut 9", "1983-05-14"),
    ("Skylab, America's first space station and the first crewed laboratory in space, lifted off on "
     "May 14, 1973.", "Skylab", "1973-05-14"),
    ("Tiangong lifted off from Wenchang on May 14, 2033.", "Tiangong", "2033-05-14"),
    ("The world's first spaceship, Vostok 9, with a man on board, was launched into orbit on 12 April 1961.",
     "Vostok 9", "1961-04-12"),
    ("The new spaceship, Soyuz MS-40, was launched into orbit on 12 April 2031.", "Soyuz MS-40", "2031-04-12"),
    ("The Soyuz MS-40 spacecraft launched from the Baikonur Cosmodrome to the station at 4:40 a.m. EDT "
     "Thursday, October 11, 2029, carrying Ann Baker and Tom Reed.", "Soyuz MS-40", "2029-10-11"),
    ("The Soyuz MS-40 spacecraft launched from the Baikonur Cosmodrome to the station at 4:40 a.m. EDT "
     "Thursday, October 11, 2029, carrying Ann Baker and Tom Reed.", "Ann Baker", "2029-10-11"),
    ("Launching atop an Atlas V rocket on May 19, 2032, from Cape Canaveral, Starliner spent its first hours "
     "in space performing tests.", "Starliner", "2032-05-19"),
    ("Lifting off on May 19, 2032, the Crew Dragon Endurance reached orbit nine minutes later.", "Endurance",
     "2032-05-19"),
])
def test_a_station_or_a_craft_beside_its_word_launched(nlp: Language, text: str, subject: str, value: str) -> None:
    assert one(subject, value) in launches(nlp, text)


@pytest.mark.parametrize(("text", "subject"), [
    ("Ann Baker and Tom Reed launched to Tiangong on May 2, 2034.", "Tiangong"),
    ("Tiangong launched a small satellite from its airlock on May 2, 2034.", "Tiangong"),
    ("The station, Tiangong, passed over Beijing on May 2, 2034, as the crew slept.", "Tiangong"),
    ("Launching from Baikonur on May 3, 2031, Ann Baker flew past Tiangong two days later.", "Tiangong"),
    ("Watching the launch on May 3, 2031, from Houston, Ann Baker cheered.", "Ann Baker"),
])
def test_no_launch_of_a_station_is_told(nlp: Language, text: str, subject: str) -> None:
    assert not {t for t in launches(nlp, text) if t[0] == key(subject, "launchDate", "x")[0]}


@pytest.mark.parametrize("text", [
    "Nie Haisheng, Liu Boming and Tang Hongbo are the crew of the Shenzhou-12 mission.\n\nThe Shenzhou-12 "
    "manned spaceship will be launched on Thursday from the Jiuquan Satellite Launch Center, officials said.",
    "Nie Haisheng, Liu Boming and Tang Hongbo will fly the Shenzhou-12 mission.\n\nThe Shenzhou-12 manned "
    "spaceship is due to be launched on Thursday from the Jiuquan Satellite Launch Center.",
])
def test_a_craft_named_before_its_word_however_parsed(nlp: Language, text: str) -> None:
    sites = {k[:3] for k in reading.keys(nlp, text, None) if k[1] == "launchSite"}
    assert key("Shenzhou-12", "launchSite", "Jiuquan Satellite Launch Center")[:3] in sites


@pytest.mark.parametrize("text", [
    "Yuri Gagarin\n\n12 April 2012\nThe world's first spaceship, Vostok 9, with a man on board, was launched into "
    "orbit from the Soviet Union on\n12 April 1961. Its pilot was Yuri Gagarin.",
    "March 3, 2031\nThe Soyuz 9 spacecraft was launched from Baikonur on\nJune 1, 1970, with two men aboard.",
])
def test_a_date_line_is_no_day_of_the_launch_below_it(nlp: Language, text: str) -> None:
    found = {k[2] for k in launches(nlp, text)}
    assert found and not {d for d in found if d.startswith(("2012", "2031"))}


def test_a_date_line_alone_is_still_the_day_of_the_event_below_it(nlp: Language) -> None:
    text = ("Ivan Belov returns\n\nOct 2 2031\nFrom The Space Desk\nCosmonauts Ivan Belov and Mark Jensen returned "
            "safely to Earth after 237 days in space. Television broadcast the return.")
    found = reading.triples(nlp, text, None, kind="returnDate")
    assert key("Ivan Belov", "returnDate", "2031-10-02")[:3] in found
