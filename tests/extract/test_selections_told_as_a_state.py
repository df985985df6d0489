"""A selection told as what someone has been since ("has been an astronaut since 1990", "a NASA
astronaut since 2004") or became ("became a member of the second batch of astronauts in
2010"), and selections that are none: a seat on a flight ("selected for her first flight"), a
year after "since" on a ranking or a thing (invented names)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading


@pytest.mark.parametrize(("text", "year", "agency"), [
    ("Tala Orin has been an astronaut since 1990 and flew twice.", "1990", None),
    ("Tala Orin, a NASA astronaut since 2004, will command the flight.", "2004", "NASA"),
    ("Tala Orin has been a JAXA astronaut since 2011.", "2011", "JAXA"),
    ("Tala Orin, an ESA astronaut since 2009, trained in Cologne.", "2009", "European Space Agency"),
    ("Tala Orin became a member of the second batch of Chinese astronauts in 2010.", "2010", None),
    ("Tala Orin flew in 2021. He became a member of the third group of astronauts in 1998.", "1998", None),
])
def test_the_year_someone_has_been_one_since(nlp: Language, text: str, year: str, agency: str | None) -> None:
    found = reading.keys(nlp, text, "2024-06-10")
    assert key("Tala Orin", "selectionYear", year) in found
    if agency is not None:
        assert key("Tala Orin", "selectedBy", agency) in found


@pytest.mark.parametrize("text", [
    "Tala Orin is the first astronaut since 1990 to fly alone.",
    "Tala Orin met an astronaut since 2011 retired in Houston.",
    "Since 1990 the agency has flown Tala Orin twice.",
    "The station has been crewed since 2000, Tala Orin said.",
    "Tala Orin was selected for her first flight in 1996.",
    "Tala Orin was picked for a mission to the Moon in 2021.",
    "Tala Orin was chosen for the crew in 2019.",
    "Tala Orin, who is a member of the second batch of astronauts, flew in 2012.",
])
def test_no_selection_year_from_other_years(nlp: Language, text: str) -> None:
    found = reading.keys(nlp, text, "2024-06-10")
    assert not [k for k in found if k[0] == "Tala Orin" and k[1] in ("selectionYear", "selectionDate")]


def test_an_agency_s_pick_for_a_flight_keeps_the_agency_not_the_year(nlp: Language) -> None:
    """ "Chosen for the flight by the commission in 2022": the agency picked them, and the year
    is the flight's, not a selection as astronauts."""
    found = reading.keys(nlp, "Tala Orin was chosen for the flight by the Saudi Space Commission in 2022.",
                         "2024-06-10")
    assert key("Tala Orin", "selectedBy", "Saudi Space Commission") in found
    assert not [k for k in found if k[1] in ("selectionYear", "selectionDate")]
