"""Crews listed the way wire copy lists them after naming the flight ("On board are A, B and
C", "Aboard the flight with him were ...", "Others aboard were ..."), with invented names."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import Key, key
from tests.extract import reading

keys = partial(reading.keys, published="2024-06-10")


def together(found: set[Key], a: str, b: str, modality: str = "reported") -> bool:
    return key(a, "flewWith", b, modality) in found or key(b, "flewWith", a, modality) in found


@pytest.mark.parametrize("text", [
    "Soyuz MS-31 rose from the steppe at dawn. On board are Petr Galkin, a Roscosmos veteran, Tomas Kell, "
    "a rookie, and Lena Voss, an engineer from Ardenia.",
    "The capsule rose into a clear sky. Aboard were cosmonaut Petr Galkin, Tomas Kell and Lena Voss.",
    "Soyuz MS-31 reached orbit nine minutes later. Onboard were Petr Galkin, Tomas Kell and Lena Voss, "
    "who is Ardenia's first astronaut.",
])
def test_a_crew_listed_aboard_flew_together(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    for a, b in (("Petr Galkin", "Tomas Kell"), ("Petr Galkin", "Lena Voss"), ("Tomas Kell", "Lena Voss")):
        assert together(found, a, b)


def test_with_him_and_others_aboard_join_the_list(nlp: Language) -> None:
    found = keys(nlp, "Tycoon Ivo Brandt rode his company's spaceplane to the edge of space on Sunday. Aboard "
                      "the flight with him were three of his staff, among them Lena Voss, who is only the "
                      "second Ardenian to fly. The first was Mara Quill. Others aboard were the two pilots, "
                      "Tomas Kell and Petr Galkin, and the instructors Anna Berg and Karl Demski.")
    for other in ("Lena Voss", "Tomas Kell", "Petr Galkin", "Anna Berg", "Karl Demski"):
        assert together(found, "Ivo Brandt", other)
    assert together(found, "Tomas Kell", "Karl Demski")
    assert not any(k[1] == "flewWith" and "mara quill" in (k[0], k[2]) for k in found)  # named, not aboard


def test_a_list_still_to_fly_is_planned(nlp: Language) -> None:
    found = keys(nlp, "Soyuz MS-31 will lift off on Friday. On board will be Petr Galkin and Lena Voss.")
    assert together(found, "Petr Galkin", "Lena Voss", "planned")


@pytest.mark.parametrize("text", [
    "Lena Voss was aboard the station when Petr Galkin called.",
    "Aboard the station, Lena Voss said Petr Galkin had fixed the pump.",
    "Lena Voss was not on board with Petr Galkin.",
])
def test_aboard_said_another_way_pairs_nobody(nlp: Language, text: str) -> None:
    assert not any(k[1] == "flewWith" for k in keys(nlp, text))


@pytest.mark.parametrize("text", [
    "Astronauts Ivo Brandt and Lena Voss are home after nine months. The pair left the station before dawn "
    "on Tuesday. Tomas Kell and Petr Galkin joined them.",
    "Ivo Brandt and Lena Voss lifted off on Friday. Tomas Kell and Petr Galkin joined them aboard the capsule.",
])
def test_those_who_joined_a_crew_on_its_flight_flew_with_it(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    for a in ("Tomas Kell", "Petr Galkin"):
        for b in ("Ivo Brandt", "Lena Voss"):
            assert together(found, a, b)


@pytest.mark.parametrize("text", [
    "Ivo Brandt landed on Friday. Tomas Kell joined him for dinner.",
    "Ivo Brandt and Lena Voss gave a talk on Friday. Tomas Kell joined them.",
    "Ivo Brandt and Lena Voss launched on Friday. Tomas Kell joined NASA in 2009.",
])
def test_joining_them_elsewhere_is_no_seat_beside_them(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert not together(found, "Tomas Kell", "Ivo Brandt")


@pytest.mark.parametrize("text", [
    "Min-Ji Park, a 29-year-old engineer, joined commander Ivan Orlov and flight engineer Pavel Dudin in the "
    "three-seat Soyuz TMA-40 spacecraft, which lifted off at 7:16 a.m. EDT.",
    "Min-Ji Park is joined by commanding officer Ivan Orlov and Pavel Dudin aboard Shenzhou-40.",
    "Min-Ji Park joined Ivan Orlov and Pavel Dudin on Crew-40.",
    # a relative clause on the one joined
    "The mission is being commanded by 56-year-old Min-Ji Park, who is joined by fellow spacefarers Ivan Orlov "
    "and Pavel Dudin aboard the spacecraft Shenzhou-40.",
])
def test_one_who_joined_others_named_in_the_craft_flew_with_them(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert together(found, "Min-Ji Park", "Ivan Orlov") and together(found, "Min-Ji Park", "Pavel Dudin")


@pytest.mark.parametrize("text", [
    "Soyuz MS-40 launched on Friday. Min-Ji Park joined Ivan Orlov and Pavel Dudin, who had arrived in May.",
    "Min-Ji Park and Tom Pike joined NASA astronauts Ivan Orlov and Pavel Dudin aboard the International Space "
    "Station.",
    "Min-Ji Park joined Ivan Orlov on Expedition 72.",
    "Min-Ji Park joined Ivan Orlov at a news conference on the Shenzhou-40 flight.",
    "Reporters met Min-Ji Park, who was joined by Ivan Orlov at a news conference in Houston.",
])
def test_joining_named_people_where_they_already_are_is_no_flight_together(nlp: Language, text: str) -> None:
    assert not together(keys(nlp, text), "Min-Ji Park", "Ivan Orlov")


@pytest.mark.parametrize(("text", "one", "others"), [
    ("Dara Velin, who flies for the Ardenian Air Force, was joined on the trip by Russian cosmonaut Pavel Orlov "
     "and U.S. astronaut Jim Tarr.", "Dara Velin", ("Pavel Orlov", "Jim Tarr")),
    ("Tom Greer was joined on the flight by Ivan Petrakov and Ann Brill.", "Tom Greer", ("Ivan Petrakov", "Ann Brill")),
    ("Rosa Velin paid for her seat. On board with Mrs. Velin were Russian Ivan Petrakov and American Tom Greer.",
     "Rosa Velin", ("Ivan Petrakov", "Tom Greer")),
])
def test_companions_named_around_a_trip_flew_together(nlp: Language, text: str, one: str,
                                                      others: tuple[str, ...]) -> None:
    found = keys(nlp, text)
    for other in others:
        assert together(found, one, other)


@pytest.mark.parametrize("text", [
    "Dara Velin was joined at the news conference by Pavel Orlov.",
    "Dara Velin was joined on the station by Pavel Orlov.",
])
def test_joined_somewhere_else_than_a_trip_is_no_flight(nlp: Language, text: str) -> None:
    assert not together(keys(nlp, text), "Dara Velin", "Pavel Orlov")


@pytest.mark.parametrize(("text", "modality"), [
    ("Shenzhou-41 lifted off from Jiuquan on Monday. Commander Min-Ji Park was joined by Ivan Orlov and Pavel Dudin.",
     "reported"),
    ("Shenzhou-41 will lift off from Jiuquan on Monday. Commander Min-Ji Park will be joined by Ivan Orlov and "
     "Pavel Dudin.", "planned"),
])
def test_those_who_joined_a_flights_person_right_after_the_flight_are_its_crew(nlp: Language, text: str,
                                                                                 modality: str) -> None:
    found = keys(nlp, text)
    for name in ("Ivan Orlov", "Pavel Dudin"):
        assert key("Shenzhou-41", "crewMember", name, modality) in found
        assert together(found, "Min-Ji Park", name, modality)


@pytest.mark.parametrize("text", [
    "Shenzhou-41 lifted off from Jiuquan on Monday. Commander Min-Ji Park was joined by her husband, Ivan Orlov.",
    "Shenzhou-41 lifted off from Jiuquan on Monday. Flight director Min-Ji Park was joined by Ivan Orlov.",
    "Shenzhou-41 lifted off from Jiuquan on Monday. Commander Min-Ji Park was joined by Ivan Orlov at a news "
    "conference.",
    "Shenzhou-41 was rolled out on Monday. Commander Min-Ji Park was joined by Ivan Orlov.",
])
def test_no_crew_from_one_joined_by_family_off_the_flight_or_without_a_flight(nlp: Language, text: str) -> None:
    assert key("Shenzhou-41", "crewMember", "Ivan Orlov") not in keys(nlp, text)


@pytest.mark.parametrize("text", [
    "MOSCOW (Reuters) - A Soyuz rocket blasted off from Kazakhstan on Saturday. The Soyuz-2.1a lifted off at "
    "dawn and put the Soyuz MS-47 spacecraft into orbit, the agency said. An earlier attempt was called off "
    "after a voltage drop.\n\nAboard are commander Petr Galkin of Roscosmos; Lena Voss, a flight attendant; and "
    "NASA's Tomas Kell.",
    "Soyuz MS-47 reached orbit on Saturday. The launch had been delayed by wind.\n\nOn board were Petr Galkin, "
    "Lena Voss and Tomas Kell.",
])
def test_a_crew_listed_aboard_a_paragraph_on_is_the_story_s_one_flight_s(nlp: Language, text: str) -> None:
    """No flight in the sentence before: the one numbered craft the article has named so far."""
    found = keys(nlp, text)
    for person in ("Petr Galkin", "Lena Voss", "Tomas Kell"):
        assert key("Soyuz MS-47", "crewMember", person) in found


def test_a_crew_listed_aboard_after_two_flights_were_named_is_neither_s(nlp: Language) -> None:
    found = keys(nlp, "Soyuz MS-47 reached orbit on Saturday, a week after Soyuz MS-46 landed. The launch had "
                      "been delayed by wind.\n\nOn board were Petr Galkin, Lena Voss and Tomas Kell.")
    assert not {k for k in found if k[1] == "crewMember"}
