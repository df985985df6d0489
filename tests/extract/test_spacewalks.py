"""Spacewalks as news tells them (the spacewalk frame): how many a person has made, how long
they lasted, when, on texts written for these tests with invented names; and what is not a
count, a date or time in space."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading

keys = partial(reading.keys, published="2024-06-10")


@pytest.mark.parametrize("text, count", [
    ("Mira Castell has now made 10 spacewalks totalling 62 hours and 6 minutes.", "10"),
    ("In command is Mira Castell, 45, an Army colonel from Spokane, who spent 204 days on the station and made two "
     "spacewalks totaling 13 hours and 8 minutes.", "2"),
    ("Mira Castell now has six spacewalks totalling 33 hours and 9 minutes, a European record.", "6"),
    ("On the way home Mira Castell made the only spacewalk of her career.", "1"),
])
def test_count_phrasings(nlp: Language, text: str, count: str) -> None:
    assert key("Mira Castell", "spacewalkCount", count) in keys(nlp, text)


@pytest.mark.parametrize("text, least", [
    ("Mira Castell made her seventh spacewalk on Thursday.", "7"),
    ("For Mira Castell it was the fourth spacewalk of her career.", "4"),
    ("Mira Castell floated out of the airlock on Monday for her third spacewalk.", "3"),
    ("Mira Castell made her fifth career excursion outside the station on Monday.", "5"),
    ("It was the 10th spacewalk of Mira Castell's career.", "10"),
])
def test_a_walks_rank_is_a_minimum_never_a_count(nlp: Language, text: str, least: str) -> None:
    """ "Her third spacewalk" says she had made at least three by then: more may follow, so
    it is kept as a lower bound and no count is read from it."""
    found = keys(nlp, text)
    assert key("Mira Castell", "minimumSpacewalkCount", least) in found
    assert not any(k[1] == "spacewalkCount" for k in found)


@pytest.mark.parametrize("text, minutes", [
    ("Mira Castell has now made 10 spacewalks totalling 62 hours and 6 minutes.", "3726"),
    ("Mira Castell ventured outside the station on Thursday for the 6-hour, 42-minute excursion.", "402"),
    ("Mira Castell made two spacewalks totaling 13 hours and 8 minutes.", "788"),
    ("The extravehicular activity by Mira Castell on Thursday lasted six and a half hours.", "390"),
])
def test_duration_phrasings_are_never_time_in_space(nlp: Language, text: str, minutes: str) -> None:
    found = keys(nlp, text)
    assert key("Mira Castell", "spacewalkDuration", minutes) in found
    assert not any(k[1] == "timeInSpace" for k in found)


@pytest.mark.parametrize("text, day", [
    ("Mira Castell ventured outside the station on Thursday.", "2024-06-06"),
    ("Mira Castell and Jun Hao stepped out of the Tiangong on Friday.", "2024-06-07"),
    ("Mira Castell made her seventh spacewalk on Thursday.", "2024-06-06"),
    ("In May, Mira Castell became the first European woman to make a spacewalk.", "2024-05"),
    ("Last month Mira Castell and Jun Hao made a spacewalk together.", "2024-05"),
    ("Mira Castell's EVA on Thursday went smoothly.", "2024-06-06"),
])
def test_date_phrasings(nlp: Language, text: str, day: str) -> None:
    assert key("Mira Castell", "spacewalkDate", day) in keys(nlp, text)


def test_a_rank_in_a_mission_or_a_group_is_not_a_count(nlp: Language) -> None:
    found = keys(nlp, "It was the first spacewalk of the mission for Sam Kettle. Lu Ping joined the first spacewalk "
                      "by private astronauts on Friday.")
    assert not any(k[1] in ("spacewalkCount", "minimumSpacewalkCount") for k in found)


def test_another_persons_count_stays_theirs(nlp: Language) -> None:
    found = keys(nlp, "Sam Kettle, who has made nine spacewalks, watched as Lu Ping made her first spacewalk.")
    assert key("Sam Kettle", "spacewalkCount", "9") in found
    assert key("Lu Ping", "minimumSpacewalkCount", "1") in found
    assert key("Lu Ping", "spacewalkCount", "1") not in found
    assert key("Lu Ping", "spacewalkCount", "9") not in found
    assert key("Sam Kettle", "spacewalkCount", "1") not in found


def test_a_planned_spacewalk_is_planned_and_counts_nothing(nlp: Language) -> None:
    found = keys(nlp, "Nina Falk is scheduled to make her third spacewalk on Tuesday.")
    assert key("Nina Falk", "spacewalkDate", "2024-06-11", "planned") in found
    assert key("Nina Falk", "spacewalkDate", "2024-06-11") not in found
    assert not any(k[1] == "spacewalkCount" for k in found)


def test_who_went_out_alongside_shares_the_date_and_the_spacewalk_told_next(nlp: Language) -> None:
    found = keys(nlp, "Ana Berg on Sunday became the first woman of her country to carry out a spacewalk, floating "
                      "outside the module alongside the Shenzhou-40 mission commander, Li Wen. The spacewalk "
                      "lasted about six and a half hours.")
    for name in ("Ana Berg", "Li Wen"):
        assert key(name, "spacewalkDate", "2024-06-09") in found
        assert key(name, "spacewalkDuration", "390") in found


def test_a_spacewalk_told_of_with_its_own_words_is_not_the_last_one(nlp: Language) -> None:
    found = keys(nlp, "Ana Berg floated outside alongside Li Wen on Friday.\n\nThe first spacewalk of the mission "
                      "lasted two hours.")
    assert not any(k[1] == "spacewalkDuration" and k[2] == "120" for k in found)


# ---------------------------------------------------------------------- who went out, told apart from the walk

@pytest.mark.parametrize("text", [
    "Commander Ada Rinn wrapped up a busy month. On Tuesday she and Tomas Kell made a spacewalk to fix a pump.",
    "Ada Rinn and Tomas Kell make the first spacewalk of the mission. Two astronauts stepped outside the station on "
    "Tuesday to replace a battery.",
    "Ada Rinn and Tomas Kell completed their second spacewalk on Tuesday.",
    "The spacewalk by Ada Rinn and Tomas Kell on Tuesday lasted six hours and 42 minutes.",
    "On Tuesday, Ada Rinn and Tomas Kell finished the six-hour, 42-minute excursion by closing the hatch.",
])
def test_each_spacewalker_has_the_date(nlp: Language, text: str) -> None:
    found = keys(nlp, text, published="2026-09-14")
    assert key("Ada Rinn", "spacewalkDate", "2026-09-08") in found
    assert key("Tomas Kell", "spacewalkDate", "2026-09-08") in found


def test_a_group_of_spacewalkers_is_not_taken_for_a_team_of_another_size(nlp: Language) -> None:
    found = keys(nlp, "Ada Rinn and Tomas Kell make the first spacewalk of the mission. Three astronauts stepped "
                      "outside the station on Tuesday to replace a battery.", published="2026-09-14")
    assert not any(k[1] == "spacewalkDate" for k in found)
