"""A flight told by its span ("first flew on STS-55 from 26 April to 6 May 1993"): the first
day is the launch, taking the year told after the last one, and the last day the return; a
day moved ("postponed from April 26 to May 6") or a span of something else is neither
(invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.components.dates import find_dates
from extract.gold import Key, key
from tests.extract import reading

HEAD = "Astronaut profile\n\n"


def facts(nlp: Language, text: str) -> set[Key]:
    return reading.keys(nlp, HEAD + text, "2031-06-10")


@pytest.mark.parametrize(("text", "launch", "back"), [
    ("Kara Venn first flew on shuttle mission STS-199 from 26 April to 6 May 2019.", "2019-04-26", "2019-05-06"),
    ("Kara Venn flew to the station aboard Soyuz TM-40 from Dec. 19 to Jan. 5, 1997.", "1996-12-19", "1997-01-05"),
    ("Kara Venn flew on STS-199 between April 3 and April 11, 2012.", "2012-04-03", "2012-04-11"),
    ("Kara Venn flew on Soyuz TM-40 from February 10 until March 2, 1997.", "1997-02-10", "1997-03-02"),
    ("Veteran astronaut Kara Venn flew aboard the shuttle Atlantis from 10 December 2007 to 16 March 2008.",
     "2007-12-10", "2008-03-16"),
])
def test_a_span_gives_the_launch_and_the_return(nlp: Language, text: str, launch: str, back: str) -> None:
    found = facts(nlp, text)
    assert key("Kara Venn", "launchDate", launch, "reported") in found
    assert key("Kara Venn", "returnDate", back, "reported") in found
    assert not {k for k in found if k[1] == "launchDate" and k[2] != launch}


@pytest.mark.parametrize("text", [
    "The launch of Kara Venn aboard Soyuz TM-40 was postponed from April 26 to May 6.",
    "Kara Venn flew on STS-199 in May 2019. She trained in Houston from 2015 to 2018.",
    "Kara Venn flew T-38 jets from April 2001 to May 2005.",
    "Kara Venn flew on STS-199 on April 3 and May 11, 2012.",
])
def test_no_span_no_return(nlp: Language, text: str) -> None:
    assert not {k for k in facts(nlp, text) if k[1] == "returnDate"}


def test_the_first_day_borrows_the_years_of_the_last() -> None:
    text = "from 26 April to 6 May 1993; from Dec. 19 to Jan. 5, 1997; on April 3 and May 11, 2012"
    assert [d.year for d in find_dates(text)] == [1993, 1993, 1996, 1997, 0, 2012]
