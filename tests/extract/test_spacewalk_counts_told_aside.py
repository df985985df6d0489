"""Spacewalk counts and days told beside other things, on texts written for these tests with
invented names: a count coordinated with days in space ("has logged 190 days in space and six
spacewalks"), a veteran's ("a veteran of four spacewalks"), a count in a past clause inside a
plan ("who has made three EVAs, will lead"), and a day a group "spent working outside"."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading

keys = partial(reading.keys, published="2024-06-10")


@pytest.mark.parametrize("text, count", [
    ("Mira Castell, 53, a retired Army colonel, has already logged 190 days in space and six spacewalks.", "6"),
    ("Mira Castell has logged 300 days in orbit, two flights and 4 spacewalks.", "4"),
    ("Mira Castell retired in 2018. All told she has spent 675 days in space, more than any other American, "
     "and has made 10 spacewalks totalling 60 hours and 21 minutes.", "10"),
    ("Mira Castell is a veteran of four spacewalks.", "4"),
    ("Mira Castell, a veteran of three spacewalks, will lead the outing on Friday.", "3"),
    ("Mira Castell, who has conducted five EVAs, will lead the walk on Friday.", "5"),
])
def test_counts_told_aside(nlp: Language, text: str, count: str) -> None:
    assert key("Mira Castell", "spacewalkCount", count) in keys(nlp, text)


@pytest.mark.parametrize("text", [
    "The crew has logged 180 days in orbit and four spacewalks.",  # the crew's, not one member's
    "Mira Castell has logged 100 days in space and no spacewalks.",
    "Mira Castell is a veteran of two space flights.",
    "Mira Castell, who will make three spacewalks, is due to launch on Friday.",  # a plan
    "Mira Castell, a veteran astronaut, will make three spacewalks next year.",
])
def test_no_count(nlp: Language, text: str) -> None:
    assert not any(k[1] == "spacewalkCount" and k[3] == "reported" for k in keys(nlp, text))


@pytest.mark.parametrize("text", [
    "Two of the three Shenzhou-40 astronauts spent Thursday working outside the space station. Mira Castell "
    "and Jun Hao, the two assigned to the extravehicular tasks, worked outside for about eight hours.",
    "Two of the astronauts spent Thursday afternoon working outside the station's Wentian module. Mira Castell "
    "and Jun Hao installed debris shields during the nine-hour outing.",
])
def test_the_day_a_group_spent_outside(nlp: Language, text: str) -> None:
    """The day told of a group ("Two of the three astronauts spent Thursday working outside")
    is that of the pair the story names as going out together."""
    found = keys(nlp, text)
    assert key("Mira Castell", "spacewalkDate", "2024-06-06") in found
    assert key("Jun Hao", "spacewalkDate", "2024-06-06") in found


@pytest.mark.parametrize("text", [
    "The trainees spent Thursday working outside in the desert near the landing site.",
    "Mira Castell spent Thursday working outside her home in Ohio.",
])
def test_a_day_outside_on_the_ground(nlp: Language, text: str) -> None:
    assert not any(k[1] == "spacewalkDate" for k in keys(nlp, text))


@pytest.mark.parametrize("text, least", [
    ("Mira Castell went outside the station for the second time on Thursday.", "2"),
    ("Mira Castell floated out of the airlock for the third time on Monday.", "3"),
    ("Mira Castell ventured outside the Tiangong station for the fourth time.", "4"),
])
def test_for_the_nth_time_is_a_minimum(nlp: Language, text: str, least: str) -> None:
    found = keys(nlp, text)
    assert key("Mira Castell", "minimumSpacewalkCount", least) in found
    assert not any(k[1] == "spacewalkCount" for k in found)


def test_for_the_first_time_since_is_no_place(nlp: Language) -> None:
    """ "For the first time since 2021" says she had walked before: no place in her career."""
    found = keys(nlp, "Mira Castell ventured outside the Tiangong station for the first time since 2021.")
    assert not any(k[1] in ("minimumSpacewalkCount", "spacewalkCount") for k in found)


@pytest.mark.parametrize("text", [
    "Mira Castell made spacewalks on Monday and Thursday. With the two outings, Mira Castell has now spent "
    "14 hours and 2 minutes on spacewalks.",
    "Mira Castell has spent 20 hours outside the station over the three spacewalks of her mission.",
])
def test_the_walks_told_are_no_career_count(nlp: Language, text: str) -> None:
    """ "The two outings" are those the story told, not how many she has made in all."""
    assert not any(k[1] == "spacewalkCount" for k in keys(nlp, text))



@pytest.mark.parametrize("text, count", [
    ("Mira Castell holds NASA's record for most spacewalks (10).", "10"),
    ("Mira Castell retired in 2009. She holds the world record for the most spacewalks, 16.", "16"),
])
def test_the_figure_of_a_record_for_most_spacewalks(nlp: Language, text: str, count: str) -> None:
    """The record's figure is the holder's count of spacewalks."""
    assert key("Mira Castell", "spacewalkCount", count) in keys(nlp, text)


@pytest.mark.parametrize("text", [
    "Mira Castell holds the world record for the most spacewalks, 16 years after her first.",
    "Mira Castell could break the record for most spacewalks (16) next year.",
    "The record for most spacewalks (16) is held by a Russian cosmonaut, not Mira Castell.",
])
def test_no_figure_of_a_record(nlp: Language, text: str) -> None:
    assert not any(k[1] == "spacewalkCount" and k[0] == "mira castell" for k in keys(nlp, text))


def test_walks_shared_out_by_companion(nlp: Language) -> None:
    """ "Made five spacewalks: four with A and one with B": A went out four times with her, B once."""
    found = keys(nlp, "During the flight Mira Castell made five spacewalks, mostly to fit the new arm: four with "
                      "Jun Hao and one with Ana Voss, her first.")
    assert key("Jun Hao", "minimumSpacewalkCount", "4") in found
    assert key("Ana Voss", "minimumSpacewalkCount", "1") in found
    assert {key("Mira Castell", "spacewalkPartner", "Jun Hao"), key("Jun Hao", "spacewalkPartner", "Mira Castell")} \
        & found


def test_shares_that_do_not_add_up_are_not_read(nlp: Language) -> None:
    found = keys(nlp, "During the flight Mira Castell made five spacewalks: three with Jun Hao and one with Ana Voss.")
    assert not any(k[1] == "minimumSpacewalkCount" for k in found)
