"""A saved page without a published date: its story's "Thursday", "on Saturday" and "Oct.
17" are read against its dateline, else the date its header states (a date line, an update
stamp), never against a date its story tells, a data sheet's field, or a header date the
story contradicts. Invented names, several page styles."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.components.page_date import story_date as page_date
from extract.gold import Key
from tests.extract import reading

keys = partial(reading.keys, published=None)


def objects(found: set[Key], name: str, predicate: str) -> set[str]:
    return {k[2] for k in found if k[0] == name and k[1] == predicate}


@pytest.mark.parametrize("text, day", [
    ("Three rise to orbit\n\nSeptember 25, 2008\n\nWu Tao, Lin Bo and Ma Jun were launched into orbit "
     "Thursday from the Jiuquan Satellite Launch Center.", "2008-09-25"),
    ("Three rise to orbit\n\nBy Li Ping (Daily Star)\nUpdated: 2008-09-27 07:24\n\nWu Tao, Lin Bo and Ma Jun "
     "lifted off from the Jiuquan Satellite Launch Center on Thursday.", "2008-09-25"),
    ("Three rise to orbit\n\nBy Li Ping | Daily Star | Updated: 2008-09-26 02:07\n\nWu Tao, Lin Bo and Ma Jun "
     "blasted off from the Jiuquan Satellite Launch Center on Thursday.", "2008-09-25"),
    ("Three rise to orbit\n\nLatest update : 2008-09-26\n\nWu Tao, Lin Bo and Ma Jun lifted off on Thursday "
     "from the Jiuquan Satellite Launch Center.", "2008-09-25"),
    ("Three rise to orbit\n\nWu Tao (Star News) September 25, 2008 (Wire) -- Wu Tao, Lin Bo and Ma Jun "
     "lifted off from the Jiuquan Satellite Launch Center today.", "2008-09-25"),
    ("Three rise to orbit\n\n2008-09-25 18:13:39     STARNEWS.com\n\nWu Tao, Lin Bo and Ma Jun lifted off "
     "from the Jiuquan Satellite Launch Center on Sept. 25.", "2008-09-25"),
])
def test_a_page_date_dates_its_story(nlp: Language, text: str, day: str) -> None:
    found = keys(nlp, text)
    for name in ("wu tao", "lin bo", "ma jun"):
        assert objects(found, name, "launchDate") == {day}


def test_a_published_date_comes_before_the_page_date(nlp: Language) -> None:
    text = "Three rise to orbit\n\nSeptember 25, 2008\n\nWu Tao lifted off from the Jiuquan Satellite Launch " \
           "Center on Thursday."
    assert objects(keys(nlp, text, published="2008-10-03"), "wu tao", "launchDate") == {"2008-10-02"}


@pytest.mark.parametrize("text", [
    "First woman in space\n\nOn June 16, 1963, Valentina Orlova flew alone.",
    "Photo taken on Oct. 17, 2005 shows the crew after landing.",
    "Orlova flew on June 16, 1963, and landed on June 19, 1963, after three days.",
    "Three rise to orbit\n\nThe crew of Shenzhou 40 lifted off on Thursday. It was the first launch since "
    "September 25, 2008, the agency said -- a long wait.",
])
def test_a_date_of_the_story_is_no_page_date(text: str) -> None:
    assert page_date(text) is None


@pytest.mark.parametrize("text", [
    "Four on board\n\nSeptember 30, 2033\n\nStaff report\n\nPort Lumen, Fla. (March 6, 2028) – The shuttle Corvid "
    "lifted off with Ada Marsh on Monday at 6:21 a.m.",
    "Four on board\n\nUpdated: 2033-09-30 10:02\n\nPORT LUMEN, Fla. (March 6, 2028) -- Ada Marsh lifted off aboard "
    "the shuttle Corvid Monday.",
    "Four on board\n\nSeptember 30, 2033\n\nPort Lumen, 6 March 2028\n\nAda Marsh lifted off aboard the shuttle "
    "Corvid on Monday.",
])
def test_the_storys_dateline_comes_before_a_later_page_date(nlp: Language, text: str) -> None:
    assert objects(keys(nlp, text), "ada marsh", "launchDate") == {"2028-03-06"}


def test_a_dateline_without_its_year_takes_the_stamps(nlp: Language) -> None:
    text = "Walk set\n\nSource: Star | 2031-09-27 16:20\n\nBEIJING, Sept. 25 (Star) -- Wu Tao lifted off Thursday."
    assert objects(keys(nlp, text), "wu tao", "launchDate") == {"2031-09-25"}


@pytest.mark.parametrize("text", [
    # the page's date is years after the story's: its March 8 was no Wednesday
    "Four on board\n\nSeptember 30, 2036\n\nAda Marsh lifted off aboard the shuttle Corvid on Monday. The crew "
    "docks early on Wednesday, March 8.",
    # the dateline's day is months before the page's date, and gives no year
    "Four on board\n\nSeptember 30, 2033\n\nPORT LUMEN, March 6 -- Ada Marsh lifted off aboard the shuttle Corvid "
    "on Monday.",
])
def test_a_page_date_the_story_contradicts_dates_nothing(nlp: Language, text: str) -> None:
    assert objects(keys(nlp, text), "ada marsh", "launchDate") == set()


def test_a_data_sheets_field_is_no_page_date(nlp: Language) -> None:
    text = "CORVID 9\n\nLaunched\n\n6 March 2028\n\nLanded\n\n19 April 2028\n\nAda Marsh lifted off on Monday."
    assert page_date(text) is None
    assert objects(keys(nlp, text, published=None), "ada marsh", "launchDate") <= {"2028-03-06"}


def test_a_date_field_before_the_text_dates_it() -> None:
    text = "Corvid flies\n\ndate 2027-04-20 Ada Marsh lifted off aboard the shuttle Corvid on Monday from Port Lumen."
    assert page_date(text) == "2027-04-20"


@pytest.mark.parametrize("line, day", [
    ("Last Updated: Sunday, 4 May, 2031, 13:19 GMT 14:19 UK", "2031-05-04"),
    ("Wed 30 Sep 2031 04.28 EDT", "2031-09-30"),
    ("Updated 17 June 2031", "2031-06-17"),
    ("Sep 11, 2031, 8:08 AM | Updated: Sep 11, 2032, 7:16 am", "2031-09-11"),
    ("Page last updated at 19:12 GMT, Tuesday, 13 October 2031 20:12 UK", "2031-10-13"),
    ("June 25, 2031 GMT", "2031-06-25"),
])
def test_a_stamp_with_its_time_and_words_of_an_update_dates_the_page(line: str, day: str) -> None:
    assert page_date(f"Crew lands\n\n{line}\n\nThe crew of Orion-9 landed on Tuesday.") == day


@pytest.mark.parametrize("line", [
    "On June 16, 2031",  # an event's day on a line of its own
    "S31-28839 (30 March 2031) --- Seconds from touchdown, the shuttle Corvid comes into view.",  # a photo's caption
    "Ada Marsh flew on June 16, 2031 and landed on June 19, 2031.",
])
def test_an_events_day_is_no_stamp(line: str) -> None:
    assert page_date(f"Crew lands\n\n{line}\n\nThe crew of Orion-9 landed on Tuesday.") is None
