"""How many flew on a flight, over tests/kg/questions/sizeroom.py (invented names): the size
the articles state, with its source, even when they name fewer people; no answer, saying why,
when the people named outnumber it or two articles disagree; a planned size only for the
future; no answer, listing those named, when no size is stated; and a group asked beside a crew ("Which
Americans were on X?", "How many Americans flew on X?") counts only the group's people."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from tests.factories import labels


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "How many people flew on Kestra-3?",
    "How many astronauts were in the Kestra-3 crew?",
    "How many crew members did Kestra-3 have?",
    "how many people were aboard Kestra-3",
    "How many astronauts launched on Kestra-3?",
    "How many passengers flew on Kestra-3?",
    "What was the crew size of Kestra-3?",
    "How big was the Kestra-3 crew?",
    "What size was Kestra-3's crew?",
    "How large was the crew of Kestra-3?",
    "What was the size of the Kestra-3 crew?",
    "What is the size of the Kestra-3 crew?",
    "What was the size of Kestra-3's crew?",
])
def test_a_stated_size_answers_over_the_people_named(sizes: Asker, question: str) -> None:
    answer = sizes.answer(question)
    assert [a.label for a in answer.answers] == ["4"]
    assert any("a crew of four" in s.sentence for s in answer.sources)


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", ["How many commanders did Kestra-3 have?",
                                      "How many backup pilots did Kestra-3 have?"])
def test_a_size_is_no_count_of_some_seats(sizes: Asker, question: str) -> None:
    assert "4" not in labels(sizes.answer(question))


@pytest.mark.issue(11)
def test_the_message_quotes_the_size_and_names_whom_it_counts(sizes: Asker) -> None:
    message = sizes.answer("How many people flew on Kestra-3?").message or ""
    assert "crew of 4" in message and "Aline Varo" in message


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", ["How many people flew on Kestra-4?", "What was the crew size of Kestra-4?",
                                      "How big was the Kestra-4 crew?"])
def test_more_people_named_than_the_size_is_no_answer(sizes: Asker, question: str) -> None:
    answer = sizes.answer(question)
    assert answer.answers == ()
    assert "crew of 3" in (answer.message or "") and "4 people" in (answer.message or "")


@pytest.mark.issue(11)
def test_two_sizes_stated_is_no_answer(sizes: Asker) -> None:
    answer = sizes.answer("How many people flew on Kestra-5?")
    assert answer.answers == ()
    assert "different sizes" in (answer.message or "")


@pytest.mark.issue(11)
def test_a_planned_size_answers_the_future_only(sizes: Asker) -> None:
    assert labels(sizes.answer("How many astronauts will fly on Kestra-6?")) == ["4"]
    past = sizes.answer("How many astronauts flew on Kestra-6?")
    assert past.answers == ()
    assert "they name 2" in (past.message or "") and "only as planned" in (past.message or "")


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("How many people flew on Kestra-7?", []),  # no size stated: those named are not how many flew
    ("How many people flew on Kestra-8?", ["4"]),
    ("How many people flew with Noa Orr on Kestra-8?", ["3"]),  # the stated crew less her, never its size
    ("How many astronauts did Noa Orr lead on Kestra-8?", ["3"]),
    ("How many people flew with Kai Lund on Kestra-8?", []),  # not of its crew named
    ("How many Americans flew with Noa Orr on Kestra-8?", []),  # a group of the crew: no whole crew
])
def test_a_size_counts_only_a_whole_crew(sizes: Asker, question: str, expected: list[str]) -> None:
    assert labels(sizes.answer(question)) == expected


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("Which Americans were on Kestra-8?", ["Noa Orr", "Pia Quin"]),
    ("Which Russians were on Kestra-8?", ["Rex Sol"]),
    ("Which Americans were aboard Kestra-8?", ["Noa Orr", "Pia Quin"]),
    ("Which Russians flew on Kestra-8?", ["Rex Sol"]),
    ("Which Russian astronauts were on Kestra-8?", ["Rex Sol"]),
    ("Which astronauts were on Kestra-8?", ["Noa Orr", "Pia Quin", "Rex Sol"]),
    ("How many Americans flew on Kestra-8?", []),  # never the crew's size, nor those placed of a crew not all named
])
def test_a_group_asked_of_a_crew_is_its_people(sizes: Asker, question: str, expected: list[str]) -> None:
    assert labels(sizes.answer(question)) == expected


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("Which Americans were on Kestra-9?", ["Tia Umar"]),
    ("Which Russians flew on Kestra-9?", ["Uli Voss"]),
    ("How many Americans flew on Kestra-9?", []),
])
def test_a_member_of_no_known_group_is_said(sizes: Asker, question: str, expected: list[str]) -> None:
    answer = sizes.answer(question)
    assert [a.label for a in answer.answers] == expected
    assert "do not say whether Vic Wynn" in (answer.message or "")


@pytest.mark.issue(11)
def test_a_group_none_of_the_crew_is_in_is_no_answer(sizes: Asker) -> None:
    answer = sizes.answer("Which Russians were on Kestra-3?")
    assert answer.answers == ()


@pytest.mark.issue(12)
@pytest.mark.parametrize("question", ["How big was Kestra-3?", "What size is Kestra-3?", "How large is Orla-2?"])
def test_a_size_asked_of_no_crew_is_no_count(sizes: Asker, question: str) -> None:
    assert labels(sizes.answer(question)) == []


@pytest.mark.issue(12)
def test_a_crew_size_without_a_stated_one_is_no_answer(sizes: Asker) -> None:
    answer = sizes.answer("What size was Kestra-7's crew?")
    assert answer.answers == () and "do not say how many flew; they name 3" in (answer.message or "")


@pytest.mark.parametrize("question", ["What was the size of the Kestra-3 capsule?", "What is the size of Kestra-3?"])
def test_the_size_of_no_crew_is_no_crew_size(sizes: Asker, question: str) -> None:
    assert "4" not in labels(sizes.answer(question))
