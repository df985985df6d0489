"""A day in brackets restates the event's time in another zone ("at 11:14 p.m. EST Sunday
(10:14 a.m. local time, Monday)"): the day outside the brackets is the event's (invented
names, the session ``nlp``; the page is dated Sunday, 2031-06-08)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading

PUBLISHED = "2031-06-08"  # a Sunday

CASES = [
    "Astronaut Ada Rinn launched to the station at 11:14 p.m. EDT Sunday (9:14 a.m. Kazakhstan time, Monday) "
    "from the Baikonur Cosmodrome.",
    "Ada Rinn blasted off from the Baikonur Cosmodrome on Sunday at 10:02 p.m. (7:02 a.m. Monday local time).",
    "Ada Rinn blasted off on Sunday (Monday in Baikonur) aboard the Soyuz MS-40.",
    "Ada Rinn and Tomas Kell launched at 11:40 p.m. CDT Sunday (4:40 a.m. GMT Monday) from Kazakhstan.",
    "Ada Rinn landed in Kazakhstan at 9:55 p.m. EDT Sunday (7:55 a.m. Monday, local time) after six months "
    "in orbit.",
]


@pytest.mark.parametrize("text", CASES)
def test_the_day_outside_the_brackets_is_the_events(nlp: Language, text: str) -> None:
    found = reading.triples(nlp, text, PUBLISHED)
    days = {o for s, p, o in found if s == "ada rinn" and p in ("launchDate", "returnDate")}
    assert days == {"2031-06-08"}


def test_a_day_in_brackets_alone_is_still_read(nlp: Language) -> None:
    found = reading.keys(nlp, "Ada Rinn lifted off from the Baikonur Cosmodrome (on Friday, local time).",
                         PUBLISHED)
    assert key("Ada Rinn", "launchDate", "2031-06-06") in found
