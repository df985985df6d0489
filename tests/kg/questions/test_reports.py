"""Questions readers ask of real reporting, over facts as real reports state them
(tests/kg/questions/reportroom.py, invented people): each in several phrasings, and the
wrong answers each rule keeps out."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from tests.factories import labels

# ---------------------------------------------------------------------- a crew as announced

@pytest.mark.parametrize(("question", "expected"), [
    ("Who commands Crew-14?", ["Orla Fenn"]),
    ("Who is the commander of Crew-14?", ["Orla Fenn"]),
    ("Who is the pilot of Crew-14?", ["Tavi Rusk"]),
    ("who is the crew-14 pilot", ["Tavi Rusk"]),
    ("Who is the Crew-14 mission commander?", ["Orla Fenn"]),  # "mission" says which commander, not the crew
    ("Who will pilot Crew-14?", ["Tavi Rusk"]),
])
def test_a_crew_as_assigned_answers_who_holds_a_role_now(reports: Asker, question: str,
                                                         expected: list[str]) -> None:
    answer = reports.answer(question)
    assert labels(answer) == expected
    assert all(a.planned for a in answer.answers)


@pytest.mark.parametrize("question", [
    "Who commanded Crew-14?",
    "Who piloted Crew-14?",
    "Who has piloted Crew-14?",
])
def test_a_planned_role_is_no_answer_to_what_happened(reports: Asker, question: str) -> None:
    assert labels(reports.answer(question)) == []


# ---------------------------------------------------------------------- totals and single flights

@pytest.mark.parametrize("question", [
    "How many days has Quinn Harrow spent in space in total?",
    "How many days in all has Harrow spent in space?",
    "What is Harrow's cumulative time in space?",
])
def test_a_total_asked_takes_the_value_stated_as_a_total(reports: Asker, question: str) -> None:
    """Not the 171 days of one stay an older paragraph dates."""
    assert [a.value for a in reports.answer(question).answers] == [410]


@pytest.mark.parametrize("question", [
    "How many days did Dessa Lorne spend in space on that mission?",
    "How long was Lorne's flight, in days?",
    "How many days did Lorne spend in space on a single flight?",
])
def test_a_figure_no_flight_reached_never_answers_one_flight(reports: Asker, question: str) -> None:
    answer = reports.answer(question)
    assert answer.answers == () and "612" in (answer.message or "")


def test_the_figure_stays_an_answer_to_a_total(reports: Asker) -> None:
    assert [a.value for a in reports.answer("How many days has Dessa Lorne spent in space?").answers] == [612]


# ---------------------------------------------------------------------- records

@pytest.mark.parametrize("question", [
    "Who holds the US record for the longest mission?",
    "Which American holds the record for the longest single flight?",
])
def test_a_record_of_the_scope_asked_but_another_measure_is_no_answer(reports: Asker, question: str) -> None:
    assert labels(reports.answer(question)) == []


@pytest.mark.parametrize("question", [
    "Who holds the U.S. record for days in space?",
    "Who holds the American record for days in space?",
])
def test_a_record_of_the_measure_and_scope_asked_answers(reports: Asker, question: str) -> None:
    assert labels(reports.answer(question)) == ["Quinn Harrow"]


def test_the_scope_alone_picks_no_record(reports: Asker) -> None:
    assert labels(reports.answer("Who holds the record for most spacewalks by a woman?")) == ["Dessa Lorne"]
    assert labels(reports.answer("Who holds the U.S. record for time in orbit on a single flight?")) == []


@pytest.mark.parametrize("question", [
    "How many spacewalks has Arkady Lenz made?",
    "How many spacewalks did Lenz make?",
    "how many spacewalks has lenz conducted",
])
def test_a_career_count_outranks_the_count_a_first_spacewalk_gives(reports: Asker, question: str) -> None:
    """ "His first spacewalk" says a count of one at the time; the 12 the same story gives is
    the later count (a count of spacewalks only grows)."""
    assert labels(reports.answer(question)) == ["12"]


@pytest.mark.parametrize("question", [
    "Where did Lumen-12 lift off from?",
    "Where was Lumen-12 launched from?",
    "where did lumen-12 blast off from",
    "Where did Lumen-12 take off from?",
])
def test_a_flights_launch_site_is_the_one_its_people_share(reports: Asker, question: str) -> None:
    """The articles say where Kost and Reed lifted off, not Lumen-12: most of its people
    launched from Port Allin (Marr's Cape Orrin is one person's, likely another flight)."""
    assert labels(reports.answer(question)) == ["Port Allin"]


def test_a_flights_landing_its_people_disagree_on_is_no_answer(reports: Asker) -> None:
    assert labels(reports.answer("Where did Lumen-12 land?")) == []


def test_a_flights_landing_is_the_town_its_people_share_never_only_the_country(reports: Asker) -> None:
    assert labels(reports.answer("Where did Lumen-14 land?")) == ["Dzhezkazgan"]
    assert labels(reports.answer("Where did Lumen-14 splash down?")) == ["Dzhezkazgan"]


def test_a_guessed_reading_that_leaves_a_name_of_the_question_unused_is_no_answer(reports: Asker) -> None:
    """ "Lumen" could be any Lumen flight; answered for whichever has a commander (Lumen-12),
    the question's Ona Pell (who flew Lumen-14, which has none) would be ignored."""
    assert labels(reports.answer("Who commanded the Lumen that carried Ona Pell home?")) == []
    assert labels(reports.answer("Who commanded Lumen-12?")) == ["Vera Kost"]


