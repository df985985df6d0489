"""A counted group word ("the three men", "the trio") after a flight's launch with its crew
means that crew when it has as many people and shares some with whom the reference
component read the group as: not a partner of one of them on an earlier flight. Invented
names, an obituary's shape in several phrasings."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

triples = partial(reading.triples, published="2031-06-10")

_CAREER = ("Karl Brenner was picked by NASA in 2018. He flew three times: as commander of Gemini 40 in 2026, "
           "with Bo Tanner; as pilot of Apollo 88 in 2028; and as commander of Apollo 90. Apollo 90 lifted off from "
           "the Kennedy Space Center on April 11, 2030, with Ivo Nakamura and Omar Haddad. Two days out, an oxygen "
           "tank blew up. ")


@pytest.mark.parametrize("landing", [
    "The three men crowded into the lunar module, which served as a lifeboat, swung around the Moon and splashed "
    "down in the Pacific on April 17.",
    "The three men crowded into the lunar module, looped around the Moon and splashed down in the Pacific on "
    "April 17.",
    "The three men huddled in the lunar module for days and splashed down in the Pacific on April 17.",
    "The three men moved into the lunar module, which kept them alive, and splashed down in the Pacific on April 17.",
    "The three men crowded into the lunar module, rounded the Moon, and splashed down in the Pacific on April 17.",
])
def test_the_counted_group_is_the_flights_crew(nlp: Language, landing: str) -> None:
    found = {t for t in triples(nlp, _CAREER + landing) if t[1] == "returnDate"}
    assert {("karl brenner", "returnDate", day) for day in ("2030-04-17", "2031-04-17")} & found
    assert not {t for t in found if t[0] == "bo tanner"}


@pytest.mark.parametrize("text", [
    "Three astronauts landed safely back on Earth Sunday after completing their missions aboard the station.\n\n"
    "The flight began with the launch of the Expedition 91 crew - Bo Tanner and Ivo Nakamura - now in charge of "
    "the space station.",
    "Three astronauts landed near Arkalyk on Sunday after completing their missions aboard the station. The "
    "Expedition 91 crew, Bo Tanner and Ivo Nakamura, now runs the station.",
])
def test_a_counted_group_is_no_crew_of_another_size(nlp: Language, text: str) -> None:
    """"Three astronauts landed": not the crew of two the story names next, who stayed aboard."""
    found = {t for t in triples(nlp, text) if t[1] in ("returnDate", "landingSite", "landedWith")}
    assert not found
