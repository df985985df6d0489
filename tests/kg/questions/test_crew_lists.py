"""Who was on a flight, over tests/kg/questions/sizeroom.py (invented names): the crew list
however the question words it ("on board", "in the X crew", "on", "rode ... to the station"),
whether the articles state the crew as a flight's members (Kestra-7) or as the craft each
person rode (Orla-2); never a crew for a person named in place of the flight, nor for a
question of another relation."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from tests.factories import labels


@pytest.mark.issue(12)
@pytest.mark.parametrize("flight", ["Kestra-7", "Orla-2"])
@pytest.mark.parametrize("question", [
    "Who was on board {}?",
    "Who is in the {} crew?",
    "Who was on {}?",
    "Who was aboard the {}?",
    "Who flew aboard {}?",
    "Who rode {} to the station?",
    "Who were the crew members of {}?",
])
def test_a_crew_is_listed_however_it_is_asked_and_stated(sizes: Asker, question: str, flight: str) -> None:
    expected = ["Kai Lund", "Lea Moro", "Max Nyx"] if flight == "Kestra-7" else ["Wes Yam", "Xan Zell"]
    answer = sizes.answer(question.format(flight))
    assert sorted(a.label for a in answer.answers) == expected
    assert answer.sources


@pytest.mark.issue(12)
@pytest.mark.parametrize("question", [
    "Who was on board Kai Lund?",  # a person in place of the flight
    "Who built Kestra-7?",  # another relation
    "Who built Orla-2?",
    "What did the Kestra-7 astronauts name their spacecraft?",  # a craft's noun asks no crew
    "Who designed the Kestra-7 spacecraft?",
])
def test_no_crew_for_a_person_or_another_relation(sizes: Asker, question: str) -> None:
    assert not set(labels(sizes.answer(question))) & {"Kai Lund", "Lea Moro", "Max Nyx", "Wes Yam", "Xan Zell"}


@pytest.mark.issue(12)
def test_who_was_on_a_person_lists_no_crew(sizes: Asker) -> None:
    answer = sizes.answer("Who was on Kai Lund?")
    assert not {"Lea Moro", "Max Nyx"} & {a.label for a in answer.answers}


@pytest.mark.parametrize("question", ["Who was on Kai Lund?", "Who was aboard Kai Lund?", "Who is on board Kai Lund?"])
def test_who_was_on_a_person_is_no_description_of_them(sizes: Asker, question: str) -> None:
    """A name the graph types as a person (a flight misread as one) asked as a flight: a
    description of the person ("is a person") is no list of a crew."""
    assert not sizes.answer(question).answers


@pytest.mark.issue(12)
def test_who_is_a_flight_still_describes_it(sizes: Asker) -> None:
    assert sizes.answer("Who is Kestra-7?").template == "description"


@pytest.mark.issue(11)
@pytest.mark.parametrize("flight", ["Kestra-7", "Orla-2"])
@pytest.mark.parametrize("question", [
    "Who were the backup crew for {}?",
    "Who was the back-up crew of {}?",
    "Who were the backups on {}?",
    "Who was in the reserve crew for {}?",
])
def test_a_backup_crew_is_never_the_crew_that_flew(sizes: Asker, question: str, flight: str) -> None:
    """No backup is stated for these flights: the crew who flew is no answer to who stood by."""
    answer = sizes.answer(question.format(flight))
    assert not answer.answers, [a.label for a in answer.answers]


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", ["Who flew on Kestra-3?", "Who was on board Kestra-3?",
                                      "Who were the crew members of Kestra-3?"])
def test_a_list_short_of_the_stated_crew_says_how_many_it_names(sizes: Asker, question: str) -> None:
    """ "Kestra-3 lifted off with a crew of four" and two names: the list is given, and says it
    is two of the four."""
    answer = sizes.answer(question)
    assert sorted(a.label for a in answer.answers) == ["Aline Varo", "Bruno Catt"]
    assert answer.message == "The articles state a crew of 4 for Kestra-3; they name 2 of them."


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "Who flew on Kestra-10?",  # the whole stated crew named
    "Who flew on Kestra-7?",  # no size stated
    "Who flew on Kestra-5?",  # two sizes stated: none is the crew's
    "Who flew on Kestra-6?",  # a size only planned
])
def test_a_whole_or_unsized_crew_list_says_nothing_of_its_size(sizes: Asker, question: str) -> None:
    answer = sizes.answer(question)
    assert answer.answers
    assert "state a crew of" not in (answer.message or "")


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "Who was the Kestra-11 backup crew?",
    "Who were the backup crew for Kestra-11?",
])
def test_a_stated_backup_crew_answers_and_the_crew_is_none_of_it(sizes: Asker, question: str) -> None:
    assert sorted(labels(sizes.answer(question))) == ["Ray Tull", "Sia Uhl"]
    assert sorted(labels(sizes.answer("Who was on board Kestra-11?"))) == ["Pia Rand", "Quin Sol"]
