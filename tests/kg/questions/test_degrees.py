"""Where a named degree was earned (tests/kg/questions/degreeroom.py, invented names): the
school of that degree only, however the degree is written in the question; a question that
names no degree is the alma mater's, every school."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from tests.factories import labels


@pytest.mark.parametrize(("question", "expected"), [
    ("Where did Corin Dahl earn his master's degree?", ["Vessel Institute"]),
    ("Where did Dahl get his bachelor's degree?", ["Halden College"]),
    ("Where did Corin Dahl earn his PhD?", ["Tarn University"]),
    ("Which university gave Corin Dahl his doctorate?", ["Tarn University"]),
    ("Where did Mira Ostby earn her master's?", ["Halden College"]),
])
def test_the_school_of_the_degree_asked(degrees: Asker, question: str, expected: list[str]) -> None:
    assert sorted(labels(degrees.answer(question))) == expected


def test_a_degree_the_articles_do_not_give_has_no_school(degrees: Asker) -> None:
    assert labels(degrees.answer("Where did Mira Ostby earn her PhD?")) == []


def test_without_a_degree_every_school_answers(degrees: Asker) -> None:
    assert sorted(labels(degrees.answer("Where did Corin Dahl study?"))) == ["Halden College", "Tarn University",
                                                                    "Vessel Institute"]


@pytest.mark.parametrize(("question", "expected"), [
    ("Where did Corin Dahl go to university?", ["Tarn University"]),
    ("Which university did Corin Dahl go to?", ["Tarn University"]),
    ("Where did Corin Dahl study?", ["Halden College", "Tarn University", "Vessel Institute"]),
])
def test_a_kind_of_school_the_question_names_keeps_the_schools_named_so(degrees: Asker, question: str,
                                                                        expected: list[str]) -> None:
    assert sorted(a.label for a in degrees.answer(question).answers) == expected


@pytest.mark.parametrize("question", ["What did Corin Dahl study?", "What did Mira Ostby study?",
                                      "what did corin dahl study"])
def test_what_someone_studied_is_a_subject_and_no_school_answers_it(degrees: Asker, question: str) -> None:
    """A bare "what" with "study" asks for a subject, which the articles give for neither: the
    school is the wrong kind of answer, and the message says what is missing."""
    answer = degrees.answer(question)
    assert answer.answers == () and "subject of study" in (answer.message or "")


@pytest.mark.parametrize(("question", "expected"), [
    ("What did Mira Ostby graduate from?", ["Halden College"]),
    ("What did Mira Ostby study at?", ["Halden College"]),
    ("What school did Mira Ostby attend?", ["Halden College"]),
])
def test_what_with_a_preposition_or_a_school_noun_asks_for_the_school(degrees: Asker, question: str,
                                                                      expected: list[str]) -> None:
    assert sorted(labels(degrees.answer(question))) == expected


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "Where did Corin Dahl study geology?",
    "Where did Dahl study aerospace engineering?",
    "Where did Corin Dahl major in physics?",
    "Which university did Corin Dahl study geology at?",
    "Where did Mira Ostby study chemistry?",
    "where did corin dahl study medicine",
])
def test_a_field_of_study_no_school_is_given_for_is_no_answer(degrees: Asker, question: str) -> None:
    """The graph keeps schools without their fields: a school answers "where did X study?", not
    where X studied a field, and the message says so."""
    answer = degrees.answer(question)
    assert answer.answers == ()
    assert answer.message


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("Where did Corin Dahl study?", ["Halden College", "Tarn University", "Vessel Institute"]),
    ("where did dahl study", ["Halden College", "Tarn University", "Vessel Institute"]),
    ("Where did Corin Dahl earn his PhD?", ["Tarn University"]),
])
def test_without_a_field_the_schools_still_answer(degrees: Asker, question: str, expected: list[str]) -> None:
    assert sorted(labels(degrees.answer(question))) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("Which university did Corin Dahl graduate from in 1997?", ["Tarn University"]),
    ("Where did Corin Dahl study in 1993?", ["Vessel Institute"]),
    ("Which college did Dahl graduate from in 1990?", ["Halden College"]),
    ("Which university did Corin Dahl graduate from in 1995?", []),
    ("Where did Mira Ostby study in 1990?", []),  # her degree has no year
])
def test_a_year_asks_for_the_school_of_that_year_s_degree(degrees: Asker, question: str,
                                                           expected: list[str]) -> None:
    assert sorted(labels(degrees.answer(question))) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("When did Corin Dahl graduate from Vessel Institute?", "1993"),
    ("When did Ivo Brenn graduate from Oakridge High School?", "1984"),
])
def test_a_school_named_asks_for_the_year_of_its_degree(degrees: Asker, question: str, expected: str) -> None:
    assert [str(a.value) for a in degrees.answer(question).answers] == [expected]


def test_a_high_school_is_only_a_school_named_so(degrees: Asker) -> None:
    assert labels(degrees.answer("Which high school did Ivo Brenn graduate from?")) == ["Oakridge High School"]
    answer = degrees.answer("Which high school did Corin Dahl attend?")
    assert answer.answers == () and "do not say that it is a high school" in (answer.message or "")


@pytest.mark.parametrize("question", ["What did Ivo Brenn study?", "What did Brenn major in?",
                                      "what did ivo brenn study"])
def test_what_someone_studied_is_the_field_of_a_degree(degrees: Asker, question: str) -> None:
    assert [(a.label, a.kind) for a in degrees.answer(question).answers] == [("chemistry", "value")]


def test_what_someone_studied_at_is_still_the_school(degrees: Asker) -> None:
    assert sorted(labels(degrees.answer("What did Ivo Brenn study at?"))) == ["Oakridge High School", "Tarn University"]


@pytest.mark.parametrize("question", [
    "Where did Ivo Brenn study chemistry?",
    "Which university awarded Ivo Brenn his degree in chemistry?",
    "Where did Ivo Brenn earn his degrees in chemistry?",
    "Which school gave Ivo Brenn a degree in chemistry?",
    "Where did Ivo Brenn earn his bachelor's degree in chemistry?",  # a kind too: the degree template
])
def test_a_field_s_school_is_the_school_of_the_degree_in_that_field(degrees: Asker, question: str) -> None:
    assert labels(degrees.answer(question)) == ["Tarn University"]


@pytest.mark.parametrize("question", [
    "Where did Ivo Brenn study physics?",  # a degree in another field
    "Which university awarded Ivo Brenn his degree in organic chemistry?",  # narrower than the one stated
    "Which university awarded Corin Dahl her degrees in chemistry?",  # degrees with no field stated
])
def test_no_degree_in_the_field_is_no_answer(degrees: Asker, question: str) -> None:
    assert degrees.answer(question).answers == ()


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("Where did Corin Dahl earn his degree?", ["Halden College", "Tarn University", "Vessel Institute"]),
    ("Which universities did Dahl receive his degrees from?", ["Tarn University"]),  # named a university
    ("Where did Mira Ostby get her degree?", ["Halden College"]),
    ("Which schools did Ivo Brenn obtain his degrees from?", ["Tarn University"]),  # not his high school
    ("Where did Ivo Brenn earn his degree?", ["Tarn University"]),
    ("Which schools did Lise Marrow get her degrees from?", ["Brisk University"]),
])
def test_the_schools_of_degrees_of_any_kind(degrees: Asker, question: str, expected: list[str]) -> None:
    """A degree of no kind asks for the schools of all of them: those the degrees name, and
    those the articles say the person graduated from (a kind of school asked keeps those named
    so), never a school below a university: no degree is earned at a high school."""
    answer = degrees.answer(question)
    assert sorted(labels(answer)) == expected and answer.template == "degree-schools"


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("Where did Corin Dahl earn his degree in 1993?", ["Vessel Institute"]),  # the year's degree only
    ("Where did Mira Ostby earn her PhD?", []),  # a kind the articles do not give
    ("Which company did Corin Dahl earn his degree from?", []),  # no school is a company
    ("When did Corin Dahl earn his degree?", []),  # a date, of which of three degrees is not said
])
def test_a_degree_of_a_year_a_kind_or_another_noun_is_no_school_of_every_degree(
        degrees: Asker, question: str, expected: list[str]) -> None:
    assert sorted(labels(degrees.answer(question))) == expected


def test_a_high_school_alone_is_no_school_of_a_degree(degrees: Asker) -> None:
    answer = degrees.answer("Which schools did Pell Arden get his degrees from?")
    assert answer.answers == () and "Wexford High School" in (answer.message or "")


@pytest.mark.parametrize(("question", "expected"), [
    ("What degree did Corin Dahl earn?", ["B.S.", "M.S.", "Ph.D."]),
    ("What degree did Ivo Brenn earn?", ["B.S."]),  # not the "degree" of his high school
    ("What degrees does Ivo Brenn hold?", ["B.S."]),
    ("Which degree did Ivo Brenn receive?", ["B.S."]),
])
def test_the_degree_asked_is_one_the_articles_name(degrees: Asker, question: str, expected: list[str]) -> None:
    assert sorted(labels(degrees.answer(question))) == expected


@pytest.mark.parametrize("question", [
    "What degree did Lise Marrow earn?",  # only "a degree": which is not said
    "What degree does Lise Marrow hold?",
    "Which degree did Marrow receive?",
    "What degree did Pell Arden get?",
])
def test_a_degree_the_articles_do_not_name_is_no_answer(degrees: Asker, question: str) -> None:
    answer = degrees.answer(question)
    assert answer.answers == ()
    assert "degree" in (answer.message or "")


@pytest.mark.parametrize("question", [
    "Which other school did Corin Dahl attend?",
    "What other schools did Corin Dahl attend?",
    "Which other university did Dahl go to?",
])
def test_another_school_than_none_named_is_no_answer(degrees: Asker, question: str) -> None:
    """ "other" leaves out a school the question or the conversation names: with none named, no
    answer rather than every school, the one to leave out among them."""
    answer = degrees.answer(question)
    assert answer.answers == () and "another school" in (answer.message or "")


def test_another_school_than_the_one_talked_of_leaves_it_out(degrees: Asker) -> None:
    halden = degrees.answer("Where did Mira Ostby get her degree?").answers[0].iri
    assert halden is not None
    answer = degrees.answer("Which other school did Corin Dahl attend?", about=(halden,))
    assert sorted(labels(answer)) == ["Tarn University", "Vessel Institute"]


def test_schools_asked_without_other_are_all_of_them(degrees: Asker) -> None:
    assert sorted(labels(degrees.answer("Which schools did Corin Dahl attend?"))) == [
        "Halden College", "Tarn University", "Vessel Institute"]
