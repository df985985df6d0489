"""People on a flight asked in the words people use: a crewmate as a "fellow crew member" or
someone who "flew alongside" X, a spacewalk partner by the verb said of the walk ("conducted",
"performed", "carried out a spacewalk with", "went outside with"), a seat by its role word, and
the near-misses: "Who went with X?" never answers with X's agency (the "with" of "Which agency
is X with?"), and "the command module" names a module, not the commander."""

from __future__ import annotations

import pytest

from kg.questions import Asker


def _labels(seats: Asker, question: str) -> list[str]:
    return sorted(a.label for a in seats.answer(question).answers)


@pytest.mark.parametrize("question", [
    "Who was Drury's fellow crew member?",
    "Who were Ansel Drury's fellow crew members?",
    "Who were Drury's fellow crewmembers?",
    "Who were Drury's fellow crewmates?",
    "Who flew alongside Ansel Drury?",
    "Who flew with Drury?",
    "Who were Drury's crewmates?",
])
def test_crewmates_in_many_words(seats: Asker, question: str) -> None:
    assert _labels(seats, question) == ["Bex Tamm", "Oda Pell"]


@pytest.mark.parametrize("question", [
    "Who conducted a spacewalk with Oda Pell?",
    "Who performed a spacewalk with Pell?",
    "Who carried out a spacewalk with Pell?",
    "Who did Pell conduct a spacewalk with?",
    "Who went outside with Pell?",
    "Who ventured outside with Pell?",
    "Who did Pell go outside with?",
    "Who was Pell's spacewalk companion?",
    "Who was Pell's spacewalk partner?",
    "Who did Oda Pell spacewalk with?",
])
def test_a_spacewalk_partner_by_the_verb_of_the_walk(seats: Asker, question: str) -> None:
    assert _labels(seats, question) == ["Ansel Drury"]


@pytest.mark.parametrize("question", [
    "Who went with Pell?",
    "Who went outside with Pell?",
    "Who ventured outside with Pell?",
    "Who came with Pell?",
])
def test_who_went_with_someone_is_never_their_agency(seats: Asker, question: str) -> None:
    assert "Orbis Agency" not in _labels(seats, question)


@pytest.mark.parametrize(("question", "expected"), [
    ("Which agency is Pell with?", ["Orbis Agency"]),
    ("Who is Pell with?", ["Orbis Agency"]),
])
def test_the_agency_someone_is_with_still_answers(seats: Asker, question: str, expected: list[str]) -> None:
    assert _labels(seats, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("Who commanded Corvid 19?", ["Ansel Drury"]),
    ("Who was the commander of Corvid 19?", ["Ansel Drury"]),
    ("Who was Corvid 19's commander?", ["Ansel Drury"]),
    ("Who was in command of Corvid 19?", ["Ansel Drury"]),
    ("Who was the command module pilot on Corvid 19?", ["Bex Tamm"]),
    ("Who was Corvid 19's lunar module pilot?", ["Oda Pell"]),
    ("Who was Drury's lunar module pilot on Corvid 19?", ["Oda Pell"]),
    ("Which Corvid 19 astronaut was the command module pilot?", ["Bex Tamm"]),
])
def test_a_seat_by_its_role(seats: Asker, question: str, expected: list[str]) -> None:
    assert _labels(seats, question) == expected


@pytest.mark.parametrize("question", [
    "Who flew the command module on Corvid 19?",
    "Who piloted the command module on Corvid 19?",
])
def test_the_command_module_is_no_command(seats: Asker, question: str) -> None:
    assert _labels(seats, question) != ["Ansel Drury"]