# ---------------------------------------------------------------------- a reader's words

@pytest.mark.parametrize("question", [
    "How many minutes has Kel Arno spent spacewalking?",
    "How many minutes had Arno spent spacewalking before that walk?",
    "How much time has Kel Arno spent spacewalking?",
])
def test_minutes_spent_spacewalking_ask_the_spacewalk_time(reports: Asker, question: str) -> None:
    assert [a.value for a in reports.answer(question).answers] == [1872]


@pytest.mark.parametrize("question", [
    "When did Orla Fenn become an astronaut?",
    "In what year did Fenn become an astronaut?",
    "When was Orla Fenn selected?",
])
def test_becoming_an_astronaut_asks_the_selection_year(reports: Asker, question: str) -> None:
    assert [str(a.value) for a in reports.answer(question).answers] == ["2013"]


@pytest.mark.parametrize("question", [
    "Which agency does Ines Moro belong to?",
    "Which agency does Moro fly for?",
    "Who does Ines Moro fly for?",
    "Which agency does Ines Moro serve in?",  # "a group captain who serves in the air force"
    "Which agency did Moro serve in?",
])
def test_flying_for_or_belonging_to_an_agency_asks_the_employer(reports: Asker, question: str) -> None:
    assert labels(reports.answer(question)) == ["Roscosmos"]


def test_how_long_someone_flew_for_asks_no_employer(reports: Asker) -> None:
    assert all(a.kind == "number" for a in reports.answer("How long did Quinn Harrow fly for?").answers)


# ---------------------------------------------------------------------- places

@pytest.mark.parametrize("question", ["Where did Kel Arno launch from?", "Where did Arno lift off from?"])
def test_a_place_in_a_state_is_in_its_country(reports: Asker, question: str) -> None:
    """"From U.S. soil" is true, but Cape Canaveral, Florida, says where: the narrower place answers."""
    assert labels(reports.answer(question)) == ["Cape Canaveral"]


@pytest.mark.parametrize("question", ["Who came back to Earth with Kel Arno?", "Who returned to Earth with Arno?"])
def test_the_earth_a_return_goes_to_restricts_nothing(reports: Asker, question: str) -> None:
    assert sorted(labels(reports.answer(question))) == ["Dessa Lorne", "Quinn Harrow"]


# ---------------------------------------------------------------------- the craft, not where it went

