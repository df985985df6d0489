"""Whose a fact is, where real reporting makes it easy to get wrong. Biographies told as
list entries and résumés: a name that is a sentence of its own ("Pavel Lentov." then "Born
on ..., he ..."), or a verbless sentence built on a name ("Tan Weiming, male, native of
Yixing, ..."), tells whom the next words are about; a place under its old and new names is
one birthplace; a broken record's figure "achieved by X" is X's; a dateline's country is no
one's nationality. Written for these tests with invented names, in several phrasings."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract import Article, Literal, extract
from extract.gold import key
from tests.extract import reading

keys = partial(reading.keys, published="2024-03-19")


_ENTRIES = [
    ("Oleg Varnakov. Born on March 3, 1971, in Samara, he graduated from the Moscow Aviation Institute in 1994.\n"
     "Pavel Dmitrievich Lentov. Born on May 9, 1984, in Kazan, he was selected as a cosmonaut candidate in 2010.\n"
     "Sergey Igorevich Brunin. Born on June 2, 1985, he was selected as a cosmonaut candidate in 2012."),
    ("Oleg Varnakov. He was born on March 3, 1971, and graduated from the Moscow Aviation Institute in 1994.\n\n"
     "Pavel Dmitrievich Lentov. He was born on May 9, 1984, and was selected as a cosmonaut candidate in 2010.\n\n"
     "Sergey Igorevich Brunin. He was born on June 2, 1985, and joined the cosmonaut corps in 2012."),
]


@pytest.mark.parametrize("entries", _ENTRIES)
def test_each_list_entry_is_about_its_own_name(nlp: Language, entries: str) -> None:
    found = keys(nlp, "Three cosmonauts arrived at the station on Friday. They are:\n" + entries)
    births = {"Oleg Varnakov": "1971-03-03", "Pavel Dmitrievich Lentov": "1984-05-09",
              "Sergey Igorevich Brunin": "1985-06-02"}
    for name, born in births.items():
        assert key(name, "birthDate", born) in found
        for other, date in births.items():
            if other != name:
                assert key(name, "birthDate", date) not in found


@pytest.mark.parametrize("text, place, born", [
    ("Resume of Comrade Tan Weiming\n\nTan Weiming, male, Han nationality, native of Yixing, Jiangsu, master degree. "
     "Born in April 1970, joined the army in June 1988.", "Yixing", "1970-04"),
    ("Tan Weiming, male, a native of Yixing, Jiangsu Province, member of the Communist Party of China. "
     "Born in April 1970, joined the Communist Party of China in 1991.", "Yixing", "1970-04"),
])
def test_a_resume_tells_hometown_and_birth(nlp: Language, text: str, place: str, born: str) -> None:
    found = keys(nlp, text)
    assert key("Tan Weiming", "hometown", place) in found
    assert key("Tan Weiming", "birthDate", born) in found


def test_a_sentence_with_its_own_subject_is_not_the_entry_s(nlp: Language) -> None:
    found = keys(nlp, "Tan Weiming, male, native of Yixing, Jiangsu. Born in April 1970, joined the army in 1988. "
                      "Zhou Lihua was born in May 1975 in Wuhan and joined the army in 1993.")
    assert key("Tan Weiming", "birthDate", "1970-04") in found
    assert key("Tan Weiming", "birthDate", "1975-05") not in found
    assert key("Zhou Lihua", "birthDate", "1975-05") in found


# ---------------------------------------------------------------------- a place under two names

@pytest.mark.parametrize("text, town, other", [
    ("Cosmonaut Pavel Lentov was born in Leningrad (now St Petersburg), Russia, in 1958.", "Leningrad",
     "St Petersburg"),
    ("Cosmonaut Pavel Lentov was born in 1958 in Leningrad, now St Petersburg.", "Leningrad", "St Petersburg"),
    ("Cosmonaut Pavel Lentov was born in Frunze, USSR, today Bishkek, Kyrgyzstan, in 1984.", "Frunze", "Bishkek"),
    ("Cosmonaut Pavel Lentov was born in St Petersburg (formerly Leningrad) in 1958.", "St Petersburg", "Leningrad"),
])
def test_a_birthplace_under_its_other_name_is_one_place(nlp: Language, text: str, town: str, other: str) -> None:
    found = keys(nlp, "Three cosmonauts arrived at the station on Friday.\n" + text)
    assert key("Pavel Lentov", "birthPlace", town) in found
    assert key("Pavel Lentov", "birthPlace", other) not in found


@pytest.mark.parametrize("text, town, born", [
    ("Born on September 1, 1984, in Samara, Russia, cosmonaut Pavel Lentov graduated from the Moscow Aviation "
     "Institute in 2006.", "Samara", "1984-09-01"),
    ("Pavel Lentov, cosmonaut.\nBorn on September 1, 1984, in the then Frunze, USSR, today Bishkek, Kyrgyzstan, he "
     "graduated from the Moscow Aviation Institute in 2006.", "Frunze", "1984-09-01"),
])
def test_a_fronted_birth_keeps_the_place_the_parser_hangs_on_the_main_verb(nlp: Language, text: str, town: str,
                                                                           born: str) -> None:
    found = keys(nlp, "Three cosmonauts arrived at the station on Friday.\n" + text)
    assert key("Pavel Lentov", "birthPlace", town) in found
    assert key("Pavel Lentov", "birthDate", born) in found


def test_the_today_of_a_renamed_place_is_no_birth_date(nlp: Language) -> None:
    found = keys(nlp, "Three cosmonauts arrived at the station on Friday.\nBorn in Frunze, USSR, today Bishkek, "
                      "Kyrgyzstan, cosmonaut Pavel Lentov flew twice.")
    assert key("Pavel Lentov", "birthPlace", "Frunze") in found
    assert not {k for k in found if k[0] == key("Pavel Lentov", "age", "1")[0] and k[1] == "birthDate"}


# ---------------------------------------------------------------------- records and datelines

@pytest.mark.parametrize("text", [
    "Ivan Sorokin broke the record on June 28 when he surpassed the figure of 803 days, nine hours and 41 minutes "
    "achieved by Mikhail Orlov, another Russian.",
    "Ivan Sorokin broke the record when he passed the figure of 803 days set by Mikhail Orlov in 2005.",
    "Ivan Sorokin now holds the record, beating the mark of 803 days held by Mikhail Orlov.",
])
def test_a_broken_record_s_figure_is_its_old_holder_s(nlp: Language, text: str) -> None:
    found = keys(nlp, "Cosmonaut Ivan Sorokin returned to Earth on Saturday with 879 days in space.\n" + text)
    assert key("Ivan Sorokin", "timeInSpace", "879") in found
    assert key("Ivan Sorokin", "timeInSpace", "803") not in found
    assert key("Ivan Sorokin", "holdsRecord", "803") not in found


@pytest.mark.parametrize("dateline", ["ASTANA (Kazakhstan) • ", "ASTANA, Kazakhstan (AFP) -- ",
                                      "BAIKONUR, Kazakhstan — "])
def test_a_dateline_s_country_is_no_nationality(nlp: Language, dateline: str) -> None:
    found = keys(nlp, "Record-breaking cosmonaut returns to Earth\n\n" + dateline + "Russian cosmonaut Ivan Sorokin "
                      "returned safely to Earth with two other astronauts from the International Space Station (ISS) "
                      "yesterday with the record for having spent the most time in space.")
    assert key("Ivan Sorokin", "nationality", "Russia") in found
    assert key("Ivan Sorokin", "nationality", "Kazakhstan") not in found


# ---------------------------------------------------------------------- whose flight a seat is on

@pytest.mark.parametrize("serving", ["with Lin Bo serving as the mission commander",
                                     "with Lin Bo acting as the mission commander"])
def test_a_crew_named_with_its_mission_is_that_mission_s(nlp: Language, serving: str) -> None:
    found = keys(nlp, "Lin Bo will command Shenzhou-41 next week.\nThe main goal is a crew rotation with the "
                      "Shenzhou-40 crew. The Shenzhou-41 crew consists of three astronauts: pilot Lin Bo, flight "
                      f"engineer Qiao Wen, and payload specialist Fang Jie, {serving}.")
    assert key("Shenzhou-41", "commander", "Lin Bo") in found
    for name in ("Lin Bo", "Qiao Wen", "Fang Jie"):
        assert key("Shenzhou-40", "commander", name) not in found
    for name in ("Qiao Wen", "Fang Jie"):
        assert key("Shenzhou-41", "commander", name) not in found
        assert key(name, "crewRole", "commander") not in found


@pytest.mark.parametrize("later", ["Commander Lin Bo will be returning to the station after more than two years.",
                                   "Mission commander Lin Bo said the crew was ready."])
def test_a_title_later_in_the_story_keeps_the_holder_s_own_flight(nlp: Language, later: str) -> None:
    found = keys(nlp, "Lin Bo will command Shenzhou-41 next week.\nIt is the second such crew after the Shenzhou-36 "
                      "mission. " + later)
    assert key("Shenzhou-41", "commander", "Lin Bo", "planned") in found
    assert key("Shenzhou-36", "commander", "Lin Bo") not in found
    assert key("Shenzhou-36", "commander", "Lin Bo", "planned") not in found


def test_a_seat_on_a_flight_the_patterns_do_not_know_is_on_no_other(nlp: Language) -> None:
    found = keys(nlp, "Cosmonaut Ivan Sorokin spoke ahead of the launch of space mission Principia.\nSorokin flew in "
                      "space a second time in 1975 as Russian spacecraft commander of the Apollo-Soyuz Test Project.")
    assert key("Principia", "commander", "Ivan Sorokin") not in found


def test_a_seat_on_the_one_flight_its_sentence_names_stays_there(nlp: Language) -> None:
    found = keys(nlp, "Tan Weiming will command Shenzhou-41 next week.\nIn October 2005, he carried out the manned "
                      "flight mission of Shenzhou-6 and served as the commander.")
    assert key("Shenzhou-6", "commander", "Tan Weiming") in found
    assert key("Shenzhou-41", "commander", "Tan Weiming", "planned") in found


# ---------------------------------------------------------------------- officials, announcers, ages then

@pytest.mark.parametrize("official", ["The spokesperson for CMSA", "The spokesman for the agency",
                                      "The director of the programme"])
def test_an_official_is_not_the_astronaut_told_of_again(nlp: Language, official: str) -> None:
    found = keys(nlp, "Lin Bo will command Shenzhou-41, the China Manned Space Agency (CMSA) said on Thursday.\n"
                      f"{official} noted that the mission marks the sixth crewed flight of the phase.")
    for title in ("spokesperson", "spokesman", "director"):
        assert key("Lin Bo", "jobTitle", title) not in found


@pytest.mark.parametrize("announced", [
    "Harlan's death was announced by the Cosmosphere space museum in Hutchinson, Kansas.",
    "His death was announced by a museum in Hutchinson, Kansas, where his capsule is displayed.",
])
def test_where_a_death_was_announced_is_not_where_it_happened(nlp: Language, announced: str) -> None:
    found = keys(nlp, "Apollo astronaut Jim Harlan died Aug. 7 at his home in Lake Forest, Illinois. He was 97.\n"
                 + announced)
    assert key("Jim Harlan", "deathPlace", "Lake Forest") in found
    assert key("Jim Harlan", "deathPlace", "Hutchinson") not in found


@pytest.mark.parametrize("then", ["Harlan returned to space in 1998 at the age of 77, becoming the oldest flyer.",
                                  "In 1998, at the age of 77, Harlan flew again."])
def test_an_age_at_a_dated_event_is_that_date_s(nlp: Language, then: str) -> None:
    done = next(extract(nlp, [Article("Astronaut Jim Harlan died on Thursday at age 95.\n" + then,
                                      published="2016-12-09", id="t")]))
    ages = {f.object.value: f.as_of for f in done.facts if f.predicate == "age"
            and isinstance(f.object, Literal)}
    assert ages.get("77") is not None and ages["77"].value.startswith("1998")


# ---------------------------------------------------------------------- a spacewalk's craft, one date told twice

@pytest.mark.parametrize("text", [
    "Cosmonaut Ivan Sorokin ventured outside his Voskhod 2 spacecraft on March 18, 1965.",
    "Cosmonaut Ivan Sorokin stepped out of the Voskhod 2 capsule on March 18, 1965, for the first spacewalk.",
    "On March 18, 1965, cosmonaut Ivan Sorokin floated out of Voskhod 2 for twelve minutes.",
])
def test_the_craft_a_spacewalker_stepped_out_of_is_theirs(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Ivan Sorokin", "spacecraft", "Voskhod 2") in found
    assert key("Ivan Sorokin", "spacewalkDate", "1965-03-18") in found


def test_a_station_stepped_out_of_is_no_craft_of_the_spacewalk(nlp: Language) -> None:
    found = keys(nlp, "Astronaut Ann Lee stepped outside the International Space Station on Monday for a six-hour "
                      "spacewalk.")
    assert key("Ann Lee", "spacecraft", "International Space Station") not in found


@pytest.mark.parametrize("text, full, year", [
    ("Cosmonaut Ivan Sorokin, who made the first spacewalk in 1965, has died. Sorokin stepped out of the Voskhod 2 "
     "capsule on March 18, 1965.", "1965-03-18", "1965"),
    ("Cosmonaut Ivan Sorokin was born in 1958. He was born on August 27, 1958, in Leningrad.", "1958-08-27", "1958"),
])
def test_a_year_a_fuller_date_contains_is_one_date(nlp: Language, text: str, full: str, year: str) -> None:
    found = keys(nlp, text)
    told = {k[1] for k in found if k[2] == full.lower()}
    assert told
    assert not {k for k in found if k[2] == year and k[1] in told}


@pytest.mark.parametrize("aside", ["almost twice the 92 days of the Shenzhou-32 crew last year",
                                   "longer than the Shenzhou-32 crew stayed"])
def test_the_commander_is_of_the_flight_told_with_them_not_of_an_aside(nlp: Language, aside: str) -> None:
    found = keys(nlp, "Crew home after record half-year\nJIUQUAN, April 16 (Xinhua) -- The return capsule of the "
                      "Shenzhou-33 crewed spaceship, carrying astronauts Tan Weiming, Lin Bo and Qiao Wen, touched "
                      f"down at the Dongfeng landing site on Saturday.\nThe trio spent 183 days in orbit, {aside}.\n"
                      "Tan, 55, the commander, was the first to leave the capsule.")
    assert key("Shenzhou-33", "commander", "Tan Weiming") in found
    assert key("Shenzhou-32", "commander", "Tan Weiming") not in found


@pytest.mark.parametrize("introduced", ["The mission commander is Tan Weiming, 48.", "Its commander is Tan Weiming."])
def test_a_name_a_role_is_said_to_be_is_whom_he_means_next(nlp: Language, introduced: str) -> None:
    found = keys(nlp, "China launched the Shenzhou-41 spaceship on Wednesday with Lin Bo and Qiao Wen on board.\n"
                      f"{introduced} He was born in 1976 in Yixing.")
    assert key("Tan Weiming", "birthDate", "1976") in found
    for other in ("Lin Bo", "Qiao Wen"):
        assert key(other, "birthDate", "1976") not in found


# ---------------------------------------------------------------------- crews in the words of agency releases

@pytest.mark.parametrize("text, modality", [
    ("Three astronauts, Tan Weiming, Lin Bo and Qiao Wen, will carry out the manned mission of Shenzhou 41, "
     "with Tan Weiming as the commander.", "planned"),
    ("In 2031 Tan Weiming, Lin Bo and Qiao Wen carried out the Shenzhou-41 mission.", "reported"),
])
def test_carrying_out_a_mission_is_a_seat_on_it(nlp: Language, text: str, modality: str) -> None:
    found = keys(nlp, "The China Manned Space Agency named the crew on Monday.\n" + text)
    for name in ("Lin Bo", "Qiao Wen"):
        assert key("Shenzhou-41", "crewMember", name, modality) in found


@pytest.mark.parametrize("landed", ["touched ground", "touched down"])
def test_touching_ground_with_others_is_a_landing_together(nlp: Language, landed: str) -> None:
    found = keys(nlp, "Record-breaking cosmonaut returns\nCosmonaut Ivan Sorokin " + landed + " on the Kazakh steppe "
                      "on Saturday along with cosmonaut Aidar Nurlan and astronaut Ole Berg.")
    assert key("Ivan Sorokin", "flewWith", "Aidar Nurlan") in found
    assert key("Ivan Sorokin", "flewWith", "Ole Berg") in found


@pytest.mark.parametrize("text", [
    "Walker handed over station command today to Ken Ota from the Japan Aerospace Exploration Agency (JAXA).",
    "Astronaut Ken Ota from JAXA and Ann Lee of NASA will fly in May.",
    "Ken Ota is from JAXA; he joined in 2009.",
])
def test_someone_from_an_agency_works_for_it(nlp: Language, text: str) -> None:
    assert key("Ken Ota", "employer", "JAXA") in keys(nlp, text)


def test_leaving_an_agency_is_not_being_from_it(nlp: Language) -> None:
    """The agency left is a former employer (the retirement frame's), never a present one read from "from"."""
    done = next(extract(nlp, [Article("Astronaut Ken Ota, who retired from JAXA in 2020, lives in Chiba.",
                                      published="2024-03-19", id="t")]))
    employers = [f for f in done.facts if f.predicate == "employer"]
    assert employers and all(f.modality == "former" for f in employers)


@pytest.mark.parametrize("text, called", [
    ('LAKE FOREST, Ill. (AP) — James A. "Jim" Harlan Jr., the astronaut who commanded Apollo 19, died Aug. 7. '
     "He was 97.", "Jim Harlan"),
    ("Astronaut Barry “Butch” Walton will command the flight, Nasa said on Monday.", "Butch Walton"),
])
def test_a_nickname_in_quotes_makes_the_name_readers_use(nlp: Language, text: str, called: str) -> None:
    done = next(extract(nlp, [Article(text, published="2025-08-08", id="t")]))
    assert any(called in e.aliases for e in done.entities if "Person" in e.types)


@pytest.mark.parametrize("verb", ["will carry out the manned mission of Shenzhou 41", "will fly on Shenzhou-41"])
def test_a_list_the_parser_hangs_on_a_fronted_phrase_is_the_verb_s_subject(nlp: Language, verb: str) -> None:
    found = keys(nlp, "The China Manned Space Agency named the crew on Monday.\nAfter research and decision by the "
                      "General Command of the Flight Mission, three astronauts, Tan Weiming, Lin Bo, and Qiao Wen, "
                      f"{verb}, with Tan Weiming as the commander.")
    for name in ("Lin Bo", "Qiao Wen"):
        assert key("Shenzhou-41", "crewMember", name, "planned") in found


def test_a_verb_with_its_own_subject_takes_no_list_before_it(nlp: Language) -> None:
    found = keys(nlp, "The China Manned Space Agency named the crew on Monday.\nThe three astronauts, Tan Weiming, "
                      "Lin Bo and Qiao Wen, met reporters, and the agency will carry out the Shenzhou-41 mission.")
    assert key("Shenzhou-41", "crewMember", "Lin Bo", "planned") not in found


@pytest.mark.parametrize("text", [
    "Agency spokesperson Lin Wei spoke on Monday. “One Ardenian astronaut will take part in a joint mission as a "
    "payload specialist,” Lin added, noting that the astronaut will also conduct experiments on behalf of Ardenia.",
    "Agency spokesperson Lin Wei said a Vestian astronaut would fly next year. The astronaut will run experiments "
    "for Vestia.",
])
def test_the_role_noun_goes_back_to_the_unnamed_one_not_the_speaker(nlp: Language, text: str) -> None:
    found = reading.keys(nlp, text, "2025-04-23")
    assert key("Lin Wei", "occupation", "astronaut") not in found
    assert key("Lin Wei", "jobTitle", "spokesperson") in found
