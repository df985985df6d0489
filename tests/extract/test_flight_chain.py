"""A flight's crew and its events told apart (extract/frames/chain.py, crews.flight_crew):
the launch told of the craft is its crew's; a group ("the crew", "three astronauts") is the
crew the article gathered (a commander, and those told together with them); a landing told
of the capsule ("their capsule thumping down at X on Sunday") is the crew's. Invented names,
several phrasings; negatives: a previous flight's launch, another crew, a launch called off."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading

keys = partial(reading.keys, published="2026-09-14")


CREW = ("Pavel Dorin", "Mia Sorel", "Ravi Kant")


@pytest.mark.parametrize("text", [
    "Soyuz MS-41 lifted off from the Baikonur Cosmodrome on March 3 with three people aboard. Pavel Dorin was its "
    "commander; Mia Sorel and Ravi Kant were flight engineers.",
    "Pavel Dorin is the commander of Soyuz MS-41, and Mia Sorel and Ravi Kant are its flight engineers. The Soyuz "
    "MS-41 spacecraft blasted off from the Baikonur Cosmodrome on March 3.",
    "The Soyuz MS-41 spacecraft was launched from the Baikonur Cosmodrome on March 3, 2026. Its commander is Pavel "
    "Dorin, and Mia Sorel and Ravi Kant are flight engineers.",
    "Pavel Dorin commanded Soyuz MS-41. Dorin, Mia Sorel and Ravi Kant spent 180 days aboard the station. The Soyuz "
    "MS-41 spacecraft had lifted off from the Baikonur Cosmodrome on March 3.",
    "Commander Pavel Dorin of Soyuz MS-41 said the ride was smooth. Mia Sorel, Ravi Kant and their commander Dorin "
    "spent 180 days in orbit. Soyuz MS-41 had blasted off from the Baikonur Cosmodrome on March 3.",
])
def test_a_launch_told_of_the_craft_is_its_crews(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    for name in CREW:
        assert key(name, "launchDate", "2026-03-03") in found, name
        assert key(name, "launchSite", "Baikonur Cosmodrome") in found, name
        assert key(name, "launchVehicle", "Soyuz MS-41") in found, name


@pytest.mark.parametrize("text", [
    "Pavel Dorin commanded the Shenzhou-41 mission. Dorin, Mia Sorel and Ravi Kant spent 180 days aboard the "
    "station. Three astronauts are back on the ground, their capsule thumping down at the Dongfeng landing site "
    "on Sunday.",
    "Pavel Dorin commanded the Shenzhou-41 mission. Mia Sorel, Ravi Kant and their commander Pavel Dorin spent 180 "
    "days in orbit. The crew landed at the Dongfeng landing site on Sunday.",
    "Pavel Dorin commanded the Shenzhou-41 mission. Dorin, Mia Sorel and Ravi Kant spent 180 days in orbit. The trio "
    "returned to Earth on Sunday, their capsule parachuting to a landing at the Dongfeng landing site.",
    "Pavel Dorin is the commander of Shenzhou-41. Dorin, Mia Sorel and Ravi Kant had lived on the station since "
    "March. The three astronauts came home on Sunday, their return capsule touching down at the Dongfeng landing "
    "site.",
    "Pavel Dorin commanded the Shenzhou-41 mission. Dorin, Mia Sorel and Ravi Kant spent 180 days in orbit. The "
    "three were back on Earth on Sunday, their capsule having come down at the Dongfeng landing site.",
])
def test_a_group_lands_as_the_crew_the_article_gathered(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    for name in CREW:
        assert key(name, "returnDate", "2026-09-13") in found, name
        assert key(name, "landingSite", "Dongfeng landing site") in found, name


@pytest.mark.parametrize("text", [
    "Pavel Dorin commanded the Shenzhou-41 mission. Dorin, Mia Sorel and Ravi Kant spent 180 days aboard the "
    "station. The Shenzhou-41 spaceship had blasted off from the Jiuquan Satellite Launch Center on March 3.",
    "Pavel Dorin commanded the Shenzhou-41 mission. Dorin, Mia Sorel and Ravi Kant spent 180 days in orbit. The crew "
    "had lifted off on March 3 from the Jiuquan Satellite Launch Center.",
])
def test_a_launch_of_the_gathered_crew(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    for name in CREW:
        assert key(name, "launchDate", "2026-03-03") in found, name
        assert key(name, "launchSite", "Jiuquan Satellite Launch Center") in found, name


def test_the_launch_of_a_previous_flight_stays_with_whom_it_carried(nlp: Language) -> None:
    found = keys(nlp, "Pavel Dorin commanded the Shenzhou-41 mission. Dorin, Mia Sorel and Ravi Kant spent 180 days "
                      "in orbit. Sorel had flown before on Shenzhou-30, which lifted off from the Jiuquan Satellite "
                      "Launch Center on May 2, 2019.")
    assert key("Mia Sorel", "launchDate", "2019-05-02") in found
    assert not any(k[0] in ("pavel dorin", "ravi kant") and k[1] == "launchDate" for k in found)


def test_a_flight_named_without_its_crew_is_not_the_storys(nlp: Language) -> None:
    found = keys(nlp, "Pavel Dorin commanded the Shenzhou-41 mission. Dorin, Mia Sorel and Ravi Kant spent 180 days "
                      "in orbit. In 2019 Dorin flew with Ivo Brandt; Shenzhou-30 lifted off from the Jiuquan "
                      "Satellite Launch Center on May 2, 2019.")
    assert not any(k[0] in ("mia sorel", "ravi kant") and k[1] == "launchDate" for k in found)


def test_a_companion_of_another_flight_is_not_this_crew(nlp: Language) -> None:
    found = keys(nlp, "Pavel Dorin commanded Soyuz MS-41 with Mia Sorel. In 2019 he commanded Soyuz MS-12, with Ivo "
                      "Brandt. Soyuz MS-41 lifted off from the Baikonur Cosmodrome on March 3.")
    assert key("Mia Sorel", "launchDate", "2026-03-03") in found
    assert not any(k[0] == "ivo brandt" and k[1] in ("launchDate", "launchVehicle") and k[2] != "soyuz ms-12"
                   for k in found)


@pytest.mark.parametrize("text", [
    "Roscosmos called off the launch of Soyuz MS-41 with Pavel Dorin and Mia Sorel on Thursday.",
    "The launch of Pavel Dorin and Mia Sorel was scrubbed on Thursday.",
    "Controllers aborted the launch of Pavel Dorin and Mia Sorel on Thursday.",
])
def test_a_launch_called_off_is_no_launch(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert not any(k[1] == "launchDate" for k in found)


# ---------------------------------------------------------------------- rockets: the craft's, the craft the crew's

@pytest.mark.parametrize("text", [
    "Pavel Dorin and Mia Sorel are the crew of Shenzhou-41. A Long March-2F Y19 rocket carrying the Shenzhou-41 "
    "spaceship blasted off from the Jiuquan Satellite Launch Center on Thursday.",
    "The Shenzhou-41 spaceship, atop a Long March-2F rocket, blasted off from the Jiuquan Satellite Launch Center on "
    "Thursday with Pavel Dorin and Mia Sorel aboard.",
    "China launched the Shenzhou-41 spaceship atop a Long March-2F rocket from the Jiuquan Satellite Launch Center on "
    "Thursday, sending Pavel Dorin and Mia Sorel to the station.",
    "Pavel Dorin and Mia Sorel blasted off on Thursday aboard the Shenzhou-41 spaceship, carried by a Long March-2F "
    "rocket.",
    "Pavel Dorin commanded Shenzhou-41 with Mia Sorel. The Long March-2F lifted off from the Jiuquan Satellite Launch "
    "Center on Thursday and put the Shenzhou-41 spaceship into orbit ten minutes later.",
])
def test_the_rocket_is_the_crafts_and_the_craft_the_crews(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Shenzhou-41", "launchVehicle", "Long March 2F") in found
    for name in ("Pavel Dorin", "Mia Sorel"):
        assert key(name, "launchVehicle", "Shenzhou-41") in found, name
        assert key(name, "launchVehicle", "Long March 2F") not in found, name
        assert key(name, "launchDate", "2026-09-10") in found, name


# ---------------------------------------------------------------------- who arrived aboard a craft launched with it

@pytest.mark.parametrize("text", [
    "Ada Rinn, on her second flight, arrived on April 24 aboard the Crew Dragon Endeavour, which lifted off from "
    "Florida on Friday, April 23, with Tomas Kell and Ivo Brandt.",
    "Ada Rinn arrived on Saturday aboard the Crew Dragon Endeavour. The capsule had lifted off from Florida on Friday, "
    "April 23.",
    "The Crew Dragon Endeavour lifted off from Florida on Friday, April 23. Ada Rinn arrived aboard Endeavour a day "
    "later.",
    "Ada Rinn arrived at the station aboard the Crew Dragon Endeavour on April 24. Endeavour had lifted off from "
    "Florida on April 23.",
])
def test_who_arrived_aboard_a_craft_launched_with_it(nlp: Language, text: str) -> None:
    found = keys(nlp, text, published="2026-04-28")
    assert key("Ada Rinn", "launchVehicle", "Endeavour") in found
    assert key("Ada Rinn", "launchDate", "2026-04-23") in found
    assert key("Ada Rinn", "launchSite", "Florida") in found


def test_an_arrival_told_of_a_pronoun_gives_no_craft(nlp: Language) -> None:
    found = keys(nlp, "Ivo Brandt met the crew. He had arrived on April 24 aboard Soyuz MS-41, which blasted off from "
                      "the Baikonur Cosmodrome on April 23 with Tomas Kell.", published="2026-04-28")
    assert key("Tomas Kell", "launchDate", "2026-04-23") in found
    assert not any(k[0] == "ivo brandt" and k[1].startswith("launch") for k in found)


# ---------------------------------------------------------------------- who rode down with them came down with them

@pytest.mark.parametrize("text", [
    "Mia Sorel and Tomas Kell splashed down off the coast of Tampa on Tuesday, riding the SpaceX capsule Freedom with "
    "their crewmates Pavel Dorin and Oleg Marin.",
    "Mia Sorel landed near Dzhezkazgan on Tuesday, riding Soyuz MS-41 with cosmonaut Pavel Dorin.",
    "On Tuesday Mia Sorel touched down near Dzhezkazgan, riding the Soyuz MS-41 capsule along with cosmonaut Pavel "
    "Dorin.",
    "Mia Sorel landed in Kazakhstan near Dzhezkazgan on Tuesday, riding Soyuz MS-41 alongside cosmonaut Pavel Dorin.",
])
def test_who_rode_down_with_them_landed_with_them(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    for name in ("Mia Sorel", "Pavel Dorin"):
        assert key(name, "returnDate", "2026-09-08") in found, name
        assert any(k[0] == name.lower() and k[1] == "landingSite" for k in found), name
        assert any(k[0] == name.lower() and k[1] == "spacecraft" for k in found), name


def test_a_ride_told_of_someone_else_is_theirs(nlp: Language) -> None:
    found = keys(nlp, "Mia Sorel landed near Dzhezkazgan on Tuesday, while Pavel Dorin was riding a bus with Oleg "
                      "Marin.")
    assert key("Mia Sorel", "returnDate", "2026-09-08") in found
    assert not any(k[0] in ("pavel dorin", "oleg marin") and k[1] == "returnDate" for k in found)


# ---------------------------------------------------------------------- a day told in the sentence before

@pytest.mark.parametrize("text, prop", [
    ("Pavel Dorin and Mia Sorel were on their way to orbit on Sunday, strapped into the Shenzhou-41 spaceship. The "
     "rocket carrying the two astronauts blasted off at 10:44 a.m.", "launchDate"),
    ("JIUQUAN, Sept. 13 (Xinhua) -- Pavel Dorin and Mia Sorel were bound for orbit on Sunday aboard the Shenzhou-41 "
     "spaceship.\n\nThe Long March-2F rocket carrying Pavel Dorin blasted off at 10:44 a.m. Beijing Time.",
     "launchDate"),
    ("Sunday was the last day in space for Pavel Dorin and Mia Sorel. They landed at the Dongfeng landing site at 8:09 "
     "p.m.", "returnDate"),
    ("Pavel Dorin and Mia Sorel left orbit on Sunday in the Shenzhou-41 spaceship. They parachuted down at the "
     "Dongfeng landing site at 8:09 p.m.", "returnDate"),
    ("The launch of Pavel Dorin came on Sunday after two delays. He lifted off from the Jiuquan Satellite Launch "
     "Center at 10:44 a.m. local time.", "launchDate"),
])
def test_a_day_told_in_the_sentence_before_about_the_same_flight(nlp: Language, text: str, prop: str) -> None:
    assert key("Pavel Dorin", prop, "2026-09-13") in keys(nlp, text)


@pytest.mark.parametrize("text", [
    "Pavel Dorin met the press on Sunday. He lifted off from the Jiuquan Satellite Launch Center at 10:44 a.m.",
    "Pavel Dorin first flew on Shenzhou-30 in May 2019. He lifted off again from the Jiuquan Satellite Launch Center "
    "at 10:44 a.m.",
    "Pavel Dorin trained in orbit on Friday and rested on Sunday. He lifted off from the Jiuquan Satellite Launch "
    "Center at 10:44 a.m.",
])
def test_no_day_from_a_sentence_about_something_else_or_with_two_days(nlp: Language, text: str) -> None:
    assert not any(k[0] == "pavel dorin" and k[1] == "launchDate" for k in keys(nlp, text))


# ---------------------------------------------------------------------- "their capsule": the pair just named

@pytest.mark.parametrize("text", [
    "Pavel Dorin and Mia Sorel ended six months in orbit on Sunday. Their Shenzhou-41 capsule touched down at the "
    "Dongfeng landing site at 8:09 p.m.",
    "Pavel Dorin and Mia Sorel are home. Their Shenzhou-41 capsule landed at the Dongfeng landing site on Sunday.",
    "Pavel Dorin and Mia Sorel left the station on Saturday. On Sunday their Shenzhou-41 return capsule touched down "
    "at the Dongfeng landing site.",
    "Pavel Dorin and Mia Sorel spent six months in orbit. Their Shenzhou-41 spaceship landed at the Dongfeng landing "
    "site on Sunday.",
    "Pavel Dorin and Mia Sorel spent six months in orbit. On Sunday their Shenzhou-41 capsule landed at the "
    "Dongfeng landing site.",
])
def test_their_capsule_lands_the_pair_just_named(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    for name in ("Pavel Dorin", "Mia Sorel"):
        assert key(name, "returnDate", "2026-09-13") in found, name
        assert key(name, "landingSite", "Dongfeng landing site") in found, name
        assert key(name, "spacecraft", "Shenzhou-41") in found, name


# ---------------------------------------------------------------------- "along with", "alongside": they did it too

@pytest.mark.parametrize("text, prop, value", [
    ("Mia Sorel touched down in the Kazakh steppe near Dzhezkazgan on Sunday along with cosmonaut Pavel Dorin and "
     "astronaut Oleg Marin.", "landingSite", "Dzhezkazgan"),
    ("Mia Sorel landed near Dzhezkazgan on Sunday together with cosmonaut Pavel Dorin.", "returnDate", "2026-09-13"),
    ("Mia Sorel and Oleg Marin launched on March 14, along with fellow astronaut Pavel Dorin.", "launchDate",
     "2026-03-14"),
    ("Mia Sorel blasted off aboard Soyuz MS-41 on March 14 alongside cosmonaut Pavel Dorin.", "launchVehicle",
     "Soyuz MS-41"),
    ("Mia Sorel blasted off from the Baikonur Cosmodrome on March 14 alongside cosmonaut Pavel Dorin.", "launchSite",
     "Baikonur Cosmodrome"),
])
def test_who_did_it_alongside_them_did_it_too(nlp: Language, text: str, prop: str, value: str) -> None:
    found = keys(nlp, text)
    assert key("Mia Sorel", prop, value) in found
    assert key("Pavel Dorin", prop, value) in found


def test_a_bare_with_is_left_to_the_companions(nlp: Language) -> None:
    found = keys(nlp, "Mia Sorel landed near Dzhezkazgan on Sunday and later met with cosmonaut Pavel Dorin.")
    assert key("Mia Sorel", "returnDate", "2026-09-13") in found
    assert not any(k[0] == "pavel dorin" and k[1] in ("returnDate", "landingSite") for k in found)


# ---------------------------------------------------------------------- "three Chinese astronauts": named next

@pytest.mark.parametrize("text", [
    "Three Chinese astronauts landed at the Dongfeng landing site on Sunday. Pavel Dorin, Mia Sorel and Oleg Marin "
    "had spent six months in orbit.",
    "Three private astronauts splashed down off Tampa on Sunday. Pavel Dorin, Mia Sorel and Oleg Marin had paid for "
    "their seats.",
    "Three Russian cosmonauts touched down near Dzhezkazgan on Sunday. Pavel Dorin, Mia Sorel and Oleg Marin were "
    "helped out of the capsule.",
    "Three veteran astronauts landed near Dzhezkazgan on Sunday, ending a six-month stay. Pavel Dorin, Mia Sorel and "
    "Oleg Marin were all on their second flight.",
    "Three European astronauts were back on Earth on Sunday. Pavel Dorin, Mia Sorel and Oleg Marin had spent six "
    "months in orbit.",
])
def test_a_counted_group_with_a_word_between_is_the_people_named_next(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    for name in ("Pavel Dorin", "Mia Sorel", "Oleg Marin"):
        assert key(name, "returnDate", "2026-09-13") in found, name


# ---------------------------------------------------------------------- the most precise site

@pytest.mark.parametrize("text, prop, precise, broad", [
    ("Night landing in the Gobi Desert for Mia Sorel\n\nMia Sorel touched down at the Dongfeng landing site in the "
     "Gobi Desert on Sunday.", "landingSite", "Dongfeng landing site", "Gobi Desert"),
    ("Mia Sorel landed in Kazakhstan on Sunday. She touched down near Dzhezkazgan at 9:12 a.m.", "landingSite",
     "Dzhezkazgan", "Kazakhstan"),
    ("Mia Sorel blasted off from Kazakhstan on Sunday. She lifted off from the Baikonur Cosmodrome at 3:36 p.m.",
     "launchSite", "Baikonur Cosmodrome", "Kazakhstan"),
    ("A Soyuz rocket carrying Mia Sorel blasted off from Kazakhstan on Sunday. The rocket carrying Mia Sorel lifted "
     "off from the Baikonur Cosmodrome.", "launchSite", "Baikonur Cosmodrome", "Kazakhstan"),
    ("Mia Sorel landed in China on Sunday. Mia Sorel touched down at the Dongfeng landing site after six months in "
     "orbit.", "landingSite", "Dongfeng landing site", "China"),
])
def test_of_two_sites_the_one_inside_the_other_is_kept(nlp: Language, text: str, prop: str, precise: str,
                                                      broad: str) -> None:
    found = keys(nlp, text)
    assert key("Mia Sorel", prop, precise) in found
    assert key("Mia Sorel", prop, broad) not in found


def test_a_country_alone_stays_the_site(nlp: Language) -> None:
    assert key("Mia Sorel", "landingSite", "Kazakhstan") in keys(nlp, "Mia Sorel landed in Kazakhstan on Sunday.")
