"""Question words the reader mistyped, and a title written before a name
(tests/kg/questions/grouproom.py, invented people)."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from tests.factories import labels


@pytest.mark.parametrize(("question", "written", "read", "expected"), [
    ("Who comanded Vela-9?", "comanded", "commanded", ["Hana Lusk"]),
    ("Who flwe on Vela-9?", "flwe", "flew", ["Hana Lusk", "Piet Joran", "Ulla Segg"]),
    ("Who piolted Vela-7?", "piolted", "piloted", ["Dima Orlov"]),
    ("Who was the pilto of Vela-7?", "pilto", "pilot", ["Dima Orlov"]),
    ("Who was the pliot of Vela-7?", "pliot", "pilot", ["Dima Orlov"]),
    ("Who commandde the Vela-9 crew?", "commandde", "commanded", ["Hana Lusk"]),
])
def test_a_mistyped_question_word_is_read_as_the_vocabularys_and_said(groups: Asker, question: str, written: str,
                                                                      read: str, expected: list[str]) -> None:
    answer = groups.answer(question)
    assert labels(answer) == expected
    assert f"I read “{written}” as “{read}”." in (answer.message or "")
    assert answer.question == question


@pytest.mark.parametrize("question", [
    "Who banded Vela-9?",  # an English word, though one letter from "landed": never respelt
    "Who xyzzyq Vela-9?",  # close to no word of the vocabulary
    "Who lxxd Vela-9?",  # as close to several words ("lead", "land"): no reading is clearly best
    "Where did Vela-9 splash dwon?",  # closest to a little word ("down"), never read as another ("won")
    "how old is piet jorran",  # a name in lower case, close to no word the question would then read
])
def test_a_word_that_is_english_or_close_to_nothing_or_to_several_is_left_alone(groups: Asker,
                                                                               question: str) -> None:
    answer = groups.answer(question)
    assert answer.answers == () and "I read “" not in (answer.message or "")


@pytest.mark.parametrize(("question", "expected"), [
    ("Which flight did astronaut Ansel Rook command?", ["Vela-7"]),
    ("What nationality is cosmonaut Dima Orlov?", ["Russia"]),
    ("What is the nationality of astronaut Mae Tollan?", ["United States"]),
    ("Which flight did pilot Dima Orlov fly on?", ["Vela-7"]),
    ("Which flight was astronaut Hana Lusk on?", ["Vela-9"]),
    ("What was the role of cosmonaut Lev Sarkov on Vela-7?", ["flight engineer"]),
])
def test_a_title_before_a_name_links_the_name_as_written(groups: Asker, question: str, expected: list[str]) -> None:
    answer = groups.answer(question)
    assert labels(answer) == expected
    assert "Did you mean" not in (answer.message or "")
