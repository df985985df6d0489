"""Words that look like an event's but tell something else, as reporters write them: climbing
out of a capsule after the landing is no spacewalk, and a span of days before, after or
docked is no time in space. Invented names, several phrasings each, with the true reading
beside the false one so that the rule cannot pass by finding nothing."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import Key
from tests.extract import reading

keys = partial(reading.keys, published="2024-03-19")


def predicates(found: set[Key], name: str, predicate: str) -> list[str]:
    return [k[2] for k in found if k[0] == name and k[1] == predicate]


@pytest.mark.parametrize("text", [
    "Exactly twenty years after he climbed out of a charred capsule on the steppe, Arkady Veselov told pupils on "
    "Monday that the launch had scared him.",
    "Arkady Veselov stepped out of the capsule on Tuesday, waving to the recovery crew after the landing.",
    "Helped by the recovery team, Arkady Veselov climbed out on Friday and sat in a chair on the grassland.",
    "On Monday Arkady Veselov went outside to greet the pupils who had gathered on the ground by the school.",
])
def test_getting_out_on_the_ground_is_no_spacewalk(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert not [k for k in found if k[1].startswith("spacewalk")]


@pytest.mark.parametrize("text", [
    "On Thursday Arkady Veselov stepped outside the station's airlock and worked for six hours.",
    "Arkady Veselov climbed out of the hatch into open space on Thursday.",
    "Arkady Veselov floated out of the station on Thursday for a seven-hour job on its truss.",
    "Arkady Veselov and Lena Korn made a spacewalk on Thursday. The excursion, outside the station's "
    "Zvezda module, lasted seven hours.",
])
def test_getting_out_in_space_is_a_spacewalk(nlp: Language, text: str) -> None:
    assert predicates(keys(nlp, text), "arkady veselov", "spacewalkDate") == ["2024-03-14"]


@pytest.mark.parametrize("text", [
    "Ivan Sorokin was pulled from the flight three days before launch.",
    "Three days later, Ivan Sorokin and his crewmates entered orbit around the Moon.",
    "Ivan Sorokin and his crew spent eight days docked to the station.",
    "The flight kept Ivan Sorokin in orbit 278 days longer than planned.",
    "Ivan Sorokin, 40 days into his mission, fixed the oven aboard the station.",
])
def test_a_span_of_something_else_is_no_time_in_space(nlp: Language, text: str) -> None:
    assert not predicates(keys(nlp, text), "ivan sorokin", "timeInSpace")


@pytest.mark.parametrize("text, days", [
    ("Ivan Sorokin spent 186 days in orbit before landing on Tuesday.", "186"),
    ("Ivan Sorokin landed on Tuesday after 186 days aboard the station.", "186"),
    ("Ivan Sorokin just returned from a 340-day mission aboard the station.", "340"),
])
def test_a_stay_is_time_in_space(nlp: Language, text: str, days: str) -> None:
    assert predicates(keys(nlp, text), "ivan sorokin", "timeInSpace") == [days]


@pytest.mark.parametrize("text, day", [
    ("Two days after arriving at the station on March 3, Arkady Veselov stepped outside with Lena Korn on the "
     "station's truss on Thursday.", "2024-03-14"),
    ("Arkady Veselov floated out of the airlock on Thursday. He had trained for the spacewalk since 2019.",
     "2024-03-14"),
    ("Arkady Veselov made the spacewalk on Thursday, before the crew left the station on Sunday.", "2024-03-14"),
])
def test_a_walk_s_day_is_not_another_event_s(nlp: Language, text: str, day: str) -> None:
    assert predicates(keys(nlp, text), "arkady veselov", "spacewalkDate") == [day]


@pytest.mark.parametrize("text, day", [
    ("Ivan Sorokin lifted off on Tuesday, two days after arriving at the pad on Sunday.", "2024-03-19"),
    ("The launch of Ivan Sorokin, delayed from Monday by high winds, went ahead on Wednesday.", "2024-03-13"),
])
def test_a_launch_s_day_is_not_the_day_it_was_put_off_from(nlp: Language, text: str, day: str) -> None:
    assert predicates(keys(nlp, text), "ivan sorokin", "launchDate") == [day]


def test_a_walk_put_off_from_a_day_is_not_dated_by_it(nlp: Language) -> None:
    found = keys(nlp, "Arkady Veselov's spacewalk, postponed from Tuesday because of a suit problem, took place "
                      "outside the station later in the week.")
    assert "2024-03-19" not in predicates(found, "arkady veselov", "spacewalkDate")


@pytest.mark.parametrize("text", [
    "Arkady Veselov, who piloted the orbiting command module during the Apollo 15 moon landing in 1971, died "
    "Wednesday in Texas.",
    "Arkady Veselov flew the command module while his crewmates made the lunar landing in July 1971.",
    "In 1971 Arkady Veselov landed on the Moon with Lena Korn.",
])
def test_a_landing_on_the_moon_is_no_return_to_earth(nlp: Language, text: str) -> None:
    assert not predicates(keys(nlp, text), "arkady veselov", "returnDate")


@pytest.mark.parametrize("text", [
    "One of Arkady Veselov's first tasks will be to oversee the arrival of a Dragon cargo ship due to launch from "
    "Cape Canaveral next Sunday.",
    "Arkady Veselov will capture the Cygnus freighter, which launched from Wallops Island on Monday.",
    "Arkady Veselov watched from orbit as the cargo ship lifted off from the Baikonur Cosmodrome on Monday.",
])
def test_a_cargo_ship_s_launch_is_no_one_s(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert not predicates(found, "arkady veselov", "launchSite")
    assert not predicates(found, "arkady veselov", "launchDate")


def test_a_crewed_launch_beside_a_cargo_word_is_still_told(nlp: Language) -> None:
    found = keys(nlp, "Arkady Veselov, who unloaded the cargo ship last year, lifted off from the Baikonur Cosmodrome "
                      "on Monday.")
    assert predicates(found, "arkady veselov", "launchSite") == ["baikonur cosmodrome"]


def test_a_crewed_test_flight_s_launch_is_its_crew_s(nlp: Language) -> None:
    found = keys(nlp, "The flight follows the historic Demo-9 test, which launched on May 30 carrying the astronauts "
                      "Arkady Veselov and Lena Korn to the station.")
    assert predicates(found, "arkady veselov", "launchDate") == ["2023-05-30"]


@pytest.mark.parametrize("text", [
    "Ada Rinn joined NASA in 1987 as a flight controller. She returned to NASA in 1993.",
    "Ivo Sarn left the agency in 2001 and returned to the Navy in 2003.",
    "Ken Baro returned to teaching at Purdue University in 2012.",
    "Lena Voss returned to the European Space Agency on March 3, 2015, after a year at Boeing.",
    "Tomas Kell returned to Boeing in 2019 after his flight.",
])
def test_going_back_to_a_job_is_no_landing(nlp: Language, text: str) -> None:
    assert not [k for k in keys(nlp, text) if k[1] in ("returnDate", "landingSite")]


@pytest.mark.parametrize(("text", "name", "day"), [
    ("Mira Olsen returned to Earth on March 3, 2015.", "mira olsen", "2015-03-03"),
    ("Pia Dremmel returned aboard the Orion 9 capsule on June 4, 2016, landing near Arkalyk.", "pia dremmel",
     "2016-06-04"),
])
def test_a_return_from_space_is_still_a_landing(nlp: Language, text: str, name: str, day: str) -> None:
    assert day in predicates(keys(nlp, text), name, "returnDate")


@pytest.mark.parametrize(("text", "name", "job"), [
    ('"I have some nervousness - I am not a professional astronaut," Mark Tull said on the eve of the launch.',
     "mark tull", "professional astronaut"),
    ("Everyone knew Ada Rinn was smart, but she wasn't exactly a rocket scientist.", "ada rinn", "rocket scientist"),
    ("Ivo Sarn was never a test pilot, his brother said.", "ivo sarn", "test pilot"),
    ("Ken Baro is not an engineer but a physician.", "ken baro", "engineer"),
    ("Lena Voss isn't a NASA astronaut; she flies for a private company.", "lena voss", "astronaut"),
])
def test_what_someone_is_said_not_to_be_is_no_occupation(nlp: Language, text: str, name: str, job: str) -> None:
    assert job not in predicates(keys(nlp, text), name, "occupation")


@pytest.mark.parametrize(("text", "name", "job"), [
    ("Ken Baro is not an engineer but a physician.", "ken baro", "physician"),
    ("Ada Rinn is a professional astronaut.", "ada rinn", "professional astronaut"),
    ("Ivo Sarn was a test pilot before he joined the agency.", "ivo sarn", "test pilot"),
])
def test_what_someone_is_said_to_be_is_still_read(nlp: Language, text: str, name: str, job: str) -> None:
    assert job in predicates(keys(nlp, text), name, "occupation")
