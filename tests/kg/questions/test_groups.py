"""Questions about the people of a group in a flight (tests/kg/questions/grouproom.py, invented
people): a group word with a crew role, a group word as the noun asked, and a flight's
commander asked as the commander of its crew."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from tests.factories import labels


@pytest.mark.parametrize(("question", "expected"), [
    ("Which Russian was the pilot of Vela-7?", ["Dima Orlov"]),
    ("Which Russian was flight engineer on Vela-7?", ["Lev Sarkov"]),
    ("Which Russian cosmonaut was a flight engineer on Vela-7?", ["Lev Sarkov"]),
    ("Which Japanese astronaut served as flight engineer on Vela-7?", ["Kenji Arata"]),
    ("Which American astronaut was mission specialist on Vela-7?", ["Mae Tollan"]),
    ("Which American was the commander of Vela-7?", ["Ansel Rook"]),
    ("Which Russian piloted Vela-7?", ["Dima Orlov"]),
    ("Which Russians were flight engineers on Vela-7?", ["Lev Sarkov"]),
    ("Which cosmonaut was flight engineer on Vela-8?", ["Yuri Dolin"]),
])
def test_a_group_and_a_role_give_the_groups_holders_of_the_role(groups: Asker, question: str,
                                                                expected: list[str]) -> None:
    answer = groups.answer(question)
    assert labels(answer) == expected
    assert answer.expects == "person"


@pytest.mark.parametrize(("question", "holder", "group"), [
    ("Which American was the pilot of Vela-7?", "Dima Orlov", "Americans"),
    ("Which Japanese was the pilot of Vela-7?", "Dima Orlov", "Japanese"),
    ("Which Russian was the pilot of Vela-8?", "Ona Brevik", "Russians"),
    ("Which Russian was the mission specialist on Vela-7?", "Mae Tollan", "Russians"),
    ("Which American piloted Vela-7?", "Dima Orlov", "Americans"),
    ("Which American flew with Yuri Dolin?", "Ona Brevik", "Americans"),
])
def test_no_holder_of_the_group_is_said_and_no_other_is_given(groups: Asker, question: str, holder: str,
                                                              group: str) -> None:
    answer = groups.answer(question)
    assert answer.answers == ()
    assert answer.message is not None and holder in answer.message and group in answer.message


@pytest.mark.parametrize(("question", "expected"), [
    ("Which American flew on Vela-7?", ["Ansel Rook", "Mae Tollan"]),
    ("Which Americans flew on Vela-7?", ["Ansel Rook", "Mae Tollan"]),
    ("Which Russian flew on Vela-7?", ["Dima Orlov", "Lev Sarkov"]),
    ("Which Japanese flew on Vela-7?", ["Kenji Arata"]),
    ("Which cosmonaut flew with Ansel Rook?", ["Dima Orlov", "Lev Sarkov"]),
    ("Which Russian flew with Ansel Rook?", ["Dima Orlov", "Lev Sarkov"]),
    ("Which Japanese flew with Mae Tollan?", ["Kenji Arata"]),
])
def test_a_group_word_asked_is_answered_by_people(groups: Asker, question: str, expected: list[str]) -> None:
    answer = groups.answer(question)
    assert labels(answer) == expected
    assert answer.expects in ("person", "list")


@pytest.mark.parametrize(("question", "expected"), [
    ("Who commanded the Vela-9 crew?", ["Hana Lusk"]),
    ("Who led the Vela-9 crew?", ["Hana Lusk"]),
    ("Who was the commander of the Vela-9 crew?", ["Hana Lusk"]),
    ("Who commanded the crew of Vela-9?", ["Hana Lusk"]),
    ("Who led the crew of Vela-7?", ["Ansel Rook"]),
    ("Who commanded the Vela-7 crew?", ["Ansel Rook"]),
])
def test_the_commander_of_a_flights_crew_is_the_flights_commander(groups: Asker, question: str,
                                                                   expected: list[str]) -> None:
    assert labels(groups.answer(question)) == expected


@pytest.mark.parametrize("question", ["Who was in the Vela-9 crew?", "Who was on the crew of Vela-9?"])
def test_the_crew_asked_alone_is_still_the_crew(groups: Asker, question: str) -> None:
    assert labels(groups.answer(question)) == ["Hana Lusk", "Piet Joran", "Ulla Segg"]


@pytest.mark.parametrize(("question", "expected"), [
    ("Which crew member of Vela-7 was its commander?", ["Ansel Rook"]),
    ("Which member of the Vela-7 crew commanded it?", ["Ansel Rook"]),
    ("Which of the Vela-7 astronauts was the pilot?", ["Dima Orlov"]),
    ("Which Vela-7 crew member was the pilot?", ["Dima Orlov"]),
    ("Which crew member of Vela-7 was the flight engineer?", ["Kenji Arata", "Lev Sarkov"]),
    ("Which crew member of Vela-8 was its commander?", []),  # no commander stated: not the crew
    ("Which of the Vela-8 astronauts was the commander?", []),
    ("Which Vela-7 crew member stayed in the command module?", []),  # no role asked: no commander
])
def test_a_role_asked_among_a_flights_crew_is_its_holder(groups: Asker, question: str,
                                                         expected: list[str]) -> None:
    assert labels(groups.answer(question)) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("Which Helix Agency astronaut flew on Vela-10?", ["Tarek Moss"]),
    ("Which Corvan Space Agency astronauts flew on Vela-10?", ["Ivo Brand", "Sela Quon"]),
    ("Who flew on Vela-10?", ["Ivo Brand", "Sela Quon", "Tarek Moss"]),
    ("Which Helix Agency astronaut flew on Vela-9?", []),
    ("Which Helix Agency astronaut flew on Vela-8?", []),
])
def test_an_agency_named_before_the_people_asked_keeps_only_its_people(groups: Asker, question: str,
                                                                        expected: list[str]) -> None:
    assert sorted(a.label for a in groups.answer(question).answers) == expected


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "How many Russians were chosen for the country's first astronaut corps?",
    "How many Russians were picked for the new class?",
    "How many Japanese trained at the centre?",
])
def test_a_count_of_a_group_that_did_something_is_not_a_count_of_the_group(groups: Asker, question: str) -> None:
    """The nationality a group word reads places people in the group, and says nothing of what
    the verb says they did: counting every Russian the graph knows would be a wrong count."""
    assert labels(groups.answer(question)) == []


def test_the_refusal_says_the_count_would_be_of_the_group(groups: Asker) -> None:
    answer = groups.answer("How many Russians were chosen for the country's first astronaut corps?")
    assert "says what they did" in (answer.message or "")


def test_a_count_of_a_group_on_a_flight_names_its_people(groups: Asker) -> None:
    answer = groups.answer("How many Russians flew on Vela-7?")
    assert labels(answer) == [] and "do not say how many" in (answer.message or "")
