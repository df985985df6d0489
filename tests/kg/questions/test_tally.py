"""Reconciling an answer's values (tests/kg/questions/tallyroom.py, invented names): a date told
by its month or year beside the exact date that falls in it is that date, read less precisely;
a former spouse is no rival of the current one, and no "no" to a question about the past."""

from __future__ import annotations

import pytest
from pyoxigraph import Literal, NamedNode, Triple

from kg.questions import Asker
from kg.questions.dates import refines, sharpest
from kg.questions.templates import Item
from tests.factories import labels


@pytest.mark.parametrize(("question", "expected"), [
    ("When did Kestrel-9 launch?", ["14 March 2031"]),
    ("When was Kestrel-9 launched?", ["14 March 2031"]),
    ("What was the launch date of Kestrel-9?", ["14 March 2031"]),
    ("When did Kestrel-9 lift off?", ["14 March 2031"]),
    ("When was Ivo Marrek born?", ["2 June 1979"]),
    ("What is Ivo Marrek's date of birth?", ["2 June 1979"]),
    ("When did Wren-1 launch?", ["2029"]),  # a year no exact date refines stands
])
def test_a_vaguer_date_gives_way_to_the_exact_one_it_holds(tally: Asker, question: str, expected: list[str]) -> None:
    assert sorted(labels(tally.answer(question))) == expected


@pytest.mark.parametrize(("exact", "vague", "expected"), [
    ("2031-03-14", "2031", True), ("2031-03-14", "2031-03", True), ("2031-03-14", "--03-14", True),
    ("2031-03", "2031", True), ("2031-05-03", "2031-03", False), ("2031-03-14", "2029", False),
    ("2031-03-14", "2031-03-14", False), ("2031", "2031-03-14", False), ("2031-03-14", "--03-15", False),
])
def test_which_dates_refine_which(exact: str, vague: str, expected: bool) -> None:
    assert refines(exact, vague) is expected


def test_a_profile_gives_the_exact_birth_date_only(tally: Asker) -> None:
    lines = [a.label for a in tally.answer("Who is Ivo Marrek?").answers]
    assert "birth date: 2 June 1979" in lines and "birth date: 1979" not in lines


def test_a_date_refines_only_a_date_of_the_same_fact() -> None:
    def dated(value: str, prop: str, relation: str | None = None) -> Item:
        fact = Triple(NamedNode("https://example.org/x"), NamedNode(f"https://example.org/{prop}"), Literal(value))
        return Item(value, value, kind="date", support=(fact,), relation=relation)

    launch, year, selected = dated("2031-03-14", "launch"), dated("2031", "launch"), dated("2031", "selected")
    assert sharpest([launch, year]) == [launch]
    assert sharpest([launch, selected]) == [launch, selected]
    assert sharpest([dated("2031-03-14", "launch", "launch date"), dated("2031", "launch", "selection")]) == [
        dated("2031-03-14", "launch", "launch date"), dated("2031", "launch", "selection")]


@pytest.mark.parametrize(("question", "expected", "former"), [
    ("Who were Ivo Marrek's wives?", ["Oda Venn", "Suli Marrek"], ["Oda Venn"]),
    ("Whom did Ivo Marrek marry?", ["Oda Venn", "Suli Marrek"], ["Oda Venn"]),
    ("Who was Ivo Marrek married to?", ["Oda Venn", "Suli Marrek"], ["Oda Venn"]),
    ("Who is Ivo Marrek married to?", ["Suli Marrek"], []),
    ("Who is Ivo Marrek's wife?", ["Suli Marrek"], []),
])
def test_a_former_spouse_is_no_rival_of_the_current_one(tally: Asker, question: str, expected: list[str],
                                                        former: list[str]) -> None:
    answer = tally.answer(question)
    assert sorted(labels(answer)) == expected
    assert sorted(a.label for a in answer.answers if a.former) == former
    assert "disagree" not in (answer.message or "")


