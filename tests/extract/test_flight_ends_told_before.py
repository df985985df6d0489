"""A launch or landing told without a day takes the full day of the sentence just before
when that sentence tells the flight's start or end in words of its own ("The flight ended on
Feb. 8, 2031. The crew ... splashed down"; "On March 25, 2032, Earth called him home. Near X,
he landed"); a day that sentence gives to anything else is not the event's. A day without a
year takes the year of a dated day earlier in its paragraph (invented names, the session
``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading


def triples(nlp: Language, text: str, kind: str) -> set[tuple[str, str, str]]:
    return reading.triples(nlp, text, None, kind=kind)


def one(subject: str, prop: str, value: str) -> tuple[str, str, str]:
    return key(subject, prop, value)[:3]


@pytest.mark.parametrize(("text", "kind", "expected"), [
    ("The longest flight of its time ended on Feb. 8, 2031. The Orion 9 crew of Commander Ann Baker and "
     "Pilot Tom Reed splashed down in the Pacific Ocean after their 84-day mission.",
     "returnDate", ("Tom Reed", "returnDate", "2031-02-08")),
    ("On the morning of March 25, 2032, Earth called him home. Near Arkalyk in Kazakhstan, Boris Volkov "
     "landed and was helped from the capsule.", "returnDate", ("Boris Volkov", "returnDate", "2032-03-25")),
    ("Their mission concluded on 3 October 2030 after 180 days. Ann Baker and Tom Reed touched down "
     "near Dzhezkazgan.", "returnDate", ("Ann Baker", "returnDate", "2030-10-03")),
    ("Ann Baker's mission began on May 2, 2030. She lifted off from Baikonur aboard Soyuz MS-40.",
     "launchDate", ("Ann Baker", "launchDate", "2030-05-02")),
])
def test_the_flights_end_told_before(nlp: Language, text: str, kind: str, expected: tuple[str, str, str]) -> None:
    assert one(*expected) in triples(nlp, text, kind)


@pytest.mark.parametrize(("text", "kind"), [
    ("Boris Volkov was selected on May 2, 2019. He landed near Arkalyk after a long flight.", "returnDate"),
    ("Her training for the mission began on May 2, 2030. Ann Baker launched from Baikonur aboard Soyuz MS-40.",
     "launchDate"),
    ("The mission ended on Oct. 3, 2030. Ann Baker launched from Baikonur aboard Soyuz MS-40.", "launchDate"),
    ("The war ended on May 8, 1945. Boris Volkov landed near Arkalyk decades later.", "returnDate"),
])
def test_other_days_told_before_are_not_the_events(nlp: Language, text: str, kind: str) -> None:
    assert not triples(nlp, text, kind)


def test_a_day_takes_its_paragraphs_year(nlp: Language) -> None:
    text = ("The station Aurora lifted off on May 14, 1973. It lost a shield during the climb, and one of its two "
            "solar wings jammed while the other was torn away completely by the air. Flight managers delayed "
            "the launch of the first crew of Commander Ann Baker, Pilot Tom Reed and Science Pilot Lee Chan for "
            "ten days, as engineers devised plans to save the overheating and underpowered station. The trio "
            "launched on May 25, inspected the station and docked.")
    assert one("Lee Chan", "launchDate", "1973-05-25") in triples(nlp, text, "launchDate")


def test_a_new_paragraph_keeps_no_year(nlp: Language) -> None:
    text = ("The station Aurora lifted off on May 14, 1973.\n\nAnn Baker, Tom Reed and Lee Chan were named "
            "as its first crew long before any of the trouble began, after years of training together in "
            "Houston and in the deserts of the American west, where they studied rocks and the stars. Many "
            "months of work on the station's systems followed, as engineers and managers planned the flights. "
            "The crew spent the winter in simulators, rehearsing every step of the repairs they might need "
            "to make, from freeing a jammed wing to raising a sunshade over the workshop's scorched hull. "
            "The trio launched on May 25, inspected the station and docked.")
    assert one("Lee Chan", "launchDate", "1973-05-25") not in triples(nlp, text, "launchDate")
