"""A roster line that gives the name first and the seat after it: a fact sheet's entries set
one to a paragraph under "Crew:" ("Tom Quill, Commander" / "Ann Lee, Pilot"), and a line of
names with their seats in brackets under "Primary crew" ("Tom Quill (Commander), Ann Lee
(Flight engineer)"). The flight is the one the roster stands under, named before it; a
backup crew's line is no seat on it. Invented names."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.components.lines import headline_lines, spaced_roster
from tests.extract import reading

keys = partial(reading.triples, published="2031-06-10")

SHEET = ("STS-161 Fact Sheet\n\nBy Al Marsh\n\nSTS-161 — Atlantis\n\nCrew:\n\n{lines}\n\nLaunch:\n\n"
         "April 29, 2031 – 12:02 p.m. EDT. The launch was delayed two minutes.")


@pytest.mark.parametrize("lines", [
    "Tom Quill, Commander\n\nAnn Lee, Pilot\n\nBo Tan, Mission Specialist\n\nDale Korvin, Payload Specialist",
    "Tom R. Quill, Commander\n\nAnn B. Lee, Pilot\n\nBo Tan, Mission Specialist\n\nDale Korvin, Payload Specialist",
    "• Tom Quill, Commander\n\n• Ann Lee, Pilot\n\n• Bo Tan, Mission Specialist\n\n• Dale Korvin, Payload Specialist",
])
def test_a_fact_sheet_s_entries_give_each_name_its_seat(nlp: Language, lines: str) -> None:
    found = keys(nlp, SHEET.format(lines=lines))
    quill = "tom r. quill" if "Tom R." in lines else "tom quill"
    lee = "ann b. lee" if "Ann B." in lines else "ann lee"
    assert {("sts-161", "commander", quill), (lee, "crewRole", "pilot"), ("sts-161", "crewMember", lee),
            ("bo tan", "crewRole", "mission specialist"), ("dale korvin", "crewRole", "payload specialist")} <= found
    assert not {k for k in found if k[1] == "crewRole" and k[0] != {
        "commander": quill, "pilot": lee, "mission specialist": "bo tan", "payload specialist": "dale korvin"}[k[2]]}


def test_fact_sheet_entries_are_no_headlines_but_its_heads_are() -> None:
    text = SHEET.format(lines="Tom Quill, Commander\n\nAnn Lee, Pilot")
    entries = [text[s:e] for s, e in spaced_roster(text)]
    assert entries == ["Tom Quill, Commander", "Ann Lee, Pilot"]
    heads = [text[s:e] for s, e in headline_lines(text)]
    assert "STS-161 Fact Sheet" in heads and not set(entries) & set(heads)


@pytest.mark.parametrize("text", [
    "Tom Quill, Commander\n\nAnn Lee, Pilot\n\nThe crew trained for a year.",  # no heading
    "Crew:\n\nTom Quill, Commander\n\nThe crew trained for a year.",  # one entry
    "Crew:\n\nTom Quill, who commanded the flight\n\nAnn Lee, a pilot of the flight",  # sentences, not entries
])
def test_lines_that_are_no_fact_sheet_roster(text: str) -> None:
    assert not spaced_roster(text)


@pytest.mark.parametrize("roster", [
    "Primary crew\nTom Quill (Commander), Ann Lee (Flight engineer)\nFlight duration\n7 days",
    "Primary crew\nTom Quill (Commander), Ann Lee (Flight engineer)\nBackup crew\nBo Tan (Commander), "
    "Dale Korvin (Flight engineer)\nFlight duration\n7 days",
    "Crew:\nTom Quill (Commander), Ann Lee (Flight engineer)\n\nBack-up crew:\nBo Tan (Commander), "
    "Dale Korvin (Flight engineer)",
])
def test_bracketed_seats_under_a_crew_heading_are_on_the_page_s_flight(nlp: Language, roster: str) -> None:
    text = f"Soyuz-41 flies astronomy mission\n\nSoyuz-41 mission at a glance:\n\nLaunch date\n1979 Dec. 18\n{roster}"
    found = keys(nlp, text)
    assert {("soyuz 41", "commander", "tom quill"), ("ann lee", "crewRole", "flight engineer"),
            ("soyuz 41", "crewMember", "ann lee")} <= found
    assert not {k for k in found if "bo tan" in k or "dale korvin" in k}


def test_a_roster_with_no_flight_before_it_gives_no_seat(nlp: Language) -> None:
    found = keys(nlp, "The astronauts posed for photos.\n\nPrimary crew\n"
                      "Tom Quill (Commander), Ann Lee (Flight engineer)")
    assert not {k for k in found if k[1] in ("commander", "crewMember")}


def test_the_nearest_flight_before_a_roster_is_its_own(nlp: Language) -> None:
    text = ("Soyuz 40 had flown in May.\n\nSoyuz 41 flies in June\n\nPrimary crew\n"
            "Tom Quill (Commander), Ann Lee (Flight engineer)")
    found = keys(nlp, text)
    assert ("soyuz 41", "commander", "tom quill") in found
    assert not {k for k in found if k[0] == "soyuz 40" and k[1] in ("commander", "crewMember")}


def test_a_fact_sheet_entry_s_name_is_whole(nlp: Language) -> None:
    found = keys(nlp, SHEET.format(lines="Tom Quill, Commander\n\nLodewijk van den Berg, Payload Specialist"))
    assert {("lodewijk van den berg", "crewRole", "payload specialist"),
            ("sts-161", "crewMember", "lodewijk van den berg")} <= found
    assert not {k for k in found if k[0] == "berg" or k[2] == "berg"}