@pytest.mark.parametrize(("question", "expected"), [
    ("What spacecraft did Tamm fly to the station?", ["Lantern"]),
    ("What spacecraft did Jory Tamm fly to Kelda?", ["Lantern"]),
    ("What spacecraft did Vitt fly to the station?", []),
    ("Which spacecraft did Rona Vitt ride to Kelda?", []),
    ("What spacecraft is Vitt aboard?", ["Kelda"]),
    ("What spacecraft did Pia Lark arrive on?", ["Ember"]),  # the craft that carried her: not the station
    ("Which spacecraft did Lark travel in?", ["Ember"]),
    ("What spacecraft was Lark aboard?", ["Kelda"]),
])
def test_the_station_a_flight_went_to_is_not_the_craft_that_took_them(reports: Asker, question: str,
                                                                       expected: list[str]) -> None:
    answer = reports.answer(question)
    assert labels(answer) == expected
    if not expected:
        assert answer.message


@pytest.mark.parametrize("question", [
    "Which spacecraft did Sarn step out of for his spacewalk?",
    "Which spacecraft did Ivo Sarn leave for his spacewalk?",
])
def test_which_spacecraft_asks_for_a_spacecraft_before_a_launch_vehicle(reports: Asker, question: str) -> None:
    assert labels(reports.answer(question)) == ["Vesna 3"]


@pytest.mark.parametrize(("question", "expected"), [
    ("How old was Ostler when he died?", "95"),
    ("How old was Bram Ostler at his death?", "95"),
    ("How old was Renner when he died?", "88"),
    ("How old was Tilda Marsh when she died?", "61"),  # died, no date: the undated smaller age was earlier
    ("What age was Renner when he died?", "88"),
    ("At what age did Bram Ostler die?", "95"),
])
def test_an_age_dated_before_the_death_is_not_the_age_at_death(reports: Asker, question: str, expected: str) -> None:
    answer = reports.answer(question)
    assert [str(a.value) for a in answer.answers] == [expected]



# ---------------------------------------------------------------------- roles of several words

@pytest.mark.parametrize(("question", "expected"), [
    ("Who is the payload specialist on Lumen-9?", ["Dara Venn"]),
    ("Who was the flight engineer on Lumen-9?", ["Oskar Pell"]),
    ("Who is the Lumen-9 flight engineer?", ["Oskar Pell"]),
    ("Who was the pilot of Lumen-9?", ["Hale Imre"]),
    ("Who is the mission specialist on Lumen-9?", []),
    ("Who was the command module pilot of Lumen-9?", ["Ruth Amsel"]),  # "command" inside it is no commander
])
def test_a_role_of_several_words_names_who_held_it(reports: Asker, question: str, expected: list[str]) -> None:
    assert labels(reports.answer(question)) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("What is Oskar Pell's role on Lumen-9?", ["flight engineer"]),
    ("What was Ruth Amsel's role on Lumen-9?", ["command module pilot"]),
    ("What was Venn's role on Lumen-9?", ["payload specialist"]),
])
def test_a_persons_role_on_a_flight(reports: Asker, question: str, expected: list[str]) -> None:
    answer = reports.answer(question)
    assert labels(answer) == expected
    assert all(a.as_of is None for a in answer.answers)  # a seat is of its flight's time, not "as of" a date


@pytest.mark.parametrize("question", [
    "Who returned to Earth aboard Lantern?",
    "Who came home on the Lantern capsule?",
    "Who rode Lantern?",
])
def test_who_returned_aboard_a_craft_are_its_riders(reports: Asker, question: str) -> None:
    assert labels(reports.answer(question)) == ["Jory Tamm"]


@pytest.mark.parametrize(("question", "expected"), [
    ("How old was Ostler in 1998?", ["77"]),  # the age dated then, not the age at death
    ("How old was Cal Renner in 1990?", ["58"]),
    ("How old was Ostler in 2005?", []),  # no age dated then
])
def test_an_age_asked_in_a_year_is_one_dated_in_it(reports: Asker, question: str, expected: list[str]) -> None:
    answer = reports.answer(question)
    assert [str(a.value) for a in answer.answers] == expected
    if not expected:
        assert answer.message
