"""Seats that are not a flight's own, and seats held now in a sentence about the future
(invented names, the session ``nlp``).

- A backup or reserve crew's seat is no seat on the flight ("commander of the Crew-14 backup
  crew", "trained as commander of the Mir-30 reserve crew"), nor is a seat one was trained for.
- Gemini's "command pilot" is the commander.
- A title held now keeps its "reported" mood when the sentence tells what others will do with
  its holder ("will dock and join Expedition 90 Commander X"), and a seat the sentence assigns
  to someone who will fly stays planned."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading

keys = partial(reading.keys, published="2031-03-02")


@pytest.mark.parametrize("text", [
    "In 2027, Ada Rinn became the commander of a back-up crew for an expedition to the Lunar Gateway.",
    "In 2027, Ada Rinn became the commander of a back-up crew for an expedition to the Mir Space Station.",
    "He trained as commander of the Crew-14 reserve crew, and later flew twice.",
    "Ada Rinn served as backup commander of the Crew-14 crew before her own flight.",
    "Ada Rinn was named commander of the backup crew for Crew-14.",
    "Ada Rinn was the stand-by commander of Crew-14.",
    "A native of Rome, Ada Rinn has undergone training in Russia as a Soyuz flight engineer.",
    "Ada Rinn trained as a flight engineer for Crew-14 in Houston.",
])
def test_a_backup_or_trained_for_seat_is_no_seat(nlp: Language, text: str) -> None:
    text = text.replace("He trained", "Ada Rinn trained")
    found = {k for k in keys(nlp, text) if k[1] in ("crewRole", "commander")}
    assert not {k for k in found if "ada rinn" in (k[0], k[2])}, found


@pytest.mark.parametrize("text", [
    "Ada Rinn was commander of the Crew-14 crew, and Tomas Kell commanded its backup crew.",
    "Ada Rinn, the Crew-14 commander, launched on Tuesday with her backup watching.",
    "Ada Rinn was the commander of Crew-14; Tomas Kell was her backup.",
])
def test_the_prime_crew_s_seat_stays(nlp: Language, text: str) -> None:
    assert key("Ada Rinn", "crewRole", "commander") in keys(nlp, text)


@pytest.mark.parametrize("text", [
    "He was the command pilot of Gemini 14, which launched on 15 December 1966.",
    "Ada Rinn was also the command pilot on Gemini 14, the first flight of its kind.",
    "Ada Rinn flew as command pilot of Gemini 14 in 1966.",
    "Gemini 14's command pilot, Ada Rinn, docked with the target on the first try.",
    "Ada Rinn served as command pilot for Gemini 14, with Tomas Kell as pilot.",
])
def test_a_command_pilot_is_the_commander(nlp: Language, text: str) -> None:
    found = keys(nlp, "Ada Rinn was born in Ohio. " + text.replace("He was", "Rinn was"))
    assert key("Ada Rinn", "crewRole", "commander") in found
    assert key("Gemini 14", "commander", "Ada Rinn") in found
    assert key("Ada Rinn", "crewRole", "pilot") not in found


@pytest.mark.parametrize(("text", "holder", "flight"), [
    ("Omar Haddad will arrive at the station on June 8, joining Expedition 90 Commander Ada Rinn and Flight "
     "Engineer Tomas Kell of NASA.", "Ada Rinn", "Expedition 90"),
    ("Lena Voss will spend nine days aboard the station and return to Earth on April 19 with outgoing "
     "Expedition 90 commander Ada Rinn.", "Ada Rinn", "Expedition 90"),
    ("Voss, Haddad and Kell are scheduled to dock their Soyuz MS-40 spacecraft on Tuesday and join "
     "Expedition 90 Commander Ada Rinn of NASA.", "Ada Rinn", "Expedition 90"),
    ("Omar Haddad will hand the experiments over to Expedition 90 Commander Ada Rinn next week.", "Ada Rinn",
     "Expedition 90"),
    ("Lena Voss is set to launch on Friday and will work alongside Expedition 90 commander Ada Rinn.", "Ada Rinn",
     "Expedition 90"),
])
def test_a_title_held_now_is_reported_in_a_sentence_about_the_future(nlp: Language, text: str, holder: str,
                                                                     flight: str) -> None:
    found = keys(nlp, text)
    assert key(holder, "crewRole", "commander") in found
    assert key(holder, "crewRole", "commander", "planned") not in found


@pytest.mark.parametrize("text", [
    "Crew-40 will be led by commander Ada Rinn when it launches next spring.",
    "Crew-40 commander Ada Rinn and her crewmates are expected to launch in March.",
    "Ada Rinn will be the commander of Crew-40, the agency announced on Tuesday.",
    "Ada Rinn will command Crew-40.",
])
def test_a_seat_on_a_flight_still_to_fly_stays_planned(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Crew-40", "commander", "Ada Rinn", "planned") in found
    assert key("Crew-40", "commander", "Ada Rinn") not in found


@pytest.mark.parametrize("text", [
    "Mission specialists on STS-190 included veteran spacewalkers Ada Rinn and Tomas Kell, and first-time fliers "
    "Lena Voss, Omar Haddad and Eva Holt, who served as flight engineer.",
    "The STS-190 crew was Lena Voss, Omar Haddad and Eva Holt, who flew as flight engineer.",
    "Aboard STS-190 were Lena Voss, Omar Haddad and Eva Holt, who served as the mission's flight engineer.",
    "STS-190 carried Lena Voss, Omar Haddad and Eva Holt, who was assigned as flight engineer.",
    "Lena Voss and Omar Haddad were joined on STS-190 by Eva Holt, who served as flight engineer.",
])
def test_a_relative_clause_s_seat_is_the_last_named_person_s(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    engineers = {k[0] for k in found if k[1:3] == ("crewRole", "flight engineer")}
    assert engineers == {key("Eva Holt", "crewRole", "x")[0]}, found


def test_a_relative_clause_with_plural_seats_keeps_every_name(nlp: Language) -> None:
    found = keys(nlp, "STS-190 carried Ada Rinn, Lena Voss and Eva Holt, who served as flight engineers.")
    engineers = {k[0] for k in found if k[1:3] == ("crewRole", "flight engineer")}
    assert {key(n, "crewRole", "x")[0] for n in ("Lena Voss", "Eva Holt")} <= engineers


@pytest.mark.parametrize("text", [
    "The crew will include NASA astronauts Ada Rinn, the commander, and pilot Tomas Kell, as well as two mission "
    "specialists.",
    "Crew-40 will carry pilot Tomas Kell and three other astronauts to the station in March.",
])
def test_a_seat_in_a_crew_still_to_fly_stays_planned(nlp: Language, text: str) -> None:
    found = keys(nlp, text.replace("The crew will", "The Crew-40 crew will"))
    assert key("Tomas Kell", "crewRole", "pilot") not in found, found
