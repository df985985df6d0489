"""Lengths, durations and counts asked in the words people use (the room
:mod:`tests.kg.questions.lengthroom`): a count of orbits "of the Earth" or "around the Earth" is
the person's count even when the graph knows the Earth as a thing; two undated figures of one
person that nothing ranks give no answer; a career total asked "before" a flight is the total
stated by the day it launched, never one told after it, one flight's time, or a total dated
only by its year."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from tests.factories import labels


@pytest.mark.parametrize("question", [
    "How many orbits of the Earth did Dara Quill make?",
    "How many orbits of the Earth did Quill complete?",
    "How many times did Dara Quill orbit the Earth?",
    "How many times did Quill circle the Earth?",
    "How many orbits did Dara Quill make?",
    "How many orbits of the Earth did Quill complete on Tessel-4?",
])
def test_orbits_of_the_earth_are_the_persons(lengths: Asker, question: str) -> None:
    assert labels(lengths.answer(question)) == ["64"]


@pytest.mark.parametrize("question", [
    "How many orbits of the Earth did Tessel-6 make?",
    "How many times did Tessel-6 circle the Earth?",
    "How many orbits did Tessel-6 complete?",
])
def test_a_flights_orbits_of_the_earth(lengths: Asker, question: str) -> None:
    assert labels(lengths.answer(question)) == ["30"]


@pytest.mark.parametrize("question", [
    "How many orbits of the Earth did Bo Renner complete on Tessel-4?",  # never on it
    "How many days did Dara Quill spend in space?",  # orbits are no time
    "How many times did Dara Quill fly?",  # nor flights
])
def test_orbits_answer_nothing_else(lengths: Asker, question: str) -> None:
    assert "64" not in labels(lengths.answer(question))


@pytest.mark.parametrize("question", [
    "How long did Tessel-4 last?",
    "How long was the Tessel-4 flight?",
    "How many days did the Tessel-4 mission last?",
])
def test_a_flights_own_length(lengths: Asker, question: str) -> None:
    assert labels(lengths.answer(question)) == ["4 days"]


@pytest.mark.parametrize("question", [
    "How long did Ivar Lusk spend in space?",
    "How many days did Lusk spend in orbit?",
    "How long was Lusk's endurance record?",
])
def test_undated_figures_nothing_ranks_give_no_answer(lengths: Asker, question: str) -> None:
    reply = lengths.answer(question)
    assert labels(reply) == []
    assert "139" in (reply.message or "") and "175" in (reply.message or "")


@pytest.mark.parametrize("question", [
    "How many days had Sava Marek spent in space before Corra-11?",
    "How many days had Marek spent in space prior to Corra-11?",
    "What was Marek's total time in space before Corra-11?",
    "How long had Marek been in space before Corra-11?",
])
def test_a_total_before_a_flight_is_the_one_stated_by_its_launch(lengths: Asker, question: str) -> None:
    assert labels(lengths.answer(question)) == ["533 days"]


@pytest.mark.parametrize("question", [
    "How many days has Sava Marek spent in space?",
    "What is Marek's total time in space?",
    "How many days has Marek logged in space in all?",
])
def test_the_latest_total_without_a_bound(lengths: Asker, question: str) -> None:
    assert labels(lengths.answer(question)) == ["723 days"]


@pytest.mark.parametrize("question", [
    "How many days did Marek spend in space on Corra-11?",
    "How long was Marek's Corra-11 flight?",
    "How long did Sava Marek stay on Corra-11?",
])
def test_one_flight_is_no_total(lengths: Asker, question: str) -> None:
    assert labels(lengths.answer(question)) == ["190 days (single flight)"]


@pytest.mark.parametrize("question", [
    "How many days had Marek spent in space after Corra-11?",  # after: not a launch-day total
    "How many days had Yuna Pell spent in space before Corra-11?",  # dated only by its year
    "How long was Marek's flight before Corra-11?",  # one flight, not a total
])
def test_no_total_that_the_launch_does_not_bound(lengths: Asker, question: str) -> None:
    assert not {"533 days", "200 days"} & set(labels(lengths.answer(question)))


@pytest.mark.parametrize("question", [
    "How many orbits did Dara Quill complete on Tessel-6?",  # a flight she never flew
    "How many times did Quill orbit the Earth on Tessel-6?",
])
def test_a_flights_orbits_are_no_count_of_someone_not_on_it(lengths: Asker, question: str) -> None:
    assert labels(lengths.answer(question)) == []


def test_a_flights_orbits_answer_for_its_crew(lengths: Asker) -> None:
    assert labels(lengths.answer("How many orbits did Bo Renner complete on Tessel-6?")) == ["30"]


def test_a_bounding_flights_own_length_is_no_total(lengths: Asker) -> None:
    """Tessel-4 lasted four days and is dated by no launch: nothing places a total of Marek's before it."""
    assert labels(lengths.answer("How many days had Sava Marek spent in space before Tessel-4?")) == []


