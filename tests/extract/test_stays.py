"""Time in space told as the length of a stay ("a 371-day mission", "their 178-day stay"),
read by extract/rules/flights.py with invented names in several phrasings; negatives: a
record's figure, a quarantine, a plan."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading

keys = partial(reading.keys, published="2026-09-14")


@pytest.mark.parametrize("text", [
    "Pavel Dorin completed a 178-day mission on Friday.",
    "Pavel Dorin landed on Friday, ending his 178-day stay on the station.",
    "Pavel Dorin's 178-day flight ended on Friday.",
    "Pavel Dorin landed on Friday after a 178-day mission.",
    "Pavel Dorin returned on Friday from a 178-day stay aboard the station.",
    "Pavel Dorin landed on Friday after 178 days in orbit.",
])
def test_the_length_of_a_stay_is_time_in_space(nlp: Language, text: str) -> None:
    assert key("Pavel Dorin", "timeInSpace", "178") in keys(nlp, text)


def test_a_crew_shares_the_stay_they_own(nlp: Language) -> None:
    found = keys(nlp, "Pavel Dorin and Mia Sorel landed on Friday, ending their 178-day stay on the station.")
    assert key("Pavel Dorin", "timeInSpace", "178") in found
    assert key("Mia Sorel", "timeInSpace", "178") in found


@pytest.mark.parametrize("text", [
    "Pavel Dorin broke the 371-day record of Ivo Brandt.",
    "Pavel Dorin spent a 14-day quarantine before the flight.",
    "Pavel Dorin hopes his 178-day mission could start in May, if the rocket is ready.",
])
def test_figures_that_are_not_a_stay_of_theirs(nlp: Language, text: str) -> None:
    assert not any(k[0] == "pavel dorin" and k[1] == "timeInSpace" and k[3] == "reported" for k in keys(nlp, text))


def test_a_stay_to_come_is_planned(nlp: Language) -> None:
    found = keys(nlp, "Pavel Dorin will begin a 180-day mission on the station in May.")
    assert key("Pavel Dorin", "timeInSpace", "180", "planned") in found
    assert key("Pavel Dorin", "timeInSpace", "180") not in found
