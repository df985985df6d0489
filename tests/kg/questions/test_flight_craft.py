"""The named craft of a flight, through its crew (tests/kg/questions/capsuleroom.py, invented
names): one capsule, never a type, a rocket, a station or a crew member's craft of another flight."""

from __future__ import annotations

import pytest

from kg.questions import Asker


@pytest.mark.parametrize("question", [
    "Which capsule carried the Lumen-7 astronauts?",
    "What is the name of the Lumen-7 capsule?",
    "What was the name of the Lumen-7 spacecraft?",
    "Which spacecraft did Lumen-7 fly?",
    "Which capsule took Lumen-7 to orbit?",
    "What capsule did the Lumen-7 crew ride?",
    "What did the Lumen-7 astronauts name their spacecraft?",
    "What did the Lumen-7 crew name their capsule?",
    "What did the Lumen-7 astronauts name their new spacecraft?",
])
def test_the_capsule_of_a_flight_is_its_crews(capsules: Asker, question: str) -> None:
    assert [a.label for a in capsules.answer(question).answers] == ["Halcyon"]


@pytest.mark.parametrize("question", ["What rocket carried Lumen-7?", "What is the name of the Lumen-7 rocket?",
                                      "What did the Lumen-7 astronauts name their rocket?"])
def test_a_rocket_asked_is_never_the_capsule(capsules: Asker, question: str) -> None:
    assert "Halcyon" not in [a.label for a in capsules.answer(question).answers]


@pytest.mark.parametrize("question", ["Which capsule carried Lumen-9?", "What is the name of the Lumen-9 capsule?"])
def test_a_capsule_launched_on(capsules: Asker, question: str) -> None:
    assert [a.label for a in capsules.answer(question).answers] == ["Calyx"]


@pytest.mark.parametrize("question", ["Which capsule brought Lumen-9 home?", "Which spacecraft brought the Lumen-9 "
                                                                             "crew back to Earth?"])
def test_the_craft_launched_on_does_not_answer_the_trip_home(capsules: Asker, question: str) -> None:
    """A crew may come home in another craft (a Starliner crew came home in a Dragon)."""
    assert capsules.answer(question).answers == ()


@pytest.mark.parametrize("question", ["Which capsule carried Ivo Dane?", "Which capsule brought Ivo Dane home?",
                                      "What capsule did Lumen-8 fly?"])
def test_a_persons_capsule_through_the_flight(capsules: Asker, question: str) -> None:
    """Dane's own craft is a type ("Crew Dragon"): his flight's capsule is stated."""
    assert [a.label for a in capsules.answer(question).answers] == ["Soyuz MS-70"]


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", ["Which spaceship carried Ivo Dane?", "Which capsule did Ivo Dane ride?",
                                      "Which capsule took Ivo Dane to orbit?"])
def test_a_persons_capsule_asked_in_other_words(capsules: Asker, question: str) -> None:
    assert [a.label for a in capsules.answer(question).answers] == ["Soyuz MS-70"]


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", ["Which capsule did Ivo Dane command?", "Which spaceship did Ivo Dane command?",
                                      "Which capsule did Ivo Dane design?", "Which capsule did Ivo Dane pilot?"])
def test_another_verb_of_a_craft_is_no_question_of_what_carried_someone(capsules: Asker, question: str) -> None:
    """Dane rode Soyuz MS-70; the articles do not say he commanded, designed or piloted it."""
    assert capsules.answer(question).answers == ()


def test_a_persons_own_capsule_first(capsules: Asker) -> None:
    assert [a.label for a in capsules.answer("Which capsule carried Rita Vance?").answers] == ["Calyx"]


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("On which spaceship did Rita Vance fly?", ["Calyx"]),
    ("What spaceship did Rita Vance launch on?", ["Calyx"]),
    ("Which spaceship did Rita Vance build?", []),
])
def test_a_spaceship_is_a_spacecraft(capsules: Asker, question: str, expected: list[str]) -> None:
    assert [a.label for a in capsules.answer(question).answers] == expected


def test_a_flight_of_several_says_which(capsules: Asker) -> None:
    """Lena Sork flew Lumen-11 and Lumen-12: the capsule of one of them is no answer."""
    answer = capsules.answer("Which capsule brought Lena Sork home?")
    assert answer.answers == ()


@pytest.mark.parametrize(("question", "expected"), [
    ("What was the name of the Apollo 19 lunar module?", ["Heron"]),
    ("What was the name of the Apollo 19 command module?", ["Kite"]),
    ("What was the name of the Apollo 19 command and service module?", ["Kite"]),
    ("Which lunar module did Apollo 19 fly?", ["Heron"]),
    ("What was the name of the Lumen-7 lunar module?", []),
    ("Which lunar module did Bea Lund fly?", ["Heron"]),
    ("What was the name of Orin Tal's command module?", ["Kite"]),
    ("What was the name of Orin Tal's lunar module?", []),
])
def test_a_module_asked_by_its_kind(capsules: Asker, question: str, expected: list[str]) -> None:
    assert [a.label for a in capsules.answer(question).answers] == expected



@pytest.mark.issue(11)
@pytest.mark.parametrize("question", ["Who flew with Rita Vance on Lumen-7?", "Who flew with Lena Sork on Lumen-7?"])
def test_a_crew_asked_of_someone_not_on_it_says_so(capsules: Asker, question: str) -> None:
    """No article puts Vance or Sork on Lumen-7: its crew is shown, with a note that says so."""
    reply = capsules.answer(question)
    assert {a.label for a in reply.answers} == {"Dana Morrow", "Pavel Ostrov"}
    assert reply.message is not None and "do not put" in reply.message


def test_a_crew_asked_of_one_of_it_has_no_such_note(capsules: Asker) -> None:
    reply = capsules.answer("Who flew with Pavel Ostrov on Lumen-7?")
    assert [a.label for a in reply.answers] == ["Dana Morrow"]
    assert reply.message is None or "do not put" not in reply.message
