"""Flights told by their craft, their crew named elsewhere: people a craft carried ("the
capsule, carrying A and B, landed"), a craft an agency launched, a craft word ("the
spaceship") for the craft just named, and a crew the article names in another sentence
(extract/frames/subjects.py, crafts.py and crews.py, read with invented names in several phrasings). Negatives: a
crew the article names only after the event, a person of another clause, another crew."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading

keys = partial(reading.keys, published="2024-06-10")


# ---------------------------------------------------------------------- carried by the craft

@pytest.mark.parametrize("text", [
    "The descent capsule of the Soyuz MS-41 spacecraft, carrying cosmonaut Pavel Dorin and astronaut Mia Sorel, "
    "landed near Dzhezkazgan on Tuesday.",
    "The Soyuz MS-41 capsule, carrying cosmonaut Pavel Dorin and astronaut Mia Sorel, touched down near Dzhezkazgan "
    "on Tuesday.",
    "On Tuesday the Soyuz MS-41 spacecraft landed near Dzhezkazgan, carrying cosmonaut Pavel Dorin and astronaut "
    "Mia Sorel.",
])
def test_a_landing_told_by_the_craft_that_carried_them(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    for name in ("Pavel Dorin", "Mia Sorel"):
        assert key(name, "returnDate", "2024-06-04") in found
        assert key(name, "landingSite", "Dzhezkazgan") in found
    assert key("Pavel Dorin", "spacecraft", "Soyuz MS-41") in found


@pytest.mark.parametrize("text", [
    "A Falcon 9 rocket lifted the Crew Dragon off Launch Complex 39A on Tuesday, carrying the three members of "
    "Ax-9: Pavel Dorin, Mia Sorel and Ravi Kant.",
    "The Crew Dragon lifted off from Launch Complex 39A on Tuesday, carrying Pavel Dorin, Mia Sorel and Ravi Kant "
    "on Ax-9.",
    "Ax-9 lifted off from Launch Complex 39A on Tuesday with Pavel Dorin, Mia Sorel and Ravi Kant aboard.",
])
def test_a_launch_told_by_the_craft_that_carried_them(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    for name in ("Pavel Dorin", "Mia Sorel", "Ravi Kant"):
        assert key(name, "launchDate", "2024-06-04") in found
        assert key(name, "launchSite", "Launch Complex 39A") in found
    assert key("Pavel Dorin", "flewWith", "Ravi Kant") in found
    assert key("Axiom Mission 9", "crewMember", "Mia Sorel") in found


def test_the_rocket_carrying_the_craft_with_people_aboard(nlp: Language) -> None:
    found = keys(nlp, "The Long March 2F rocket carrying the Shenzhou-40 spacecraft blasted off on Wednesday from "
                      "the Jiuquan Satellite Launch Center with Pavel Dorin and Mia Sorel aboard.")
    assert key("Shenzhou-40", "launchVehicle", "Long March 2F") in found
    assert key("Pavel Dorin", "launchDate", "2024-06-05") in found
    assert key("Mia Sorel", "launchSite", "Jiuquan Satellite Launch Center") in found


def test_a_crew_with_its_mission_named_beside_it(nlp: Language) -> None:
    found = keys(nlp, "Crew-14, with Pavel Dorin and Mia Sorel aboard, lifted off from Kennedy Space Center on "
                      "Tuesday. Crew-13, with Ravi Kant, had landed in May.")
    assert key("Pavel Dorin", "launchDate", "2024-06-04") in found
    assert key("Crew-14", "crewMember", "Mia Sorel") in found
    assert key("Ravi Kant", "launchDate", "2024-06-04") not in found


# ---------------------------------------------------------------------- the crew named in another sentence

@pytest.mark.parametrize("text", [
    "Zelandia launched the Shenzhou-40 spaceship early Wednesday from the Jiuquan Satellite Launch Center. "
    "The crew of Shenzhou-40 is Pavel Dorin, Mia Sorel and Ravi Kant.",
    "Shenzhou-40 blasted off early Wednesday from the Jiuquan Satellite Launch Center. "
    "The crew of Shenzhou-40 is Pavel Dorin, Mia Sorel and Ravi Kant.",
    "The crew of Shenzhou-40 is Pavel Dorin, Mia Sorel and Ravi Kant. "
    "The spaceship blasted off early Wednesday from the Jiuquan Satellite Launch Center.",
])
def test_a_craft_launched_and_its_crew_named_apart(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    for name in ("Pavel Dorin", "Mia Sorel", "Ravi Kant"):
        assert key(name, "launchDate", "2024-06-05") in found
        assert key(name, "launchSite", "Jiuquan Satellite Launch Center") in found


def test_the_crew_of_a_craft_named_only_later_is_not_borrowed(nlp: Language) -> None:
    """A craft's launch takes the crew of the craft the story named before it, never one it
    names only afterwards for another flight."""
    found = keys(nlp, "The Soyuz-2.1a rocket blasted off from the Baikonur Cosmodrome on Saturday. "
                      "Pavel Dorin and Mia Sorel will return on April 6 aboard Soyuz MS-40.")
    assert not any(k[0] in ("pavel dorin", "mia sorel") and k[1] in ("launchDate", "launchSite") for k in found)


def test_a_planned_launch_of_a_craft_stays_planned_for_its_crew(nlp: Language) -> None:
    found = keys(nlp, "The crew of Shenzhou-40 is Pavel Dorin, Mia Sorel and Ravi Kant. "
                      "Shenzhou-40 is scheduled to lift off on July 3 from the Jiuquan Satellite Launch Center.")
    assert key("Pavel Dorin", "launchDate", "2024-07-03", "planned") in found
    assert key("Pavel Dorin", "launchDate", "2024-07-03") not in found


# ---------------------------------------------------------------------- a group named next

@pytest.mark.parametrize("text", [
    "Six women rode the New Shepard rocket on Monday, the first all-women crew since Vera Holm flew alone in 1963. "
    "On board: Ana Ruiz, Bea Lind, Cora Pell, Dana Voss, Eva Marr and Fay Oden.",
    "Six women rode the New Shepard rocket on Monday, months after Vera Holm said she flew it. "
    "On board were Ana Ruiz, Bea Lind, Cora Pell, Dana Voss, Eva Marr and Fay Oden.",
])
def test_a_group_named_next_takes_no_one_from_another_clause(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Fay Oden", "launchVehicle", "New Shepard") in found
    assert key("Ana Ruiz", "flewWith", "Fay Oden") in found
    assert not any(k[0] == "vera holm" and k[1] in ("launchVehicle", "flewWith") for k in found)
    assert not any(k[2] == "vera holm" and k[1] == "flewWith" for k in found)


def test_a_kind_of_craft_is_no_craft_a_crew_came_home_in(nlp: Language) -> None:
    found = keys(nlp, "The Crew Dragon, carrying Pavel Dorin and Mia Sorel, splashed down off the coast of Florida "
                      "on Friday.")
    assert key("Pavel Dorin", "returnDate", "2024-06-07") in found
    assert key("Mia Sorel", "landingSite", "Florida") in found
    assert not any(k[1] == "spacecraft" and k[2] == "crew dragon" for k in found)


# ---------------------------------------------------------------------- events told without their people

@pytest.mark.parametrize("text", [
    "Commander Pavel Dorin, pilot Mia Sorel and mission specialist Ravi Kant flew Crew-14. "
    "The splashdown off the coast of Florida on Friday closed out Crew-14, with a launch from Kennedy Space Center "
    "on Nov. 10.",
    "Commander Pavel Dorin, pilot Mia Sorel and mission specialist Ravi Kant flew Crew-14. "
    "Crew-14 ended with a splashdown off the coast of Florida on Friday, after a launch from Kennedy Space Center "
    "on Nov. 10.",
])
def test_a_bare_launch_or_splashdown_is_the_crew_of_the_mission_told(nlp: Language, text: str) -> None:
    found = keys(nlp, text, published="2024-05-06")
    for name in ("Pavel Dorin", "Mia Sorel", "Ravi Kant"):
        assert key(name, "launchDate", "2023-11-10") in found
        assert key(name, "launchSite", "Kennedy Space Center") in found


def test_a_crew_back_on_earth(nlp: Language) -> None:
    found = keys(nlp, "Pavel Dorin and Mia Sorel were back on Earth early Friday after six months on the station.")
    assert key("Pavel Dorin", "returnDate", "2024-06-07") in found
    assert key("Mia Sorel", "returnDate", "2024-06-07") in found


@pytest.mark.parametrize("text", [
    "Commander Pavel Dorin and pilot Mia Sorel flew Crew-14. They talked for hours before launch.",
    "Commander Pavel Dorin and pilot Mia Sorel flew Crew-14. The first launch of the year came on March 3.",
])
def test_the_time_of_something_else_or_another_launch_is_not_the_crews(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert not any(k[0] in ("pavel dorin", "mia sorel") and k[1] == "launchDate" for k in found)


def test_a_launch_targeted_for_a_day_is_planned(nlp: Language) -> None:
    found = keys(nlp, "Commander Pavel Dorin and pilot Mia Sorel fly Crew-14. Crew-14 is targeted for launch on "
                      "June 20 from Kennedy Space Center.")
    assert key("Pavel Dorin", "launchDate", "2024-06-20", "planned") in found
    assert key("Pavel Dorin", "launchDate", "2024-06-20") not in found


# ---------------------------------------------------------------------- crewmates named in another sentence

@pytest.mark.parametrize("text", [
    "Commander Pavel Dorin lifted off on Wednesday from Launch Complex 39A aboard the Crew Dragon Endurance on "
    "Crew-14. His crewmates are pilot Mia Sorel of NASA, Ravi Kant and Lea Moss.",
    "Pavel Dorin commands Crew-14. He lifted off on Wednesday from Launch Complex 39A aboard the Crew Dragon "
    "Endurance. Riding with him are NASA's Mia Sorel, the pilot, Ravi Kant and Lea Moss of the European Space "
    "Agency.",
    "Commander Pavel Dorin of Crew-14 lifted off on Wednesday from Launch Complex 39A aboard the Crew Dragon "
    "Endurance. His three fellow passengers: Mia Sorel, a brewer; Ravi Kant, an engineer; and Lea Moss.",
])
def test_crewmates_share_the_launch_told_of_their_commander(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    for name in ("Mia Sorel", "Ravi Kant", "Lea Moss"):
        assert key(name, "launchDate", "2024-06-05") in found
        assert key(name, "launchSite", "Launch Complex 39A") in found
        assert key(name, "launchVehicle", "Endurance") in found
        assert key("Pavel Dorin", "flewWith", name) in found
    assert key("Crew-14", "crewMember", "Lea Moss") in found


def test_crewmates_of_another_flight_do_not_share_her_launch(nlp: Language) -> None:
    found = keys(nlp, "Mia Sorel launched on June 5 aboard the Starliner. She now turns to the journey home with "
                      "her Crew-13 crewmates Ravi Kant and Lea Moss.")
    assert key("Mia Sorel", "launchVehicle", "Starliner") in found
    assert key("Crew-13", "crewMember", "Ravi Kant") in found
    assert not any(k[0] in ("ravi kant", "lea moss") and k[1] in ("launchDate", "launchVehicle") for k in found)


def test_a_crewmate_in_a_quote_or_a_passenger_without_owner_is_nothing(nlp: Language) -> None:
    found = keys(nlp, 'Pavel Dorin lifted off on Wednesday from Launch Complex 39A. "Ravi Kant was a great '
                      'crewmate," he said. The passengers of the airline, Mia Sorel and Lea Moss, waved.')
    assert not any(k[0] in ("ravi kant", "mia sorel", "lea moss") and k[1] == "launchDate" for k in found)
    assert key("Pavel Dorin", "flewWith", "Mia Sorel") not in found


# ---------------------------------------------------------------------- "the trio", "they", "the crew"

_CREW = "The crew of Shenzhou-40 is Pavel Dorin, Mia Sorel and Ravi Kant. Dorin spoke to Lin Bo, a spokesman. "


@pytest.mark.parametrize("text", [
    _CREW + "The trio are due back in Kazakhstan on December 20.",
    _CREW + "The three men are due back in Kazakhstan on December 20.",
    _CREW + "They are scheduled to land in Kazakhstan on December 20.",
])
def test_a_group_word_is_the_whole_crew_of_the_story(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    for name in ("Pavel Dorin", "Mia Sorel", "Ravi Kant"):
        assert key(name, "returnDate", "2024-12-20", "planned") in found
        assert key(name, "landingSite", "Kazakhstan", "planned") in found
    assert not any(k[0] == "lin bo" and k[1] in ("returnDate", "landingSite") for k in found)


def test_a_return_to_a_landing_site_is_a_landing_but_not_a_return_to_a_city(nlp: Language) -> None:
    found = keys(nlp, _CREW + "They are scheduled to return to the Dongfeng landing site in late April.")
    assert key("Mia Sorel", "landingSite", "Dongfeng landing site", "planned") in found
    found = keys(nlp, "Pavel Dorin returned to Houston on Friday after his flight.")
    assert not any(k[1] == "landingSite" for k in found)


@pytest.mark.parametrize("text", [
    "Min-Ji Park returned to Earth with Russian flight engineer Ivan Orlov and US astronaut Tom Pike.",
    "Min-Ji Park, whose mission was hailed as a landmark, returned to Earth with Ivan Orlov and Tom Pike.",
    "Min-Ji Park landed with Ivan Orlov and Tom Pike.",
])
def test_who_came_back_with_them_is_told_without_a_date_or_a_place(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert {key("Min-Ji Park", "flewWith", "Ivan Orlov"), key("Min-Ji Park", "flewWith", "Tom Pike")} <= found


def test_a_return_to_a_city_with_someone_is_no_flight_together(nlp: Language) -> None:
    assert not any(k[1] == "flewWith" for k in keys(nlp, "Min-Ji Park returned to Houston with Tom Pike."))


def test_a_pair_of_another_crew_keeps_its_own_people(nlp: Language) -> None:
    found = keys(nlp, _CREW + "Ada Rinn and Tomas Kell flew on Shenzhou-39. The pair landed in Kazakhstan on May 3.")
    assert key("Ada Rinn", "returnDate", "2024-05-03") in found
    assert key("Pavel Dorin", "returnDate", "2024-05-03") not in found


def test_they_of_a_reported_plan_are_the_crew_not_the_speaker(nlp: Language) -> None:
    found = keys(nlp, _CREW + "They are scheduled to return to the Dongfeng landing site in late April, agency "
                              "spokesman Lin Bo said.")
    assert key("Ravi Kant", "landingSite", "Dongfeng landing site", "planned") in found
    assert not any(k[0] == "lin bo" and k[1] in ("returnDate", "landingSite") for k in found)


@pytest.mark.parametrize("text", [
    "The return capsule of Shenzhou-40, carrying Pavel Dorin, Mia Sorel and Ravi Kant, touched down at the "
    "Dongfeng landing site on Tuesday.",
    "Shenzhou-40, with Pavel Dorin, Mia Sorel and Ravi Kant aboard, landed at the Dongfeng landing site on Tuesday.",
])
def test_a_mission_that_landed_with_people_had_them_as_its_crew(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Shenzhou-40", "crewMember", "Ravi Kant") in found
    assert key("Mia Sorel", "returnDate", "2024-06-04") in found


def test_a_trio_gathered_from_asides_is_nobody(nlp: Language) -> None:
    found = keys(nlp, "Pavel Dorin lifted off on Wednesday. The backup crew was Ada Rinn and Tomas Kell. "
                      "Lea Moss flew to Mir in December 1990. The trio are due back in Kazakhstan on December 20.")
    assert not any(k[0] in ("ada rinn", "tomas kell", "lea moss") and k[1] in ("returnDate", "landingSite")
                   for k in found)


@pytest.mark.parametrize("text", [
    "Pavel Dorin lifted off on Wednesday from Launch Complex 39A, strapped into the Crew Dragon Endurance on top of "
    "a Falcon 9 rocket.",
    "Pavel Dorin, strapped into the Crew Dragon Endurance atop a Falcon 9 rocket, blasted off on Wednesday from "
    "Launch Complex 39A.",
])
def test_the_craft_of_a_participle_beside_the_launch(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Pavel Dorin", "launchVehicle", "Endurance") in found
    assert key("Endurance", "launchVehicle", "Falcon 9") in found


def test_a_craft_of_another_clause_is_not_the_launch_vehicle(nlp: Language) -> None:
    found = keys(nlp, "Pavel Dorin lifted off on Wednesday from Launch Complex 39A, months after Mia Sorel flew "
                      "aboard the Crew Dragon Endurance.")
    assert key("Pavel Dorin", "launchVehicle", "Endurance") not in found


def test_a_craft_launched_before_its_commander_and_crewmates_are_named(nlp: Language) -> None:
    found = keys(nlp, "Zelandia launched the Shenzhou-40 spaceship on Wednesday. The mission commander is Pavel "
                      "Dorin, 48, who flew on the Shenzhou-34 mission in 2022. His two crewmates, Mia Sorel and "
                      "Lea Moss, were born in the 1990s.")
    for name in ("Pavel Dorin", "Mia Sorel", "Lea Moss"):
        assert key(name, "launchDate", "2024-06-05") in found
    assert key("Shenzhou-40", "crewMember", "Lea Moss") in found
    assert key("Shenzhou-34", "crewMember", "Lea Moss") not in found


# ---------------------------------------------------------------------- the commander's seat

@pytest.mark.parametrize("text", [
    "Ax-9 lifted off on Sunday. In the commander's seat was Mia Sorel, 63, the retired astronaut.",
    "The rocket rose on Sunday with veteran cosmonaut Mia Sorel in the commander's seat of the Ax-9 capsule.",
    "Mia Sorel sat in the commander's seat of Ax-9 for the second time.",
])
def test_the_commanders_seat(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Axiom Mission 9", "commander", "Mia Sorel") in found
    assert key("Mia Sorel", "crewRole", "commander") in found


def test_a_seat_that_is_not_the_commanders(nlp: Language) -> None:
    found = keys(nlp, "Ax-9 lifted off on Sunday. Mia Sorel sat behind the commander's seat, which Ravi Kant had "
                      "left empty.")
    assert key("Axiom Mission 9", "commander", "Mia Sorel") not in found


def test_a_previous_missions_date_stays_with_that_mission(nlp: Language) -> None:
    found = keys(nlp, "The crew of Shenzhou-40 is Pavel Dorin, Mia Sorel and Ravi Kant. Dorin first flew on "
                      "Shenzhou-34 in 2022. The spaceship blasted off early Wednesday from the Jiuquan Satellite "
                      "Launch Center.")
    assert key("Mia Sorel", "launchDate", "2024-06-05") in found
    assert key("Mia Sorel", "launchDate", "2022") not in found
    assert key("Ravi Kant", "launchDate", "2022") not in found


# ---------------------------------------------------------------------- a past flight named in passing

@pytest.mark.parametrize("aside", [
    "With this flight and her 15 days on Shenzhou-29 in 2027, Mira Tan now has more time in space than any other "
    "astronaut of her country.",
    "Mira Tan, who flew on the Shenzhou-29 mission in June 2027, is the most travelled of the three.",
    "Mira Tan, a veteran of Shenzhou-29, is the most travelled of the three.",
])
def test_the_crew_is_not_a_past_flight_named_just_before(nlp: Language, aside: str) -> None:
    text = ("The return capsule of the Shenzhou-34 spaceship, carrying astronauts Mira Tan, Bo Lei and Kai Wen, "
            "touched down at the Dongfeng landing site on Saturday. The trio spent 183 days in orbit. "
            f"{aside} The crew launched from the Jiuquan Satellite Launch Center on October 16 last year.")
    found = keys(nlp, text, published="2032-04-16")
    assert not any(k[0] == "shenzhou-29" and k[1] in ("launchDate", "launchSite") for k in found)


def test_the_crew_after_a_current_flight_named_with_its_date_is_still_that_crew(nlp: Language) -> None:
    text = ("Mira Tan, Bo Lei and Kai Wen were strapped into the Shenzhou-34 spaceship on Sunday. "
            "The crew launched from the Jiuquan Satellite Launch Center at 10:44 a.m.")
    found = keys(nlp, text, published="2032-06-05")
    assert key("Mira Tan", "launchSite", "Jiuquan Satellite Launch Center") in found


@pytest.mark.parametrize("text", [
    "They include Mira Tan, who flew on Shenzhou-29 in June 2027, and Lin Bao, who flew on Shenzhou-30 in 2028.",
    "Mira Tan, who flew on the Shenzhou-29 mission in June 2027, and Lin Bao, who flew Shenzhou-30, were picked.",
    "Mira Tan, who flew on Shenzhou-29, and Lin Bao, who later flew on Shenzhou-30, were picked in 2020.",
])
def test_a_relative_clause_tells_of_its_own_name_only(nlp: Language, text: str) -> None:
    found = keys(nlp, text, published="2032-06-05")
    assert key("Shenzhou-29", "crewMember", "Lin Bao") not in found
    assert key("Shenzhou-30", "crewMember", "Mira Tan") not in found
    assert key("Lin Bao", "flewWith", "Mira Tan") not in found


def test_a_relative_clause_after_both_names_tells_of_both(nlp: Language) -> None:
    found = keys(nlp, "The crew of Mira Tan and Lin Bao, who flew on Shenzhou-29 in June, landed on Sunday.",
                 published="2032-06-05")
    assert key("Lin Bao", "flewWith", "Mira Tan") in found


@pytest.mark.parametrize("text", [
    "Rafe Holm commands Crew-41. He was originally assigned as its pilot; Ines Marr, the original commander, "
    "stood down to make room.",
    "Rafe Holm commands Crew-41. He was initially named as the flight's pilot, and Ines Marr, the previous "
    "commander of the crew, stood down.",
])
def test_a_seat_given_up_is_no_role(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Rafe Holm", "crewRole", "pilot") not in found
    assert key("Ines Marr", "crewRole", "commander") not in found
    assert key("Crew-41", "commander", "Ines Marr") not in found


def test_a_seat_held_now_is_a_role(nlp: Language) -> None:
    found = keys(nlp, "Rafe Holm was assigned as the pilot of Crew-41, and Ines Marr, the commander, leads it.")
    assert key("Rafe Holm", "crewRole", "pilot") in found


# ---------------------------------------------------------------------- a thing flown on another flight

@pytest.mark.parametrize(("text", "other"), [
    ("Ada Rinn and Tomas Kell flew to the station aboard Crew-40. It was the first time Orbix reused both a "
     "Falcon 9 booster (previously flown on the Crew-39 mission) and a Lumen capsule.", "Crew-39"),
    ("Ada Rinn launched on Crew-40 on Friday. The capsule flown on Crew-38 carried her crew.", "Crew-38"),
    ("Ada Rinn launched on Crew-40 on Friday. Its booster, flown on Crew-38 last year, landed on a drone ship.",
     "Crew-38"),
    ("Ada Rinn launched on Crew-40. The company reused a first stage previously flown on Crew-37.", "Crew-37"),
    ("Ada Rinn launched on Crew-40. She carried a flag flown on Crew-37 by her mentor.", "Crew-37"),
    ("Ada Rinn launched on Crew-40. She rode a booster flown twice before, on Crew-37.", "Crew-37"),
])
def test_a_thing_flown_on_another_flight_puts_no_one_in_its_crew(nlp: Language, text: str, other: str) -> None:
    found = keys(nlp, text)
    assert key("Crew-40", "crewMember", "Ada Rinn") in found
    assert not [k for k in found if k[0] == other.lower() and k[1] in ("crewMember", "commander")]


@pytest.mark.parametrize(("text", "person", "flight"), [
    ("Ada Rinn commanded Crew-40. Tomas Kell, flown on Crew-39, greeted her.", "Tomas Kell", "Crew-39"),
    ("Ada Rinn launched on Crew-40 on Friday. She previously flew on Crew-38.", "Ada Rinn", "Crew-38"),
    ("Ada Rinn launched on Crew-40 on Friday. Tomas Kell, who flew on Crew-38, welcomed her.", "Tomas Kell",
     "Crew-38"),
])
def test_a_person_flown_on_another_flight_is_still_in_its_crew(nlp: Language, text: str, person: str,
                                                               flight: str) -> None:
    assert key(flight, "crewMember", person) in keys(nlp, text)
