"""Facts that real pages tell of someone or something else, which must not be given to the
story's person: a job in a clause about "it", a death of a name the story did not make out,
a crew that stays on the ground, a country inside the state its sentence only passes through,
an age at a mishap, a military unit taken for a person, and "their" after a sentence with
two groups (invented names, the session ``nlp``)."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading

triples = partial(reading.triples, published="2031-06-10")
keys = partial(reading.keys, published="2031-06-10")


@pytest.mark.parametrize("text", [
    "“You are the twelve, you are the best of us,” Governor Ada Rinn said during a ceremony at Lyman Center in "
    "Houston. \"You carry our hopes.\"\n\nThe agency's Class of 2031 includes six military officers, two of them "
    "doctors. It includes a marine biologist involved in polar expeditions, a geologist who has worked with "
    "NASA’s Mars rover, and a SpaceX engineer who might ride a rocket and capsule he helped design.",
    "Governor Ada Rinn spoke first. This includes a geologist and a SpaceX engineer who might fly a capsule he "
    "helped build.",
])
def test_a_job_in_a_clause_about_a_thing_is_no_speakers(nlp: Language, text: str) -> None:
    found = triples(nlp, text)
    assert not any(s == "ada rinn" and p in ("occupation", "employer") for s, p, _ in found)


def test_a_job_said_of_the_person_is_kept(nlp: Language) -> None:
    found = keys(nlp, "Ada Rinn is a geologist who has worked with a Mars rover.")
    assert key("Ada Rinn", "occupation", "geologist") in found


@pytest.mark.parametrize("text", [
    "Tom Brisk flew to the Moon in 2031. Vantree died in 2054 and Brisk died in 2058.",
    "Tom Brisk flew to the Moon in 2031. Vantree died in 2054, and Brisk died in 2058.",
])
def test_a_death_of_an_unknown_name_is_not_the_story_persons(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Tom Brisk", "deathDate", "2058") in found
    assert key("Tom Brisk", "deathDate", "2054") not in found


@pytest.mark.parametrize("text", [
    "Tom Brisk was a member of the astronaut support crew for Apollo 29 and flew on Apollo 31.",
    "Tom Brisk served on the support crew of Apollo 29 and later flew on Apollo 31.",
    "Tom Brisk served on the backup crew of Apollo 29 and later flew on Apollo 31.",
    "Tom Brisk was named to the support crew of Apollo 29 in 1968 and flew on Apollo 31.",
])
def test_a_crew_on_the_ground_is_no_seat(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Apollo 29", "crewMember", "Tom Brisk") not in found
    assert key("Apollo 31", "crewMember", "Tom Brisk") in found


@pytest.mark.parametrize(("text", "mission"), [
    ("Ada Rinn was a member of the Apollo 29 crew.", "Apollo 29"),
    ("Ada Rinn served on Expedition 59.", "Expedition 59"),
])
def test_a_flying_crew_is_a_seat(nlp: Language, text: str, mission: str) -> None:
    assert key(mission, "crewMember", "Ada Rinn") in keys(nlp, text)


@pytest.mark.parametrize("text", [
    "Sally Ride, America's first female astronaut, and Lena Voss work on a test as part of their 1978 class at "
    "Vance Space Center in Florida.",
    "Tom Brisk of France trained as part of a team at a base in Texas.",
])
def test_as_part_of_is_no_place_in_another(nlp: Language, text: str) -> None:
    found = triples(nlp, text, kind="locatedIn")
    assert not any(s in ("united states", "france") for s, _, _ in found)


@pytest.mark.parametrize(("text", "part", "whole"), [
    ("Zaoyang, which is part of Xiangyang, is a city in Hubei.", "Zaoyang", "Xiangyang"),
    ("Zaoyang city is a part of Hubei province.", "Zaoyang", "Hubei"),
])
def test_a_place_that_is_part_of_another_is_in_it(nlp: Language, text: str, part: str, whole: str) -> None:
    assert key(part, "locatedIn", whole) in keys(nlp, text)


@pytest.mark.parametrize("text", [
    "Lena Voss lost her left arm in a car crash at the age of 19 and went on to race for Canada.",
    "Her leg was amputated after a motorcycle accident at the age of 19. Lena Voss went on to race.",
    "Lena Voss, who lost an eye at age 19, joined the corps in 2009.",
    "Lena Voss was paralysed at the age of 19 and later trained as a pilot.",
])
def test_an_age_at_a_mishap_is_no_age_now(nlp: Language, text: str) -> None:
    found = triples(nlp, text, kind="age")
    assert not found


@pytest.mark.parametrize(("text", "years"), [
    ("Lena Voss flew again at the age of 77.", "77"),
    ("Lena Voss died on Tuesday at the age of 87.", "87"),
    ("Lena Voss, 41, lost her glove during the spacewalk.", "41"),
])
def test_an_age_told_of_a_deed_is_kept(nlp: Language, text: str, years: str) -> None:
    assert ("lena voss", "age", years) in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Norway's Arne Vik trained as a paratrooper with the Swiss Special Forces Commando before becoming a doctor.",
    "Arne Vik served with the Dutch Special Forces Commando before joining the agency.",
])
def test_a_military_unit_is_no_person(nlp: Language, text: str) -> None:
    found = triples(nlp, text)
    assert not any(("commando" in s or "squadron" in s) for s, _, _ in found)


def test_their_after_the_cosmonauts_is_the_cosmonauts(nlp: Language) -> None:
    text = ("Arne Vik flew to the station aboard Soyuz 88 with Tom Brisk. The cosmonauts worked on the station "
            "together with Ada Rinn and Lena Voss. Their stay in space was 7 days 22 hours.")
    found = triples(nlp, text, kind="timeInSpace")
    assert {s for s, _, _ in found} == {"arne vik", "tom brisk"}


def test_their_after_a_group_that_names_no_one_is_no_one(nlp: Language) -> None:
    text = ("The cosmonauts worked on the station together with Ada Rinn and Lena Voss. Their stay in space was "
            "7 days 22 hours.")
    assert not triples(nlp, text, kind="timeInSpace")


def test_their_after_one_group_is_theirs(nlp: Language) -> None:
    text = "Arne Vik and Tom Brisk flew to the station aboard Soyuz 88. Their stay in space was 7 days 22 hours."
    found = triples(nlp, text, kind="timeInSpace")
    assert {s for s, _, _ in found} == {"arne vik", "tom brisk"}


@pytest.mark.parametrize("text", [
    "Aside from Tom Brisk, the only other commander who wasn't either American or Russian was Lars Holm of Belgium.",
    "Tom Brisk is not Russian; he was born in Ohio.",
    "Tom Brisk was never American, his sister said.",
])
def test_a_nationality_denied_is_none(nlp: Language, text: str) -> None:
    found = triples(nlp, text, kind="nationality")
    assert not any(s == "tom brisk" for s, _, _ in found)


@pytest.mark.parametrize(("text", "country"), [
    ("Tom Brisk, who is Canadian, flew with Ivan Petrov.", "canada"),
    ("Tom Brisk is American.", "united states"),
])
def test_a_nationality_told_is_kept(nlp: Language, text: str, country: str) -> None:
    assert ("tom brisk", "nationality", country) in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "“Naval officer, aviator, chemist, test pilot, and astronaut were among the many hats of this talented man,” "
    "said Governor Ada Rinn in a statement.",
    "“Test pilot and astronaut were only two of his many titles,” Ada Rinn said.",
])
def test_roles_in_a_quote_are_not_the_speakers(nlp: Language, text: str) -> None:
    assert not triples(nlp, text, kind="occupation")


@pytest.mark.parametrize("text", [
    "“I am a test pilot first,” Tom Brisk said.",
    "Tom Brisk, a test pilot, said he was ready.",
])
def test_a_speakers_own_role_is_kept(nlp: Language, text: str) -> None:
    assert ("tom brisk", "occupation", "test pilot") in triples(nlp, text)


def test_a_role_before_a_name_in_a_list_is_that_names(nlp: Language) -> None:
    text = ("On board: pop star Ada Rinn, who sang a song in weightlessness; TV anchor Lena Voss; film producer Kia "
            "Dunn; and the journalist and helicopter pilot Tara Sole, the fiancee of the company founder.")
    found = triples(nlp, text, kind="occupation")
    assert ("tara sole", "occupation", "journalist") in found
    assert ("ada rinn", "occupation", "journalist") not in found


def test_a_role_alone_goes_back_to_the_one_told_of(nlp: Language) -> None:
    found = triples(nlp, "Ada Rinn spoke first. The journalist said the flight was short.", kind="occupation")
    assert ("ada rinn", "occupation", "journalist") in found


@pytest.mark.parametrize("text", [
    "NASA astronaut Ada Rinn took command of the station on Sunday. Rinn thanked her crew. \"I am leaving my second "
    "home in Ada's gentle hands,\" the Roscosmos cosmonaut said.",
    "NASA astronaut Ada Rinn took command of the station on Sunday. “Ada Rinn will do well,” the Roscosmos "
    "cosmonaut, who flew five times, told reporters.",
])
def test_a_speaker_after_a_quote_is_not_whom_it_names(nlp: Language, text: str) -> None:
    found = triples(nlp, text)
    assert ("ada rinn", "occupation", "cosmonaut") not in found
    assert ("ada rinn", "employer", "roscosmos") not in found


def test_a_speaker_after_a_quote_naming_no_one_is_the_one_told_of(nlp: Language) -> None:
    text = "Ada Rinn took command of the station on Sunday. \"It was a long day,\" the NASA astronaut said."
    assert ("ada rinn", "employer", "nasa") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "At the agency, Tom Brisk was part of the Gemini 17 mission in which the spacecraft rendezvoused with Gemini 16 "
    "in orbit.",
    "Tom Brisk was part of the Gemini 17 mission that met Gemini 16.",
])
def test_a_flight_in_a_clause_of_the_mission_is_no_seat(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Gemini 17", "crewMember", "Tom Brisk") in found
    assert key("Gemini 16", "crewMember", "Tom Brisk") not in found


@pytest.mark.parametrize(("text", "wrong"), [
    ("The crew landed off the coast of Tampa, Florida in the Gulf of Mexico on Saturday.",
     ("florida", "locatedIn", "gulf of mexico")),
    ("The capsule came down about 500 miles northeast of Tashkent in Kazakhstan.",
     ("tashkent", "locatedIn", "kazakhstan")),
    ("The capsule landed 80 km southeast of Zhezkazgan in Kazakhstan.", ("dzhezkazgan", "locatedIn", "kazakhstan")),
])
def test_a_point_off_a_place_puts_no_place_in_another(nlp: Language, text: str, wrong: tuple[str, str, str]) -> None:
    assert wrong not in triples(nlp, text)


def test_a_city_in_its_state_beside_a_gulf_is_kept(nlp: Language) -> None:
    found = triples(nlp, "The crew landed off the coast of Tampa, Florida in the Gulf of Mexico on Saturday.")
    assert ("tampa", "locatedIn", "florida") in found
