"""Landing words that end no flight give no return date nor landing site: spacewalkers
going back into a craft ("returned to the re-entry capsule"), a landing on the Moon
("settled onto the lunar surface"), a trip on from the landing ("will return to Russia"),
and a time zone the model tags as a place ("landed at 0455 GMT"). Real landings told
beside them keep their facts. Invented names, several phrasings."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

triples = partial(reading.triples, published="2031-06-10")

_LANDING = ("returnDate", "landingSite")


def _landings(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {t for t in triples(nlp, text) if t[1] in _LANDING}


@pytest.mark.parametrize("text", [
    "Commander Karl Brenner, 50, and Ivo Nakamura, 37, floated out of the space lab and returned to the "
    "Shenzhou-30's re-entry capsule on Thursday morning.",
    "Karl Brenner and Ivo Nakamura made their return to the core module around 1:16 am on June 8, state media said.",
    "After the six-hour spacewalk, Karl Brenner returned to the airlock on Thursday.",
    "Karl Brenner and Ivo Nakamura returned to the station on June 8 after fixing the antenna.",
    "The pair returned into the Tianhe module on Thursday evening.",
])
def test_going_back_inside_is_no_landing(nlp: Language, text: str) -> None:
    assert _landings(nlp, text) == set()


@pytest.mark.parametrize("text", [
    "After four days of flying through space, Paul Dorsey and Alan Weber settled onto the lunar surface on "
    "November 19, landing in a broad plain called the Ocean of Storms.",
    "Paul Dorsey and Alan Weber landed and walked on the lunar surface on July 20, 2029.",
    "Paul Dorsey touched down upon the Moon on July 20.",
    "On July 20, Paul Dorsey and Alan Weber landed on the Moon.",
    "Paul Dorsey set down onto the Moon's surface on July 20, landing near the crater.",
])
def test_a_landing_on_the_moon_is_no_return(nlp: Language, text: str) -> None:
    assert {t for t in _landings(nlp, text) if t[1] == "returnDate"} == set()


@pytest.mark.parametrize("text", [
    "Nora Quill landed at 0455 GMT on Saturday in the steppes of Kazakhstan.",
    "A Soyuz capsule carrying Nora Quill and Ivan Belov landed at 0455 GMT (12:55 a.m. EDT) Saturday in Kazakhstan.",
    "Nora Quill splashed down at 11:02 UTC on Saturday off the coast of Florida.",
    "Nora Quill touched down at 10:15 BST on Saturday in Kazakhstan.",
    "Nora Quill landed on Saturday at 6:40 p.m. EST in Kazakhstan.",
])
def test_a_time_zone_is_no_landing_site(nlp: Language, text: str) -> None:
    sites = {t[2] for t in _landings(nlp, text) if t[1] == "landingSite"}
    assert sites and not sites & {"gmt", "utc", "edt", "bst", "est"}
    assert ("nora quill", "returnDate", "2031-06-07") in _landings(nlp, text)


def test_a_trip_on_from_the_landing_site_is_no_return(nlp: Language) -> None:
    text = ("Nora Quill and Ivan Belov returned to Earth early Sunday. Their Soyuz MS-40 spacecraft landed at "
            "12:35 a.m. in rural Kazakhstan, and they will return to Russia later Sunday.")
    found = _landings(nlp, text)
    assert ("nora quill", "returnDate", "2031-06-08") in found
    assert not {t for t in found if t[1] == "returnDate" and t[2] != "2031-06-08"}


@pytest.mark.parametrize("text", [
    "Karl Brenner and Ivo Nakamura returned to Earth on June 8 after 33 days in orbit.",
    "Karl Brenner returned to the Dongfeng landing site on June 8.",
    "The capsule carrying Karl Brenner touched down on June 8, and he returned home.",
    "Karl Brenner landed on June 8 in the steppe, ending a mission that began on the station.",
    "Karl Brenner made his return to Earth on June 8.",
])
def test_a_return_to_earth_still_counts(nlp: Language, text: str) -> None:
    assert ("karl brenner", "returnDate", "2031-06-08") in _landings(nlp, text)


@pytest.mark.parametrize("text", [
    "Ivan Belov and Nora Quill will have a second chance on Thursday, 14 March, when they again launch aboard "
    "Soyuz MS-40. The pair originally flew aboard Soyuz MS-38 last October, but their mission was aborted during "
    "ascent and the two achieved a safe landing on the Kazakh steppe.",
    "Ivan Belov and Nora Quill get another try on Thursday, when they launch again on Soyuz MS-40. Their first "
    "attempt was aborted, and the two landed safely on the Kazakh steppe.",
])
def test_a_launchs_day_before_is_not_the_landings(nlp: Language, text: str) -> None:
    assert not {t for t in _landings(nlp, text) if t[1] == "returnDate"}
