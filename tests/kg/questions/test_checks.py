"""Answers the question's own words rule out are refused (kg/questions/checks.py), over the
hand-declared facts of tests/kg/questions/checkroom.py (invented names); each refusal is set
beside a question of the same facts that is still answered, so a check that refused
everything would fail."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from tests.factories import labels


@pytest.mark.parametrize(("question", "expected"), [
    ("How many days has Oren Vask spent in space?", ["150 days"]),
    ("How long has Oren Vask spent in space, in days?", ["150 days"]),
    ("How long has Oren Vask spent in space, in hours?", []),
    ("How many minutes has Oren Vask spent in space?", []),
])
def test_a_unit_the_question_names_is_the_answers_unit(checks: Asker, question: str, expected: list[str]) -> None:
    answer = checks.answer(question)
    assert labels(answer) == expected
    if not expected:
        assert "150 days" in (answer.message or "")


@pytest.mark.parametrize(("question", "expected"), [
    ("How old is Mira Solvay?", ["44 years"]),
    ("How old was Mira Solvay when she launched on Orion-4?", ["44 years"]),  # stated in the article about it
    ("How old was Mira Solvay when she trained for Orion-1?", []),  # no article about Orion-1 gives her age
    ("What age was Mira Solvay on Orion-4?", ["44 years"]),  # "what age" is "how old"
    ("At what age did Mira Solvay launch on Orion-4?", ["44 years"]),
    ("At what age did Mira Solvay train for Orion-1?", []),
])
def test_an_age_at_an_event_comes_from_an_article_about_it(checks: Asker, question: str,
                                                          expected: list[str]) -> None:
    assert labels(checks.answer(question)) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("Who is the oldest astronaut?", ["Oren Vask"]),
    ("Who was the youngest astronaut to fly to space?", []),  # the age at a flight: no article gives it
    ("Who was the youngest astronaut in space?", []),
])
def test_the_youngest_ranks_by_age_on_the_day_asked(checks: Asker, question: str, expected: list[str]) -> None:
    assert labels(checks.answer(question)) == expected


def test_a_ranking_by_age_never_falls_back_to_another_figure(checks: Asker) -> None:
    """ "The youngest person in space" is not the one with the fewest days in space."""
    assert labels(checks.answer("Who was the youngest person in space?")) == []


def test_a_tie_for_the_most_is_no_answer(checks: Asker) -> None:
    tied = checks.answer("Who has spent the most days in space in total?")
    assert labels(tied) == []
    assert "Oren Vask" in (tied.message or "") and "Ilse Marrow" in (tied.message or "")
    one = checks.answer("Who spent the most days in space on a single flight?")
    assert labels(one) == ["Mira Solvay"]


def test_the_first_of_several_unranked_is_no_answer(checks: Asker) -> None:
    assert sorted(labels(checks.answer("Who commanded the Vesta station?"))) == ["Mira Solvay", "Oren Vask"]
    first = checks.answer("Who was the first commander of the Vesta station?")
    assert labels(first) == []
    assert "Mira Solvay" in (first.message or "") and "Oren Vask" in (first.message or "")


def test_an_ordinal_question_is_no_description(checks: Asker) -> None:
    """ "Who was Ardenia's first astronaut?" asks for a person, never for a profile of Ardenia."""
    answer = checks.answer("Who was Ardenia's first astronaut?")
    assert answer.template != "description"
    assert not any("is a country" in a.label for a in answer.answers)
    assert checks.answer("Who is Mira Solvay?").template == "description"


def test_a_name_the_answer_ignores_restricts_it(checks: Asker) -> None:
    both = checks.answer("When did Oren Vask launch?")
    assert sorted(labels(both)) == ["3 May 2024", "9 June 2019"]
    tied = checks.answer("When did Oren Vask launch on Orion-2?")  # its sentence ties one date to Orion-2
    assert labels(tied) == ["9 June 2019"]
    restricted = checks.answer("When did Oren Vask launch on Orion-1?")  # he trained for it; no date is its
    assert labels(restricted) == []
    assert "Orion-1" in (restricted.message or "")


def test_a_single_valued_property_gives_its_clearly_best_supported_value(checks: Asker) -> None:
    born = checks.answer("Where was Mira Solvay born?")
    assert labels(born) == ["Kestow"]
    assert "Harlby" in (born.message or "")


def test_a_single_valued_property_stated_twice_alike_is_no_answer(checks: Asker) -> None:
    died = checks.answer("When did Oren Vask die?")
    assert labels(died) == []
    assert "disagree" in (died.message or "") and "1 October 2025" in (died.message or "")


@pytest.mark.parametrize(("question", "expected"), [
    ("How many days had Mira Solvay spent in space before Orion-4?", []),  # only one flight's time is stated
    ("How long did Oren Vask's first spaceflight last?", []),  # only his total is stated
    ("How many days has Oren Vask spent in space in total?", ["150 days"]),
])
def test_single_flight_and_total_are_never_mixed(checks: Asker, question: str, expected: list[str]) -> None:
    assert labels(checks.answer(question)) == expected


def test_a_value_bounded_by_a_name_it_ignores_is_no_answer(checks: Asker) -> None:
    """ "Before Orion-4" bounds the total in time; the latest total may be after it."""
    assert labels(checks.answer("How many days has Oren Vask spent in space?")) == ["150 days"]
    before = checks.answer("How many days had Oren Vask spent in space before Orion-4?")
    assert labels(before) == []
    assert "before Orion-4" in (before.message or "")


@pytest.mark.parametrize(("question", "expected"), [
    ("Who piloted Orion-4?", ["Oren Vask"]),
    ("Who was the pilot of Orion-4?", ["Oren Vask"]),
    ("Who piloted Orion-2?", []),  # no role is stated on that flight
    ("Did Oren Vask command Orion-4?", ["no"]),  # his stated role there is another
    ("Did Mira Solvay command Orion-4?", ["yes"]),
    ("Did Bram Ostrow command Orion-4?", []),  # no role of his is stated there: the articles do not say
    ("Who was Mira Solvay's pilot on Orion-4?", ["Oren Vask"]),  # a crewmate's role, asked through them
    ("Who was Oren Vask's commander on Orion-4?", ["Mira Solvay"]),
    ("Who was Oren Vask's pilot on Orion-4?", []),  # he was the pilot: not his own crewmate
])
def test_crew_roles_answer_for_the_flight(checks: Asker, question: str, expected: list[str]) -> None:
    assert labels(checks.answer(question)) == expected


def test_a_flight_longer_than_the_total_is_a_contradiction(checks: Asker) -> None:
    for question in ("How many days has Dara Quill spent in space?", "How long was Dara Quill's flight?"):
        answer = checks.answer(question)
        assert labels(answer) == []
        assert "contradict" in (answer.message or "")


def test_a_comparison_of_equals_names_neither(checks: Asker) -> None:
    answer = checks.answer("Who has spent longer in space, Oren Vask or Ilse Marrow?")
    assert labels(answer) == []
    assert "same" in (answer.message or "")


def test_undated_answers_cannot_be_placed_before_something(checks: Asker) -> None:
    assert sorted(labels(checks.answer("Who does Oren Vask work for?"))) == ["Ardenian Space Agency", "Orbita Works"]
    before = checks.answer("Where did Oren Vask work before he became an astronaut?")
    assert labels(before) == []
    assert "before" in (before.message or "")


def test_a_kind_the_ontology_does_not_know_is_never_assumed(checks: Asker) -> None:
    """ "Which company" has no class of its own: an organisation of no narrower class is one,
    an agency is none; another noun without a class is answered only by a name that says it."""
    company = checks.answer("Which company does Oren Vask work for?")
    assert labels(company) == ["Orbita Works"]
    assert labels(checks.answer("Which firm did Oren Vask work for?")) == ["Orbita Works"]
    laboratory = checks.answer("Which laboratory does Oren Vask work for?")
    assert labels(laboratory) == [] and "laboratory" in (laboratory.message or "")
    assert labels(checks.answer("Which university did Oren Vask attend?")) == ["Kestow University"]  # its name says
    assert sorted(labels(checks.answer("Which organization does Oren Vask work for?"))) == [
        "Ardenian Space Agency", "Orbita Works"]


@pytest.mark.parametrize(("question", "expected"), [
    ("What spacecraft did Mira Solvay fly on?", ["Heron"]),
    ("What spacecraft will Mira Solvay come home on?", ["Kite"]),
    ("What spacecraft will Oren Vask come home on?", ["Kite"]),
    ("What spacecraft did Oren Vask fly on?", []),  # only planned: never given as done
])
def test_a_planned_fact_answers_the_future_only(checks: Asker, question: str, expected: list[str]) -> None:
    answer = checks.answer(question)
    assert labels(answer) == expected
    if not expected:
        assert "planned" in (answer.message or "")


def test_a_date_is_no_answer_to_which_place(checks: Asker) -> None:
    answer = checks.answer("From which launch center did Oren Vask lift off on Orion-4?")  # only its date is given
    assert labels(answer) == [] and "from which launch center" in (answer.message or "")
    answer = checks.answer("Which launch center did Oren Vask lift off on Orion-4?")
    assert labels(answer) == [] and "3 May 2024" in (answer.message or "")


def test_a_calendar_word_still_asks_a_date(checks: Asker) -> None:
    answer = checks.answer("On what date did Oren Vask launch on Orion-4?")
    assert [a.value for a in answer.answers] == ["2024-05-03"]


@pytest.mark.parametrize("question", [
    "Who commanded the Vesta station before Mira Solvay?",
    "Who was the commander of the Vesta station before Solvay?",
])
def test_a_bound_taken_for_a_topic_places_no_undated_answer_before_it(checks: Asker, question: str) -> None:
    """Both commanded the station, undated: neither is known to have come before the other."""
    answer = checks.answer(question)
    assert labels(answer) == [] and "before" in (answer.message or "")


@pytest.mark.parametrize("question", [
    "Who were the new astronauts on Crew-9?",
    "Who were the three rookie astronauts on Crew-9?",
    "Which new astronauts flew on Crew-9?",
])
def test_a_quality_of_the_people_asked_that_no_fact_checks_is_no_answer(crew: Asker, question: str) -> None:
    answer = crew.answer(question)
    assert answer.answers == ()
    message = answer.message or ""  # a rookie is one on a first flight, which no article here states
    assert "do not say who of them is" in message or "state no first flight of Crew-9's crew" in message


def test_the_same_people_without_the_quality_are_answered(crew: Asker) -> None:
    assert crew.answer("Who were the astronauts on Crew-9?").answers


@pytest.mark.parametrize(("question", "expected"), [
    ("Who was on the Orion-4 crew?", ["Mira Solvay", "Oren Vask"]),
    ("Who was the pilot on the Orion-4 crew?", ["Oren Vask"]),
    ("Who was the physician on the Orion-4 crew?", []),  # a part of the crew the graph does not record
    ("Who was the geologist of Orion-4?", []),
])
def test_the_part_who_stands_for_is_read_or_no_answer(checks: Asker, question: str, expected: list[str]) -> None:
    answer = checks.answer(question)
    assert sorted(labels(answer)) == expected
    if not expected:
        assert "physician" in (answer.message or "") or "geologist" in (answer.message or "")


@pytest.mark.parametrize("question", [
    "Which small satellite did the Orion-4 crew deploy?",  # a kind named after an adjective: no person is one
    "Which tiny probe did the Orion-4 crew release?",
    "Which Ardenian president talked with the Orion-4 crew?",  # an office: its crew holds none
    "Which president spoke to the Orion-4 crew?",
])
def test_the_kind_or_office_after_an_adjective_is_checked(checks: Asker, question: str) -> None:
    assert labels(checks.answer(question)) == []
    assert sorted(labels(checks.answer("Who flew on Orion-4?"))) == ["Mira Solvay", "Oren Vask"]


@pytest.mark.parametrize(("question", "expected"), [
    ("What time did Oren Vask launch on Orion-2?", []),  # a day is no time of day
    ("At what time did Oren Vask launch on Orion-2?", []),
    ("What time of day did Oren Vask launch on Orion-2?", []),
    ("When did Oren Vask launch on Orion-2?", ["9 June 2019"]),
])
def test_a_time_of_day_is_never_answered_with_a_day(checks: Asker, question: str, expected: list[str]) -> None:
    answer = checks.answer(question)
    assert labels(answer) == expected
    if not expected:
        assert "9 June 2019" in (answer.message or "") and "time of day" in (answer.message or "")


@pytest.mark.parametrize("question", ["Mira Solvay studied at which large", "Who flew on which small", "which big"])
def test_a_question_ending_on_an_adjective_after_which_is_read_without_error(checks: Asker, question: str) -> None:
    assert checks.answer(question).answers == ()
