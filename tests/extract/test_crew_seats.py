"""Seats on a flight as reporters list them: each role goes to the people it names, not to
everyone in the list, and "the commander, X" is X (invented names, the session ``nlp``)."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.gold import key
from tests.extract import reading

keys = partial(reading.keys, published="2021-07-22")


@pytest.mark.parametrize("text", [
    "Shenzhou-31 is crewed by four astronauts: commander Ada Rinn, pilot Tomas Kell, and mission specialists "
    "Lena Voss and Omar Haddad.",
    "The STS-140 crew is made up of commander Ada Rinn, pilot Tomas Kell and mission specialists Lena Voss and "
    "Omar Haddad.",
    "On Crew-14 were commander Ada Rinn, pilot Tomas Kell and mission specialists Lena Voss and Omar Haddad.",
])
def test_a_plural_role_in_a_list_goes_only_to_the_people_it_names(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    specialists = {k[0] for k in found if k[1:] == ("crewRole", "mission specialist", "reported")}
    assert specialists == {key("Lena Voss", "crewRole", "x")[0], key("Omar Haddad", "crewRole", "x")[0]}
    assert key("Ada Rinn", "crewRole", "commander") in found
    assert key("Tomas Kell", "crewRole", "pilot") in found


def test_people_listed_after_a_plural_role_keep_it_when_no_other_role_is_named(nlp: Language) -> None:
    found = keys(nlp, "On Crew-14 were flight engineers Lena Voss and Omar Haddad and commander Ada Rinn.")
    assert key("Lena Voss", "crewRole", "flight engineer") in found
    assert key("Omar Haddad", "crewRole", "flight engineer") in found
    assert key("Ada Rinn", "crewRole", "flight engineer") not in found
    assert key("Crew-14", "commander", "Ada Rinn") in found


@pytest.mark.parametrize("text", [
    "Ada Rinn's first flight was aboard Gemini 14 in 1966, flying as pilot for the commander, Tomas Kell.",
    "On Soyuz TMA-30, Ada Rinn served as flight engineer under the commander, Tomas Kell.",
    "The Malaysian astronaut, Ada Rinn, is flying with the new commander of the International Space Station, astronaut "
    "Tomas Kell, and Russian cosmonaut Ivo Brandt.",
    "Ada Rinn flew with the commander of Soyuz TMA-30, NASA astronaut Tomas Kell.",
])
def test_the_role_followed_by_a_name_is_that_person(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Tomas Kell", "crewRole", "commander") in found
    assert key("Ada Rinn", "crewRole", "commander") not in found


@pytest.mark.parametrize("text", [
    "Crew-14 will carry three private passengers. Astronaut Ada Rinn made history in 1996 when she joined the "
    "crew of the STS-76 mission on the Space Shuttle Atlantis.",
    "Crew-14 will carry three private passengers. Ada Rinn joined the crew of STS-76 in 1996.",
])
def test_joining_the_crew_of_a_named_mission_is_a_seat_on_it_not_on_the_story_s(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("STS-76", "crewMember", "Ada Rinn") in found
    assert key("Crew-14", "crewMember", "Ada Rinn") not in found


@pytest.mark.parametrize("text", [
    "Ada Rinn was the spacecraft commander for the Apollo 19 lunar landing mission, which included fellow "
    "astronauts Tomas Kell and Lena Voss.",
    "Shenzhou-31, which included Tomas Kell and Lena Voss, landed on Sunday.",
    "Shenzhou-31 will carry three people. Passengers include Tomas Kell, an entrepreneur, and Lena Voss, an "
    "18-year-old student.",
    "Shenzhou-31 will fly in May. It is the second flight of the year. The company has a long waiting list. "
    "Passengers include Tomas Kell and Lena Voss.",  # the one flight the story named, sentences before
])
def test_the_people_a_flight_included_are_its_crew(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    flight = "Apollo 19" if "Apollo" in text else "Shenzhou-31"
    assert key(flight, "crewMember", "Tomas Kell") in found
    assert key(flight, "crewMember", "Lena Voss") in found


def test_someone_named_inside_what_a_flight_included_is_not_its_crew(nlp: Language) -> None:
    found = keys(nlp, "Ada Rinn flew Apollo 19, which included a landing near Tomas Kell's crater.")
    assert key("Apollo 19", "crewMember", "Tomas Kell") not in found


def test_a_role_in_a_bracket_after_a_name_is_that_person_s(nlp: Language) -> None:
    found = keys(nlp, "On April 23, 2021, SpaceX launched the Crew-14 mission with four astronauts on board:\n"
                      "- Ada Rinn (NASA, mission commander)\n- Tomas Kell (NASA, pilot)\n"
                      "- Lena Voss (JAXA, mission specialist)\n- Omar Haddad (ESA, mission specialist)\n"
                      "This was the second operational flight.")
    assert key("Tomas Kell", "crewRole", "pilot") in found
    specialists = {k[0] for k in found if k[1:] == ("crewRole", "mission specialist", "reported")}
    assert specialists == {key("Lena Voss", "crewRole", "x")[0], key("Omar Haddad", "crewRole", "x")[0]}


def test_a_role_in_a_bracket_after_a_name_the_article_does_not_know_goes_to_no_one(nlp: Language) -> None:
    found = keys(nlp, "Crew-14 launched with four astronauts on board:\n- Ada Rinn (NASA, mission commander)\n"
                      "- Zqx Vbnm (JAXA, mission specialist)\nIt was the second flight.")
    assert key("Ada Rinn", "crewRole", "mission specialist") not in found


@pytest.mark.parametrize("text", [
    "Mark Dove was Japan's first astronaut on STS-47 in September 1992. From Feb. 11-22, 2000, he was a mission "
    "specialist as part of the international crew aboard Space Shuttle Endeavour, STS-99.",
    "Mark Dove flew on STS-47 first. Later he was a mission specialist on STS-99, the radar mapping flight.",
])
def test_a_mission_specialist_is_one_on_the_flight_the_sentence_names(nlp: Language, text: str) -> None:
    extraction = next(extract(nlp, [Article(text, published="2021-12-12", id="t")]))
    names = {e.key: e.name for e in extraction.entities}
    roles = {(names[f.subject], getattr(f.object, "value", ""), names.get(str(dict(f.qualifiers).get("mission")), ""))
             for f in extraction.facts if f.predicate == "crewRole"}
    assert ("Mark Dove", "mission specialist", "STS-99") in roles
    assert ("Mark Dove", "mission specialist", "STS-47") not in roles


@pytest.mark.parametrize("text", [
    "Apollo 31 was commanded by Ada Rinn, with Tomas Kell as lunar module pilot and Omar Haddad as command "
    "module pilot.",
    "Apollo 31 lifted off with Ada Rinn as commander, Tomas Kell as lunar module pilot and Omar Haddad as "
    "command module pilot.",
    "On Apollo 31, Tomas Kell served as lunar module pilot and Omar Haddad as command module pilot.",
    "Apollo 31 carried Tomas Kell as lunar module pilot and Omar Haddad as command module pilot.",
    "Apollo 31 flew with Tomas Kell as lunar module pilot, while Omar Haddad stayed aloft as command module pilot.",
])
def test_each_as_role_goes_to_the_name_right_before_it(nlp: Language, text: str) -> None:
    """"with A as R1 and B as R2": the parser may hang the second "as" on A; the words do not."""
    found = keys(nlp, text)
    roles = {(k[0], k[2]) for k in found if k[1] == "crewRole"}
    tomas, omar = key("Tomas Kell", "crewRole", "x")[0], key("Omar Haddad", "crewRole", "x")[0]
    assert (tomas, "lunar module pilot") in roles and (omar, "command module pilot") in roles
    assert (tomas, "command module pilot") not in roles and (omar, "lunar module pilot") not in roles


@pytest.mark.parametrize("text", [
    "Ada Rinn remains on the station as commander of Expedition 75 with two crewmates.",
    "Ada Rinn stays aboard the station as commander of Expedition 75.",
])
def test_a_word_before_the_preposition_of_a_seat_is_not_the_seat_s(nlp: Language, text: str) -> None:
    assert key("Expedition 75", "commander", "Ada Rinn") in keys(nlp, text)


@pytest.mark.parametrize("text", [
    "Ada Rinn, the former station commander, spoke on Monday about Expedition 75.",
    "Ada Rinn was the backup commander of Expedition 75.",
])
def test_a_word_of_the_seat_itself_still_says_it_is_none(nlp: Language, text: str) -> None:
    assert key("Expedition 75", "commander", "Ada Rinn") not in keys(nlp, text)


def _seats(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    extraction = next(extract(nlp, [Article(text, published="2021-12-12", id="t")]))
    names = {e.key: e.name for e in extraction.entities}
    return {(names[f.subject], getattr(f.object, "value", ""), names.get(str(dict(f.qualifiers).get("mission")), ""))
            for f in extraction.facts if f.predicate == "crewRole"}


@pytest.mark.parametrize("text", [
    "Crew-40 will launch on Monday. Tom Kell is the pilot of the Crew Dragon spacecraft and second in command for "
    "the mission.",
    "Crew-40 will launch on Monday with Ada Rinn. Tom Kell, who is the pilot of the Crew Dragon on the flight, "
    "trained for two years.",
])
def test_a_seat_on_the_craft_of_the_mission_is_on_that_mission(nlp: Language, text: str) -> None:
    assert ("Tom Kell", "pilot", "Crew-40") in _seats(nlp, text)


def test_a_seat_on_a_craft_is_on_no_mission_the_sentence_does_not_speak_of(nlp: Language) -> None:
    seats = _seats(nlp, "Crew-40 will launch on Monday. Tom Kell is the pilot of the Crew Dragon spacecraft.")
    assert ("Tom Kell", "pilot", "Crew-40") not in seats


@pytest.mark.parametrize("text", [
    "Launched on December 7, 1972, with a crew consisting of Commander Ada Rinn, Command Module Pilot Tomas Kell, "
    "and Lunar Module Pilot Lena Voss, Apollo 19 remains the last Moon landing.",
    "Apollo 19 lifted off on Monday with Lunar Module Pilot Lena Voss aboard.",
])
def test_a_craft_inside_the_roles_own_words_is_no_flight(nlp: Language, text: str) -> None:
    """ "Lunar Module Pilot X": the model may take "Lunar Module" for a craft; the seat is on the flight."""
    found = keys(nlp, text)
    assert key("Apollo 19", "crewMember", "Lena Voss") in found
    assert not [k for k in found if k[0] == "lunar module" and k[1] == "crewMember"]


@pytest.mark.parametrize(("text", "flights"), [
    ("The former astronaut Ada Rinn was a mission specialist on the STS-140 and STS-142 Space Shuttle missions in "
     "1984 and 1990, respectively.", ("STS-140", "STS-142")),
    ("Ada Rinn was a mission specialist on STS-140, STS-142 and STS-143.", ("STS-140", "STS-142", "STS-143")),
    ("According to NASA, Captain Ada Rinn passed away at home. The former astronaut was a mission specialist on the "
     "STS-140 and STS-142 Space Shuttle missions in 1984 and 1990, respectively.", ("STS-140", "STS-142")),
])
def test_a_seat_on_several_listed_missions_is_held_on_each(nlp: Language, text: str, flights: tuple[str, ...]) -> None:
    found = keys(nlp, text)
    assert all(key(f, "crewMember", "Ada Rinn") in found for f in flights)


def test_a_mission_of_someone_in_a_clause_after_the_seat_is_not_the_seats(nlp: Language) -> None:
    found = keys(nlp, "Ada Rinn was a mission specialist on STS-140 with Tomas Kell, who had flown on STS-141.")
    assert key("STS-140", "crewMember", "Ada Rinn") in found
    assert key("STS-141", "crewMember", "Ada Rinn") not in found


def test_a_flight_named_in_a_clause_of_its_own_is_not_the_seats(nlp: Language) -> None:
    """The crew they relieve, named in a clause after the list of seats, is another flight's."""
    text = ("Their Shenzhou-41 spaceship took off on Tuesday. The rocket lifted the spaceship and its three "
            "taikonauts -- commander Ada Rinn, flight engineer Tomas Kell and payload specialist Lena Voss -- "
            "towards the station, where they will take over from the Shenzhou-40 crew. As payload specialist she "
            "will look after the experiments.")
    found = keys(nlp, text)
    assert key("Shenzhou-41", "commander", "Ada Rinn") in found
    assert not [k for k in found if k[0] == "shenzhou-40" and k[1] in ("commander", "crewMember")]


