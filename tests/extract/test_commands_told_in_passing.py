"""Commands told in passing: by a participle on the craft or crew ("aboard Soyuz TM-12,
commanded by X", "joins Expedition 92, commanded by X"), in a past clause inside a plan ("X, who
had commanded Expedition 91 since October, is due to land"), on an expedition ("commanded it
again on Expedition 51"), of the station the sentence named ("X, who commanded it in 2009"), or
as the title of one due home ("X, the Expedition 90 commander, and his crewmates were due to
undock"): done, not planned. A command still to come stays planned. Invented people, real kinds
of names."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

keys = partial(reading.keys, published="2024-03-19")


def _commands(nlp: Language, text: str) -> set[tuple[str, str, str, str]]:
    return {k for k in keys(nlp, text) if k[1] == "commander"}


@pytest.mark.parametrize(("text", "flight", "person"), [
    ("On May 18, 1991 Nora Vance lifted off aboard Soyuz TM-12, commanded by Carl Dixon, with flight engineer "
     "Lea Moss.", "soyuz tm-12", "carl dixon"),
    ("Nora Vance flew on Soyuz 48, a mission commanded by Carl Dixon.", "soyuz 48", "carl dixon"),
    ("Nora Vance rode Soyuz MS-40, which was commanded by Carl Dixon.", "soyuz ms-40", "carl dixon"),
    ("The newcomers will join the station's Expedition 91 crew, commanded by Carl Dixon, and stay six months.",
     "expedition 91", "carl dixon"),
    ("The trio joins Expedition 92, commanded by Lea Moss, for a six-month stay.", "expedition 92", "lea moss"),
    ("Carl Dixon, who had commanded Expedition 91 since October, is due to land in Kazakhstan on Wednesday.",
     "expedition 91", "carl dixon"),
    ("Nora Vance flew three times. She led Expedition 16 in 2007, and commanded the station again on "
     "Expedition 51 in 2017.", "expedition 51", "nora vance"),
    ("Nora Vance commanded the station during Expedition 51.", "expedition 51", "nora vance"),
    ("Nora Vance is only the second European to lead the International Space Station, after the Belgian Carl "
     "Dixon, who commanded it in 2009.", "international space station", "carl dixon"),
    ("Nora Vance, the Expedition 90 commander, and her crewmates Carl Dixon and Lea Moss were due to undock on "
     "Monday.", "expedition 90", "nora vance"),
])
def test_a_command_told_in_passing_is_done(nlp: Language, text: str, flight: str, person: str) -> None:
    assert (flight, "commander", person, "reported") in _commands(nlp, text)


@pytest.mark.parametrize(("text", "flight", "person"), [
    ("Lea Moss will command Expedition 93 from March.", "expedition 93", "lea moss"),
    ("Crew-40 commander Nora Vance and her crewmates are expected to launch on Friday.", "crew-40", "nora vance"),
    ("Nora Vance, the Crew-40 commander, is set to launch on Friday and land in October.", "crew-40",
     "nora vance"),
])
def test_a_command_still_to_come_stays_planned(nlp: Language, text: str, flight: str, person: str) -> None:
    assert (flight, "commander", person, "reported") not in _commands(nlp, text)
    assert (flight, "commander", person, "planned") in _commands(nlp, text)


@pytest.mark.parametrize("text", [
    "Nora Vance commanded Soyuz TMA-40 on the way to Expedition 14.",
    "Nora Vance, a pilot trained by Carl Dixon, flew on Soyuz MS-40.",
    "Nora Vance visited the International Space Station in 2009. Carl Dixon built a plane and commanded it in 2010.",
    "The crew will join Expedition 94, to be commanded by Nora Vance.",
])
def test_no_command_is_read_into_other_words(nlp: Language, text: str) -> None:
    found = _commands(nlp, text)
    assert ("expedition 14", "commander", "nora vance", "reported") not in found
    assert not any(k[2] == "carl dixon" for k in found)
    assert ("expedition 94", "commander", "nora vance", "reported") not in found


def test_a_departing_commander_does_not_take_the_recipient_s_expedition(nlp: Language) -> None:
    found = _commands(nlp, "The departing commander, Carl Dixon, handed the key of the station to Nora Vance, who "
                           "now leads Expedition 70.")
    assert ("expedition 70", "commander", "nora vance", "reported") in found
    assert not any(k[2] == "carl dixon" for k in found)


def test_an_outgoing_commander_of_a_named_expedition_keeps_it(nlp: Language) -> None:
    found = _commands(nlp, "Nora Vance will return with outgoing Expedition 16 commander Carl Dixon.")
    assert ("expedition 16", "commander", "carl dixon", "reported") in found
