"""The words people use of flights ("When did X fly?", "Where did X fly from?", "Which orbiter
flew X?", "How many times had X flown in space?"), each read as the relation it means, and the
near-misses that ask something else given no answer of it, over the hand-declared facts of
tests/kg/questions/tripwordroom.py (invented names)."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from tests.factories import labels


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "When did Dara Quill fly?",
    "When did Quill fly in space?",
    "When did Quill fly to space?",
    "What year did Quill fly?",
    "When did Quill go up?",
    "When did Quill head to space?",
    "When did Quill head to the station?",
    "When did Quill go to the space station?",
    "When did Quill fly Fenwick-4?",
])
def test_a_flight_asked_by_its_verbs_is_the_launch(trip_words: Asker, question: str) -> None:
    assert [a.value for a in trip_words.answer(question).answers] == ["2021-03-03"]


@pytest.mark.parametrize(("question", "expected"), [
    ("When did Milo Brisk fly?", ["2012-05-08", "2019-06-01"]),
    ("When did Brisk make his first spaceflight?", ["2012-05-08"]),
    ("When did Brisk make his first space trip?", ["2012-05-08"]),
    ("When did Brisk first fly?", ["2012-05-08"]),
])
def test_first_of_several_flights_is_the_earliest(trip_words: Asker, question: str, expected: list[str]) -> None:
    assert sorted(str(a.value) for a in trip_words.answer(question).answers) == expected


@pytest.mark.parametrize("question", [
    "When did Quill make her first space trip?",
    "When did Quill make her first spaceflight?",
    "When did Quill first fly?",
])
def test_a_first_flight_undated_among_more_flown_gets_no_date(trip_words: Asker, question: str) -> None:
    assert trip_words.answer(question).answers == ()  # two flights stated, one dated: which was first is unsaid


@pytest.mark.parametrize("question", [
    "When did Quill fly home?",
    "When did Quill fly back to Earth?",
    "When did Quill head home?",
    "When did Quill arrive back on Earth?",
])
def test_a_trip_home_is_the_return_never_the_launch(trip_words: Asker, question: str) -> None:
    assert [a.value for a in trip_words.answer(question).answers] == ["2021-09-20"]


@pytest.mark.parametrize("question", [
    "Where did Dara Quill fly from?",
    "Where did Quill go up from?",
    "Which cosmodrome did Quill fly from?",
    "From which cosmodrome did Quill fly?",
])
def test_where_someone_flew_from_is_the_launch_site(trip_words: Asker, question: str) -> None:
    assert labels(trip_words.answer(question)) == ["Oster Cosmodrome"]


@pytest.mark.parametrize("question", [
    "What did Quill fly?",
    "What did Quill fly on?",
])
def test_what_someone_flew_is_the_craft_not_the_date(trip_words: Asker, question: str) -> None:
    assert labels(trip_words.answer(question)) == ["Fenwick-4"]


@pytest.mark.parametrize("question", [
    "In which craft did Quill return to Earth?",
    "In which spacecraft did Quill return?",
    "Which capsule did Quill return in?",
    "What did Quill come home in?",
])
def test_the_craft_someone_returned_in_is_the_one_told_of_the_landing(trip_words: Asker, question: str) -> None:
    assert labels(trip_words.answer(question)) == ["Gale-2"]


@pytest.mark.parametrize("question", [
    "How many times had Dara Quill flown in space?",
    "How many times has Quill flown in space?",
    "How many times did Quill fly in space?",
])
def test_times_flown_in_space_count_flights_not_days(trip_words: Asker, question: str) -> None:
    assert [a.value for a in trip_words.answer(question).answers] == [2]


@pytest.mark.parametrize("question", [
    "Which orbiter flew Tamsin-9?",
    "Which orbiter carried Tamsin-9?",
    "Which orbiter flew the Tamsin-9 mission?",
    "Which orbiter carried Oren Pask?",
])
def test_the_orbiter_of_a_flight_is_its_crew_s_one_shuttle(trip_words: Asker, question: str) -> None:
    assert labels(trip_words.answer(question)) == ["Space Shuttle Harrow"]


@pytest.mark.parametrize("question", [
    "When did Quill fly a jet?",  # a thing flown: no launch says when
    "When did Quill fly helicopters?",
    "When did Quill fly as a test pilot?",
    "When did Brisk make his second spaceflight?",  # not both launches
    "When did Quill return to orbit?",
    "Where did Quill fly?",  # no place: a date is not where
    "Who did Quill fly with?",  # no crewmate stated
    "What was the project that flew Quill called?",  # the clause names the thing asked
    "Which orbiter carried Quill?",  # a capsule is no shuttle orbiter
])
def test_near_misses_get_no_launch_date(trip_words: Asker, question: str) -> None:
    reply = trip_words.answer(question)
    assert "2021-03-03" not in [a.value for a in reply.answers]
    assert "Oster Cosmodrome" not in labels(reply)
    assert "Fenwick-4" not in labels(reply)
    if "second" in question:
        assert [a.value for a in reply.answers] in ([], ["2019-06-01"])
