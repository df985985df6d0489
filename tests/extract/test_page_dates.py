"""A saved page without a published date: its story's "Thursday", "on Saturday" and "Oct.
17" are read against the date its header states (a date line, an update stamp, a
dateline), never against a date its story tells. Invented names, several page styles."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.components.page_date import page_date
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
