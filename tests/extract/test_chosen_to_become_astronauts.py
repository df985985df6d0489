"""A selection told with a "to" clause that makes someone an astronaut keeps its year and agency
(invented names): "selected to be an astronaut in 2004", "chosen by ESA to become an astronaut
in May 2009", "selected by Nasa to participate in its astronaut program"; a "to" clause of a
seat or a job is no selection ("selected to fly as an astronaut on Crew-9", "picked to serve as
the astronaut liaison")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading


@pytest.mark.parametrize(("text", "year"), [
    ("Tala Orin was selected to be an astronaut in 2004 after working with the agency as a flight controller.",
     "2004"),
    ("In 1990 Tala Orin was selected by NASA to participate in its astronaut program, and she trained until 1991.",
     "1990"),
    ("Tala Orin was chosen by ESA to become an astronaut in May 2009.", "2009"),
    ("Tala Orin was one of six Canadians chosen in 1983 to be part of the country's first astronaut corps.",
     "1983"),
    ("Tala Orin was picked in 1978 to become a cosmonaut.", "1978"),
])
def test_a_to_clause_of_becoming_an_astronaut_is_a_selection(nlp: Language, text: str, year: str) -> None:
    assert key("Tala Orin", "selectionYear", year) in reading.keys(nlp, text, "2024-06-10")


def test_the_agency_of_such_a_selection_is_kept(nlp: Language) -> None:
    found = reading.keys(nlp, "Tala Orin was chosen by ESA to become an astronaut in May 2009.", "2024-06-10")
    assert key("Tala Orin", "selectedBy", "European Space Agency") in found
    assert key("Tala Orin", "selectionDate", "2009-05") in found


@pytest.mark.parametrize("text", [
    "Tala Orin was selected to fly as an astronaut on Crew-9 in 2024.",
    "Tala Orin was selected to be an astronaut on Crew-9 in 2024.",
    "Tala Orin was selected to be the astronaut on the next flight in 2027.",
    "Tala Orin was picked to serve as the astronaut liaison in 2019.",
    "Tala Orin was chosen to command Crew-9 in 2024.",
])
def test_a_seat_or_a_job_is_no_selection(nlp: Language, text: str) -> None:
    found = reading.keys(nlp, text, "2024-06-10")
    assert not [k for k in found if k[1] in ("selectionYear", "selectionDate", "selectedBy")]


def test_a_hoped_selection_is_no_selection_done(nlp: Language) -> None:
    found = reading.keys(nlp, "Tala Orin hopes to be selected to be an astronaut in 2030.", "2024-06-10")
    assert not [k for k in found if k[1] == "selectionYear" and k[3] == "reported"]


@pytest.mark.parametrize("text", [
    "Tala Orin will be selected to be an astronaut in 2030.",
    "The agency said Tala Orin is expected to be chosen to become an astronaut in 2030.",
])
def test_a_selection_to_come_stays_a_plan(nlp: Language, text: str) -> None:
    found = reading.keys(nlp, text, "2024-06-10")
    assert not [k for k in found if k[1] == "selectionYear" and k[3] == "reported"]