def test_a_seat_held_is_not_told_again_as_a_plan(nlp: Language) -> None:
    """ "As payload specialist she will look after the experiments": the seat told as held before
    stays one fact, not a held one and a planned one (two seats a reader cannot choose between)."""
    text = ("Shenzhou-41 lifted off on Tuesday with commander Ada Rinn and payload specialist Lena Voss. "
            "As payload specialist she will look after the experiments.")
    found = keys(nlp, text)
    assert key("Shenzhou-41", "crewMember", "Lena Voss") in found
    assert key("Shenzhou-41", "crewMember", "Lena Voss", "planned") not in found


@pytest.mark.parametrize("text", [
    "Selected for the Shenzhou-60 mission were Tang Weiming, aged 40, commander, and Lu Jiahao, aged 41, flight "
    "engineer.",
    "Shenzhou-60 carries Tang Weiming, 40, commander, and Lu Jiahao, 41, flight engineer.",
])
def test_a_role_after_an_age_in_a_list_is_the_items_person(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Shenzhou-60", "commander", "Tang Weiming") in found
    assert key("Lu Jiahao", "crewRole", "commander") not in found


@pytest.mark.parametrize("text", [
    "Tang Weiming and Lu Jiahao saluted and reported to the base commander before boarding Shenzhou-60.",
    "Tang Weiming greeted the garrison commander, then boarded Shenzhou-60 with Lu Jiahao.",
])
def test_a_commander_of_a_base_is_no_seat(nlp: Language, text: str) -> None:
    assert not {k for k in keys(nlp, text) if k[1] in ("commander", "crewRole")}
