"""People titled by a flight's name and a word for its flyers ("NS-46 astronauts A, B, Dr. C
and D pose during training", "Shenzhou-30 taikonauts A and B returned") are its crew members;
a programme's astronauts are no flight's crew (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading


def crew(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(k[0], k[2]) for k in reading.keys(nlp, text, "2031-06-10") if k[1] == "crewMember"}


@pytest.mark.parametrize(("text", "flight", "people"), [
    ("NS-46 astronauts Rob Fenn, Nina Ellis, Dr. Eli Jahan, and Eugene Green during training at Launch Site "
     "One in Texas. Photo: Blue Origin", "ns-46", {"rob fenn", "nina ellis", "eli jahan", "eugene green"}),
    ("Crew-19 astronauts Rob Fenn and Nina Ellis waved to the crowd.", "crew-19", {"rob fenn", "nina ellis"}),
    ("Shenzhou-30 taikonauts Li Wen and Zhao Ming returned on Friday.", "shenzhou-30", {"li wen", "zhao ming"}),
])
def test_flyers_titled_by_their_flight(nlp: Language, text: str, flight: str, people: set[str]) -> None:
    assert {(flight, p) for p in people} <= crew(nlp, text)


@pytest.mark.parametrize("text", [
    "Former Apollo astronauts Rob Fenn and Nina Ellis waved to the crowd.",
    "NASA astronauts Rob Fenn and Nina Ellis waved to the crowd after Crew-19 landed.",
])
def test_no_flight_titles_them(nlp: Language, text: str) -> None:
    assert not {c for c in crew(nlp, text) if c[1] in ("rob fenn", "nina ellis")}
