"""Questions whose every word must be read, or no answer (tests/kg/questions/readingroom.py,
invented names): what a name owns is not the name ("X's wife", "X's carrier plane", "the name
of X"); a job is not a role on a flight the graph does not know; a first spacewalk counts
nothing, a rank no one flight, and an undated count and rank do not outgrow each other; the
age at death is no age at a flight; the first in orbit is not the first in space."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from tests.factories import labels


@pytest.mark.parametrize("question", [
    "How old is Oren Talvik's wife?",
    "how old is talvik's wife?",
    "Where was Talvik's wife born?",
    "When was Oren Talvik's wife born?",
    "How old is the wife of Oren Talvik?",
    "Who commanded Kestrel 4's carrier plane?",
    "Who was Oren Talvik's back-up?",
    "What is the name of Kestrel 4?",
    "What is the name of the Kestrel 4 capsule's pilot?",
])
def test_a_fact_of_the_owner_answers_nothing_about_what_it_owns(reading: Asker, question: str) -> None:
    answer = reading.answer(question)
    assert answer.answers == ()


@pytest.mark.parametrize(("question", "expected"), [
    ("How old is Oren Talvik?", ["61 years"]),
    ("Who is Oren Talvik's wife?", ["Mira Talvik"]),
    ("Where was Talvik born?", ["Vard"]),
    ("Who commanded Kestrel 4?", ["Oren Talvik"]),
    ("When did Oren Talvik's flight launch?", ["5 May 2025"]),
    ("What is Oren Talvik's hometown?", ["Holm"]),
    ("What is Talvik's job?", ["test pilot"]),
])
def test_a_fact_of_the_name_itself_or_its_own_flight_is_still_answered(
        reading: Asker, question: str, expected: list[str]) -> None:
    assert sorted(labels(reading.answer(question))) == expected


def test_the_refusal_says_whose_fact_was_found(reading: Asker) -> None:
    message = reading.answer("How old is Oren Talvik's wife?").message or ""
    assert "wife" in message and "61" in message


@pytest.mark.parametrize("question", [
    "What was Oren Talvik's role on Soyuz-99?",
    "What was Talvik's job aboard Zarnitsa-3?",
    "What was Talvik's role during Soyuz-99?",
])
def test_a_job_answers_no_question_about_a_flight_the_graph_does_not_know(reading: Asker, question: str) -> None:
    assert reading.answer(question).answers == ()


@pytest.mark.parametrize("question", [
    "How many spacewalks has Lida Parn made?",
    "How many spacewalks has Parn done?",
    "How many spacewalks did Kel Arvo make on Kestrel 4?",
    "How many spacewalks has Ivo Sarn made?",
    "How many spacewalks has Sarn performed?",
])
def test_a_first_walk_a_career_rank_on_one_flight_or_an_undated_pair_count_nothing(
        reading: Asker, question: str) -> None:
    assert reading.answer(question).answers == ()


@pytest.mark.parametrize("question", [
    "How many spacewalks has Kel Arvo made?",
    "How many spacewalks had Kel Arvo made after Monday's outing?",
])
def test_a_rank_still_bounds_a_career(reading: Asker, question: str) -> None:
    assert labels(reading.answer(question)) == ["at least 4"]


@pytest.mark.parametrize("question", [
    "How old was Gorm Vesti when he flew?",
    "How old was Vesti when he went to space?",
    "How old was Gorm Vesti at launch?",
    "How old was Vesti during his flight?",
    "How old was Gorm Vesti when he launched?",
])
def test_the_age_at_death_is_no_age_at_a_flight(reading: Asker, question: str) -> None:
    assert reading.answer(question).answers == ()


@pytest.mark.parametrize(("question", "expected"), [
    ("How old was Gorm Vesti when he died?", ["70 years"]),
    ("How old was Hale Dunmore when he flew?", ["33 years"]),
    ("How old was Dunmore when he died?", ["80 years"]),
])
def test_an_age_at_death_or_before_it_answers_its_own_time(reading: Asker, question: str,
                                                            expected: list[str]) -> None:
    assert sorted(labels(reading.answer(question))) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("Who was the first Mongolian in space?", ["Tarvo Lenk"]),
    ("Who was the first Mongolian to fly in space?", ["Tarvo Lenk"]),
    ("Who was the first Mongolian to orbit the Earth?", ["Sela Brask"]),
    ("who was the first mongolian to orbit the earth?", ["Sela Brask"]),
    ("Who was the first Mongolian in orbit?", ["Sela Brask"]),
])
def test_the_first_in_orbit_is_not_the_first_in_space(reading: Asker, question: str, expected: list[str]) -> None:
    assert sorted(labels(reading.answer(question))) == expected


@pytest.mark.parametrize("question", [
    "Who commanded Zorya Eve on Kestrel 4?",
    "Who commanded Zorya Eve during Kestrel 4?",
    "On Kestrel 4, who commanded Zorya Eve?",
    "Who was commanding Zorya Eve on Kestrel 4?",
    "Who commands Zorya Eve on Kestrel 4?",
])
def test_a_name_the_graph_does_not_know_is_the_topic_when_the_verb_acts_on_it(reading: Asker, question: str) -> None:
    answer = reading.answer(question)
    assert answer.answers == () and "Zorya Eve" in (answer.message or "")


@pytest.mark.parametrize("question", [
    "Which Zoryan flew with Oren Talvik on Kestrel 4?",
    "What Zoryan commanded Kestrel 4?",
])
def test_an_unknown_word_asked_for_is_a_kind_of_answer_not_a_topic(reading: Asker, question: str) -> None:
    assert "which the graph does not know" not in (reading.answer(question).message or "")


@pytest.mark.parametrize(("question", "expected"), [
    ("Who flew with Oren Talvik on Vela station?", ["Ansa Korr"]),
    ("Who flew with Talvik aboard Vela station?", ["Ansa Korr"]),
    ("Who flew with Oren Talvik?", ["Ansa Korr", "Pia Rusk"]),
    ("Who flew with Talvik to Vela station?", ["Ansa Korr", "Pia Rusk"]),
    ("Who flew with Oren Talvik on Kestrel 4?", ["Kel Arvo", "Pia Rusk"]),
])
def test_a_station_aboard_scopes_crewmates_as_a_flight_does(reading: Asker, question: str,
                                                            expected: list[str]) -> None:
    assert sorted(labels(reading.answer(question))) == expected


@pytest.mark.parametrize("question", [
    "When did Bo Vantrell first fly into space?",
    "When did Vantrell first launch?",
    "When did Bo Vantrell launch on his first flight?",
    "When did Vantrell first go to space?",
    "When was Bo Vantrell's first launch?",
])
def test_a_first_flight_is_undated_when_the_articles_date_fewer_flights_than_they_state(
        reading: Asker, question: str) -> None:
    assert reading.answer(question).answers == ()


@pytest.mark.parametrize(("question", "expected"), [
    ("When did Cira Moll first fly into space?", ["4 April 2010"]),
    ("When did Moll first go into space?", ["4 April 2010"]),
    ("When did Bo Vantrell travel into space?", ["3 May 1973"]),
    ("When did Vantrell travel to space?", ["3 May 1973"]),
    ("When did Bo Vantrell launch?", ["3 May 1973"]),
])
def test_the_first_of_dated_flights_or_any_launch_is_still_answered(reading: Asker, question: str,
                                                                      expected: list[str]) -> None:
    assert sorted(labels(reading.answer(question))) == expected
