"""A relative clause on a description set off after names tells of those names ("A and B,
the NASA test pilots who flew to the station on Starliner in June"), not of whom the sentence
is otherwise about; a flight's month of the story's time is its date, a past year's month is
not taken for it (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import Key, key
from tests.extract import reading

BEFORE = "Nick Hague and Aleksandr Gorbunov lifted off on Saturday aboard the Crew Dragon Freedom. "


def facts(nlp: Language, text: str) -> set[Key]:
    return reading.keys(nlp, text, "2024-09-29")


@pytest.mark.parametrize("text", [
    BEFORE + "Their seats home will be filled by Ada Rinn and Tomas Kell, the NASA test pilots who flew to the "
    "International Space Station on Boeing's Starliner in June.",
    BEFORE + "The empty seats are for Ada Rinn and Tomas Kell, the test pilots who flew to the station on "
    "Starliner in June.",
    BEFORE + "The capsule will also carry Ada Rinn and Tomas Kell, the astronauts who flew to the space station "
    "aboard Starliner in June.",
    BEFORE + "On the way home they will be joined by Ada Rinn and Tomas Kell, the test pilots who flew Starliner "
    "to the station in June.",
    BEFORE + "Two seats are kept for Ada Rinn and Tomas Kell, the pilots who flew to the station on Boeing's "
    "Starliner in June.",
])
def test_the_described_names_flew(nlp: Language, text: str) -> None:
    found = facts(nlp, text)
    assert key("Ada Rinn", "launchVehicle", "Starliner") in found
    assert key("Tomas Kell", "launchDate", "2024-06") in found
    assert not {k for k in found if k[0] in ("nick hague", "aleksandr gorbunov") and k[2] == "starliner"}


def test_a_month_of_a_past_year_is_no_date_of_the_flight(nlp: Language) -> None:
    found = facts(nlp, "Ada Rinn, who flew on the Shenzhou-9 mission in June 2012, was headed back to space on "
                       "Sunday aboard the Shenzhou-14 spaceship.")
    assert key("Ada Rinn", "launchDate", "2012-06") not in found


@pytest.mark.parametrize("text", [
    BEFORE + "They will come home with Ada Rinn and Tomas Kell, the two veterans who flew to the station on "
    "Starliner in June.",
    BEFORE + "The pair will return with Ada Rinn, who arrived at the station in June.",
])
def test_a_companion_s_own_day_is_not_the_landing_s(nlp: Language, text: str) -> None:
    found = facts(nlp, text)
    assert not {k for k in found if k[0] == "nick hague" and k[1] == "returnDate"}
