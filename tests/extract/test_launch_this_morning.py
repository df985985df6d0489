"""A launch told of the article's own day by a part of it ("blasted off this morning",
"lifted off tonight", "became the first X in space this morning when she blasted off"):
the page's date; a morning of speaking about a launch told with its own date is not the
launch's (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading


@pytest.mark.parametrize("text", [
    "Ann Fox became the first juggler in space this morning when she blasted off for the International Space "
    "Station.",
    "Ann Fox blasted off early this morning from Baikonur.",
    "Tonight, Ann Fox lifted off from Baikonur aboard Soyuz TMA-40.",
])
def test_the_pages_day(nlp: Language, text: str) -> None:
    assert key("Ann Fox", "launchDate", "2031-06-10") in reading.keys(nlp, text)


@pytest.mark.parametrize("text", [
    "Ann Fox spoke to reporters this morning about her launch from Baikonur in March.",
    "Ann Fox, who lifted off from Baikonur in March, spoke to reporters this morning.",
])
def test_a_morning_of_something_else(nlp: Language, text: str) -> None:
    assert key("Ann Fox", "launchDate", "2031-06-10") not in reading.keys(nlp, text)
    assert key("Ann Fox", "launchDate", "2031-03") in reading.keys(nlp, text)