@pytest.mark.parametrize(("question", "answer"), [
    ("What was the duration of Marek's Corra-11 flight?", "190 days (single flight)"),
    ("What was the length of Marek's Corra-11 mission?", "190 days (single flight)"),
    ("What was the duration of the Tessel-4 flight?", "4 days"),
    ("What was the length of Tessel-4?", "4 days"),
    ("What was the Tessel-4 mission's duration?", "4 days"),
    ("What was the duration of Oren Vey's spacewalk?", "6 hours"),
    ("What was Vey's spacewalk duration?", "6 hours"),
    ("What was the length of Vey's spacewalk?", "6 hours"),
])
def test_duration_and_length_ask_how_long(lengths: Asker, question: str, answer: str) -> None:
    assert labels(lengths.answer(question)) == [answer]


@pytest.mark.parametrize("question", [
    "What record for spaceflight duration did Marek set?",  # a record, not a length
    "What was the duration of Dara Quill's spacewalk?",  # no walk's length is stated
    "What was the length of Marek's first flight?",  # only a total and an untied flight: no rank
])
def test_duration_words_ask_nothing_else(lengths: Asker, question: str) -> None:
    assert not {"190 days (single flight)", "723 days", "533 days", "4 days"} & set(labels(lengths.answer(question)))


@pytest.mark.parametrize("question", [
    "How many days did Pia Sorn spend on the Kestrel station?",
    "How long did Sorn stay aboard the Kestrel station?",
    "How long was Sorn's stay on the Kestrel station?",
    "How long did Pia Sorn spend on the station?",
])
def test_a_stay_on_a_station_is_the_flight_tied_to_it(lengths: Asker, question: str) -> None:
    assert labels(lengths.answer(question)) == ["120 days (single flight)"]


@pytest.mark.parametrize("question", [
    "How long did Pia Sorn stay on the Heron station?",  # never tied to it
    "How long did Lev Aro stay on the Kestrel station?",  # tied to two stations: which flight?
    "How many days did Ima Dole spend on the Kestrel station?",  # a career total is no stay
])
def test_no_stay_on_a_station_the_length_is_not_shown_to_be_of(lengths: Asker, question: str) -> None:
    assert labels(lengths.answer(question)) == []


@pytest.mark.parametrize("question", [
    "How many spacewalks has Oren Vey made?",
    "How many spacewalks has Vey conducted?",
    "How many EVAs has Vey done?",
    "How many times has Vey walked in space?",
    "How many times has Oren Vey gone on a spacewalk?",
    "How many times did Vey go on a spacewalk?",
    "How many times has Vey spacewalked?",
])
def test_spacewalks_counted_however_asked(lengths: Asker, question: str) -> None:
    assert labels(lengths.answer(question)) == ["4"]


@pytest.mark.parametrize("question", [
    "How many times has Vey flown?",
    "How many times has Oren Vey been to space?",
])
def test_flights_are_no_spacewalks(lengths: Asker, question: str) -> None:
    assert "4" not in labels(lengths.answer(question))


@pytest.mark.parametrize("question", [
    "How many times did Quill go around the Earth?",
    "How many times did Dara Quill go around the planet?",
])
def test_going_around_the_earth_counts_orbits(lengths: Asker, question: str) -> None:
    assert labels(lengths.answer(question)) == ["64"]


@pytest.mark.parametrize("question", [
    "How many times has Sava Marek been in space?",  # a count of times, never a length
    "How many times has Marek been in orbit?",
    "How many days did Marek walk in space?",  # a walk's length, never time in space
    "How long has Sava Marek walked in space?",
])
def test_time_in_space_answers_no_count_nor_walk(lengths: Asker, question: str) -> None:
    assert not {"723 days", "533 days", "190 days (single flight)"} & set(labels(lengths.answer(question)))


@pytest.mark.parametrize("question", [
    "How many orbits did Sava Marek complete in space?",  # no count of his orbits: never his days
    "How many orbits did Marek make in space on Corra-11?",
])
def test_orbits_asked_are_never_a_time_in_space(lengths: Asker, question: str) -> None:
    assert labels(lengths.answer(question)) == []