@pytest.mark.parametrize("question", [
    "Was Ivo Marrek married to Oda Venn?",
    "Was Oda Venn married to Ivo Marrek?",
    "Was Ivo Marrek ever married to Oda Venn?",
])
def test_a_former_spouse_was_one(tally: Asker, question: str) -> None:
    answer = tally.answer(question)
    assert [a.value for a in answer.answers] == [True]
    assert answer.answers[0].former and "formerly" in (answer.message or "")


@pytest.mark.parametrize("question", [
    "Was Suli Marrek married to Oda Venn?",  # each has another spouse: no marriage of theirs is excluded
    "Was Oda Venn married to Suli Marrek?",
])
def test_another_spouse_is_no_no_about_the_past(tally: Asker, question: str) -> None:
    answer = tally.answer(question)
    assert answer.answers == ()
    assert "another time" in (answer.message or "")


def test_a_current_spouse_still_excludes_another_now(tally: Asker) -> None:
    answer = tally.answer("Is Suli Marrek married to Oda Venn?")
    assert [a.value for a in answer.answers] == [False]


@pytest.mark.parametrize("question", [
    "Where did Kestrel-9 launch from?",
    "From where did Kestrel-9 lift off?",
    "Which launch site did Kestrel-9 lift off from?",
])
def test_a_plan_of_a_flight_that_flew_is_given_as_the_plan(tally: Asker, question: str) -> None:
    answer = tally.answer(question)
    assert [a.iri for a in answer.answers] == ["https://w3id.org/astrokg/resource/Harrow_Point"]
    assert all(a.planned and "planned" in a.label for a in answer.answers)
    assert "plan" in (answer.message or "")


def test_a_plan_of_an_event_not_reported_is_no_answer(tally: Asker) -> None:
    answer = tally.answer("Where did Wren-2 land?")  # the landing is planned, and not reported
    assert answer.answers == ()
    assert "only as planned" in (answer.message or "")


@pytest.mark.parametrize(("question", "expected"), [
    ("From which launch center did Wren-2 lift off?", ["Tessby Launch Center"]),
    ("From which spaceport did Wren-2 launch?", ["Tessby Launch Center"]),
    ("From where did Wren-2 lift off?", ["Tessby Launch Center"]),
    ("When did Wren-2 lift off?", ["3 May 2031"]),
])
def test_a_preposition_put_first_belongs_to_the_verb(tally: Asker, question: str, expected: list[str]) -> None:
    assert sorted(labels(tally.answer(question))) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("When did Osprey lift off on Wren-2?", ["3 May 2031"]),
    ("When did the Osprey capsule launch on Wren-2?", ["3 May 2031"]),
    ("Who piloted Osprey on Wren-2?", ["Ria Castell"]),
    ("Who was the pilot of Osprey on Wren-2?", ["Ria Castell"]),
    ("Who commanded VSS Tern on Wren-3?", ["Hal Dunmore"]),
])
def test_a_craft_named_beside_its_flight_means_that_flight(tally: Asker, question: str, expected: list[str]) -> None:
    assert sorted(labels(tally.answer(question))) == expected


def test_a_craft_not_the_flights_is_no_reading_of_it(tally: Asker) -> None:
    answer = tally.answer("When did Osprey launch on Kestrel-9?")
    assert answer.answers == ()


@pytest.mark.parametrize("question", [
    "Who was the pilot of Wren-3?",
    "Who piloted Wren-3?",
    "Who is Wren-3's pilot?",
    "Who will pilot Wren-3?",
    "Who piloted VSS Tern on Wren-3?",  # the craft typed as a company is no person to ask about
    "Who was the pilot of VSS Tern on Wren-3?",
])
def test_a_pilot_is_never_the_commander(tally: Asker, question: str) -> None:
    answer = tally.answer(question)
    assert "Hal Dunmore" not in labels(answer)


