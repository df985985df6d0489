"""A selection told to the month keeps its month (invented names): "chosen in May 1990" is a
selection date of 1990-05 beside the year 1990; a year alone is the year only."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading


@pytest.mark.parametrize("text, month", [
    ("Tala Orin was chosen in May 1990 as one of 23 new astronauts.", "1990-05"),
    ("NASA selected Tala Orin in May 1990.", "1990-05"),
    ("Tala Orin joined NASA's astronaut corps in June 2004.", "2004-06"),
    ("Tala Orin was picked by ESA in November 2008 and flew in 2014.", "2008-11"),
])
def test_a_month_stated_is_kept(nlp: Language, text: str, month: str) -> None:
    found = reading.keys(nlp, text, "2024-06-10")
    assert key("Tala Orin", "selectionDate", month) in found
    assert key("Tala Orin", "selectionYear", month[:4]) in found


def test_a_year_alone_is_no_date(nlp: Language) -> None:
    found = reading.keys(nlp, "Tala Orin was selected by NASA in 1996.", "2024-06-10")
    assert key("Tala Orin", "selectionYear", "1996") in found
    assert not any(k[1] == "selectionDate" for k in found)


@pytest.mark.parametrize("text", [
    "Tala Orin was recruited by the People's Liberation Army (PLA) in June 1983 and became a fighter pilot.",
    "Tala Orin was recruited by the air force in June 1983.",
    "Tala Orin enlisted in the Navy in June 1983.",
    "The Marines recruited Tala Orin in 1979.",
    "Tala Orin enlisted in the military in 1979 and flew jets.",
])
def test_a_recruitment_into_the_forces_is_no_selection(nlp: Language, text: str) -> None:
    found = reading.keys(nlp, text, "2024-06-10")
    assert not [k for k in found if k[1] in ("selectionDate", "selectionYear", "selectedBy")]


@pytest.mark.parametrize(("text", "year"), [
    ("Tala Orin was selected as a cosmonaut by the Soviet Air Force in 1960.", "1960"),
    ("Tala Orin joined NASA's astronaut corps in 1996 after 20 years in the Navy.", "1996"),
    ("Tala Orin was recruited by NASA in January 1998.", "1998"),
    ("Tala Orin was selected by NASA in 1996 after 20 years in the Navy.", "1996"),
    ("A Navy jet pilot, Tala Orin joined the European Space Agency in 1996.", "1996"),
])
def test_a_selection_of_a_flyer_from_the_forces_stays(nlp: Language, text: str, year: str) -> None:
    assert key("Tala Orin", "selectionYear", year) in reading.keys(nlp, text, "2024-06-10")
