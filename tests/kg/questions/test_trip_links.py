"""Launch companions and landing companions (over tests/kg/questions/triproom.py, invented
people): a launch question never answers with someone who only landed with the person, a
landing question never with someone who only launched with them, "who flew with" with both."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from tests.factories import labels


@pytest.mark.parametrize("question", [
    "Who did Nora Quill launch with?",
    "Who launched with Quill?",
    "Who lifted off with Nora Quill?",
    "Who flew to the station with Nora Quill?",
])
def test_a_launch_question_answers_only_launch_companions(trips: Asker, question: str) -> None:
    assert sorted(labels(trips.answer(question))) == ["Idris Vale", "Sam Oduya"]


@pytest.mark.parametrize("question", [
    "Who landed with Nora Quill?",
    "Who came home with Quill?",
    "Who returned to Earth with Nora Quill?",
])
def test_a_landing_question_answers_only_landing_companions(trips: Asker, question: str) -> None:
    assert sorted(labels(trips.answer(question))) == ["Omar Fisk", "Petra Lund"]


@pytest.mark.parametrize("question", ["Who flew with Nora Quill?", "Who were Nora Quill's crewmates?"])
def test_who_flew_with_answers_either(trips: Asker, question: str) -> None:
    assert sorted(labels(trips.answer(question))) == ["Hana Berg", "Idris Vale", "Omar Fisk", "Petra Lund", "Sam Oduya"]


def test_only_a_landing_companion_is_no_answer_to_who_launched(trips: Asker) -> None:
    answer = trips.answer("Who launched with Ravi Tane?")
    assert answer.answers == ()
    assert "only on the landing" in (answer.message or "")
    assert labels(trips.answer("Who landed with Ravi Tane?")) == ["Lena Moss"]


def test_a_shared_landing_is_no_yes_to_a_shared_launch(trips: Asker) -> None:
    assert labels(trips.answer("Did Petra Lund launch with Nora Quill?")) == []
    assert labels(trips.answer("Did Nora Quill launch with Petra Lund?")) == []
    assert labels(trips.answer("Did Petra Lund land with Nora Quill?")) == ["yes"]
    assert labels(trips.answer("Did Idris Vale launch with Nora Quill?")) == ["yes"]
    assert labels(trips.answer("Did Lena Moss fly with Ravi Tane?")) == ["yes"]


def test_a_yes_to_a_trip_needs_what_its_list_would_hold(trips: Asker) -> None:
    """Quill's launch companions are named, and her crewmate Berg is not among them: "Did
    Berg launch with Quill?" is not answered (the list of her launch companions leaves Berg
    out too), though Berg flew with her."""
    answer = trips.answer("Did Hana Berg launch with Nora Quill?")
    assert labels(answer) == [] and "Idris Vale" in (answer.message or "")
    assert labels(trips.answer("Did Hana Berg fly with Nora Quill?")) == ["yes"]


def test_a_companion_up_and_home_rests_on_both_links(trips: Asker) -> None:
    """Told unsurely as a launch companion and again as a landing companion: each link alone
    says they flew together, so "who flew with" is surer than either (a launch question rests
    on the launch only)."""
    flew = trips.answer("Who flew with Kit Soren?").answers
    launched = trips.answer("Who launched with Kit Soren?").answers
    assert [a.label for a in flew] == [a.label for a in launched] == ["Mina Holt"]
    assert flew[0].confidence is not None and launched[0].confidence is not None
    assert flew[0].confidence > launched[0].confidence


def test_the_craft_up_is_no_answer_to_the_craft_home(trips: Asker) -> None:
    """A crew may come home in another craft than the one they went up in ("Which spacecraft
    brought X back?" is not answered from the launch craft alone); who was aboard it is."""
    answer = trips.answer("Which spacecraft brought Kai Dorn back to Earth?")
    assert answer.answers == ()
    assert "went up in" in (answer.message or "")
    assert labels(trips.answer("What spacecraft did Kai Dorn launch on?")) == ["Vega-9"]
    assert sorted(labels(trips.answer("Who was aboard Vega-9?"))) == ["Kai Dorn", "Uma Reis"]
    assert sorted(labels(trips.answer("Who was on board Vega-9?"))) == ["Kai Dorn", "Uma Reis"]


@pytest.mark.parametrize("question", [
    "Which crew did Nora Quill return to Earth with?",
    "Which outgoing crew did Nora Quill come home with?",
])
def test_which_crew_someone_came_home_with_is_the_people(trips: Asker, question: str) -> None:
    """The people someone came home with are the crew asked; no label need say "crew"."""
    assert sorted(labels(trips.answer(question))) == ["Omar Fisk", "Petra Lund"]


def test_which_crew_of_another_relation_is_still_checked(trips: Asker) -> None:
    assert labels(trips.answer("Which crew was Nora Quill born in?")) == []