@pytest.mark.parametrize(("question", "expected"), [
    ("Who flew with Hal Dunmore on Wren-2 in 2031?", ["Ria Castell"]),  # the year its launch is dated in
    ("Who commanded Wren-2 in 2031?", ["Hal Dunmore"]),
    ("Who was the commander of Wren-3 in 2032?", ["Hal Dunmore"]),  # no launch dated: the year restricts nothing else
])
def test_a_year_that_repeats_the_flights_answers_from_the_flight(tally: Asker, question: str,
                                                                 expected: list[str]) -> None:
    assert sorted(labels(tally.answer(question))) == expected


@pytest.mark.parametrize("question", [
    "Who flew with Hal Dunmore on Wren-2 in 2030?",
    "Who commanded Wren-2 in 2029?",
])
def test_a_year_other_than_the_flights_is_no_answer(tally: Asker, question: str) -> None:
    answer = tally.answer(question)
    assert answer.answers == ()
    assert "date the launch of Wren-2 in 2031" in (answer.message or "")


@pytest.mark.parametrize("question", [
    "Who flew with Hal Dunmore in 2031?",
    "Whom did Ivo Marrek marry in 2001?",
])
def test_a_year_nothing_can_check_stops_the_answer_and_says_so(tally: Asker, question: str) -> None:
    answer = tally.answer(question)
    assert answer.answers == ()
    assert "limits its answer to" in (answer.message or "")


@pytest.mark.parametrize("question", [
    "Who did Ivo Marrek marry on his 50th birthday?",
    "Whom did Ivo Marrek marry last year?",
])
def test_a_marriage_of_a_time_needs_its_date(tally: Asker, question: str) -> None:
    answer = tally.answer(question)  # two spouses, no marriage dated: which one is not said
    assert answer.answers == ()
    assert "not when each marriage was" in (answer.message or "")


@pytest.mark.parametrize(("question", "expected"), [
    ("Which mission did Hal Dunmore fly in 2029?", ["Wren-1"]),
    ("Which flight did Hal Dunmore fly on in 2031?", ["Wren-2"]),
    ("What mission did Dunmore fly in 2030?", []),  # none launched then; Wren-3's launch is undated
    ("On which mission did Hal Dunmore return home in 2031?", ["Wren-2"]),  # a return asked: still its year
    ("On which flight did Dunmore come back to Earth in 2029?", ["Wren-1"]),
    ("On which mission did Hal Dunmore land in 2030?", []),
])
def test_flights_asked_in_a_year_are_those_launched_in_it(tally: Asker, question: str, expected: list[str]) -> None:
    answer = tally.answer(question)
    assert sorted(labels(answer)) == expected
    if not expected:
        assert "date the launch or landing of none" in (answer.message or "")


@pytest.mark.parametrize("question", [
    "Who have been Ivo Marrek's wives?",
    "Who has Ivo Marrek been married to?",
])
def test_the_present_perfect_asks_every_spouse_so_far(tally: Asker, question: str) -> None:
    answer = tally.answer(question)
    assert sorted(labels(answer)) == ["Oda Venn", "Suli Marrek"]
    assert [a.label for a in answer.answers if a.former] == ["Oda Venn"]


@pytest.mark.parametrize("question", [
    "Who was the pilot of VSS Tern on the Wren-3 mission?",  # its crew and commander are stated, no pilot
    "Who was the pilot of the Wren-3 mission?",
    "Who piloted the Wren-3 mission?",  # the verb of the seat, the crew read from "mission"
    "Who piloted the Wren-3 flight?",
])
def test_a_pilot_asked_is_never_another_crew_member(tally: Asker, question: str) -> None:
    assert tally.answer(question).answers == ()


@pytest.mark.parametrize("question", [
    "When did Wren-4 launch?", "When did Wren-4 lift off?", "When did Tal Orin launch?",
])
def test_a_day_without_its_year_is_no_date_whatever_found_it(tally: Asker, question: str) -> None:
    answer = tally.answer(question)  # the flight's date is read from its crew's: still no year
    assert answer.answers == ()
    assert "without its year" in (answer.message or "")


def test_a_pilot_asked_with_its_verb_is_the_stated_pilot(crew: Asker) -> None:
    assert [a.label for a in crew.answer("Who piloted the Crew-9 mission?").answers] == ["Anna Berg"]
