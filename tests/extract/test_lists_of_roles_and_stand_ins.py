"""How obituaries and anniversary stories list a crew (invented names, the session ``nlp``):
"A, the mission commander, B, the command module pilot," gives each role to the name before
it; the one a crewman replaced did not fly; a launch told of "the first shuttle mission,
which was launched in 1981" is another flight's; a town before a state is a place; a name
with a middle name and a quoted nickname is one person."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.gold import key
from tests.extract import reading

keys = partial(reading.keys, published="2021-07-22")


@pytest.mark.parametrize("text", [
    "The crew of Apollo 21 was Tom Varga, the mission commander, Karl Nemeth, the command module pilot, and Ivo "
    "Sand, the lunar module pilot.",
    "Aboard Apollo 21 were Tom Varga, the commander, Karl Nemeth, the command module pilot, and Ivo Sand.",
    'Apollo 21 flew Thomas "Tom" Varga Jr., the mission commander, Karl Nemeth, the command module pilot, and '
    "Ivo Sand, who served as lunar module pilot.",
])
def test_a_role_after_a_name_and_a_comma_is_that_names(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    commanders = {k[2] for k in found if k[:2] == key("Apollo 21", "commander", "x")[:2]}
    assert len(commanders) == 1 and "varga" in commanders.pop()
    assert key("Karl Nemeth", "crewRole", "commander") not in found
    assert key("Karl Nemeth", "crewRole", "command module pilot") in found


def test_the_role_before_a_name_at_the_end_of_a_clause_is_still_that_names(nlp: Language) -> None:
    found = keys(nlp, "Tom Varga flew Apollo 23 as pilot for the commander, Karl Nemeth.")
    assert key("Apollo 23", "commander", "Karl Nemeth") in found


@pytest.mark.parametrize("text", [
    "Ivo Sand, the lunar module pilot, along with commander Tom Varga and command module pilot Karl Nemeth -- a "
    "last-minute substitute for Bo Lind -- lifted off on April 11.",
    "Ivo Sand launched on April 11 with Tom Varga and Karl Nemeth, who replaced Bo Lind.",
    "Ivo Sand launched on April 11 with Tom Varga and with Karl Nemeth in place of Bo Lind.",
])
def test_the_one_a_crewman_stood_in_for_did_not_fly(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Ivo Sand", "flewWith", "Karl Nemeth") in found
    assert not any("lind" in k[0] or "lind" in k[2] for k in found if k[1] in ("flewWith", "crewMember"))


@pytest.mark.parametrize("text", [
    "Later Tom Varga ran astronaut training, getting crews ready for the first shuttle flight, which was "
    "launched in 1981.",
    "Tom Varga then trained for the next flight, which launches in 2027.",
    "Tom Varga flew on Apollo 21. Later Varga ran astronaut training, getting crews ready for the first shuttle "
    "flight, which was launched in 1981.",
])
def test_a_launch_of_another_unnamed_flight_is_nobodys(nlp: Language, text: str) -> None:
    assert not any(k[1] == "launchDate" for k in keys(nlp, text))


def test_a_launch_told_of_the_storys_mission_is_still_its_crews(nlp: Language) -> None:
    found = keys(nlp, "Ana Voss flew on Apollo 19. The mission, which launched in 1975, landed in the Pacific.")
    assert key("Ana Voss", "launchDate", "1975") in found


@pytest.mark.parametrize("text", [
    "Ada Rinn was born in Rockville, Maryland. Rinn considers Lafayette, Colorado, her hometown.",
    "Ada Rinn was born in Rockville, Maryland, but Rinn calls Lafayette, Colorado, her hometown.",
])
def test_a_town_before_a_state_is_a_place_and_the_hometown(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Ada Rinn", "hometown", "Lafayette") in found
    assert key("Ada Rinn", "hometown", "Colorado") not in found
    assert not any(k[0] == "lafayette" and k[1] != "locatedIn" for k in found)


def test_another_native_in_apposition_describes_only_its_name(nlp: Language) -> None:
    found = keys(nlp, "Ada Rinn considers Lafayette, Colorado, her hometown. She and Omar Haddad, another Colorado "
                      "native, graduated from the course in 2019.")
    assert key("Ada Rinn", "hometown", "Colorado") not in found
    assert key("Omar Haddad", "hometown", "Colorado") in found


@pytest.mark.parametrize("name", ['Richard Tomas "Dick" Berg', 'Richard T. "Dick" Berg', 'Richard "Dick" Berg'])
def test_a_name_with_a_quoted_nickname_is_one_person(nlp: Language, name: str) -> None:
    found = keys(nlp, f"Retired astronaut {name}, a Navy pilot, died on March 3, 2019. "
                      "Born in Tacoma, Washington, in 1931, Berg flew on Gemini 11.")
    people = {k[0] for k in found if k[1] in ("deathDate", "birthPlace")}
    assert len(people) == 1 and people.pop().startswith("richard")


@pytest.mark.parametrize(("text", "country"), [
    ("Lina Haddad, an engineer who became the first Egyptian to go to space, flew on NS-40.", "Egypt"),
    ("Rui Matos became the first person from Portugal to go to space.", "Portugal"),
    ("Tom Varga became the first Maltese citizen to fly to space.", "Malta"),
])
def test_firsts_of_countries_new_to_spaceflight_keep_their_country(nlp: Language, text: str, country: str) -> None:
    found = next(extract(nlp, [Article(text, published="2021-07-22", id="t")]))
    scopes = {getattr(v, "value", v) for f in found.facts if f.predicate == "holdsFirst"
              for q, v in f.qualifiers if q == "firstScope"}
    assert country in scopes


@pytest.mark.parametrize("text", [
    "SpaceX launched a private mission called Polar7. The mission commander of Polar7 is Ana Voss.",
    "The Polar7 mission, a week-long flight, is commanded by Ana Voss and includes pilot Eli Park.",
    "Ana Voss will command the Orbis3 mission, the first to fly over both poles.",
])
def test_a_private_missions_own_name_with_a_number_is_a_mission(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert any(k[1] == "commander" and k[2] == "ana voss" and k[0] in ("polar7", "orbis3") for k in found)


def test_a_private_flights_vehicle_commander_is_not_its_commander(nlp: Language) -> None:
    found = keys(nlp, "The Polar7 mission is commanded by Ana Voss, and includes vehicle commander Bo Lind, pilot "
                      "Eli Park, and mission specialist Tom Varga.")
    assert key("Polar7", "commander", "Ana Voss") in found
    assert key("Polar7", "commander", "Bo Lind") not in found
    assert key("Polar7", "crewMember", "Eli Park") in found


@pytest.mark.parametrize("text", [
    "Biloxi native Tom Varga will speak at the museum on Friday.",
    "Space pioneer and Biloxi native Tom Varga flew on Apollo 21.",
    "The city honored Biloxi native Tom Varga on Saturday.",
])
def test_a_name_before_native_is_the_hometown_of_the_name_after(nlp: Language, text: str) -> None:
    assert key("Tom Varga", "hometown", "Biloxi") in keys(nlp, text)


@pytest.mark.parametrize("text", [
    "Tom Varga, now 86, finished high school in 1950.",
    "Apollo 21 veteran Tom Varga, now 86, lives in Houston.",
    "The crew included Tom Varga, now 86, and Ivo Sand.",
])
def test_now_and_a_number_after_a_name_is_its_age(nlp: Language, text: str) -> None:
    assert key("Tom Varga", "age", "86") in keys(nlp, text)
