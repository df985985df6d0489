"""A count is answered only from a figure the articles state or over a scope the graph itself
defines; the people, flights or things the articles happen to name are listed, never counted
(:mod:`kg.questions.tallies`). Over the hand-declared facts of tests/kg/questions/sizeroom.py,
flightroom.py and the crew newsroom (invented names)."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from tests.factories import labels


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "How many people flew on Kestra-7?",
    "How many astronauts were aboard Kestra-7?",
    "How many crew members did Kestra-7 have?",
    "What was the crew size of Kestra-7?",
    "How big was the Kestra-7 crew?",
])
def test_a_crew_no_article_sizes_is_listed_not_counted(sizes: Asker, question: str) -> None:
    answer = sizes.answer(question)
    assert answer.answers == ()
    assert "do not say how many flew; they name 3" in (answer.message or "")
    assert (answer.message or "").count("do not say") == 1  # said once, not in general and again
    assert len(answer.also) == 3  # those named are shown beside the refusal, never as answers


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "How many people flew on Kestra-3?",
    "How many astronauts were aboard Kestra-3?",
    "What was the crew size of Kestra-3?",
])
def test_a_stated_crew_size_still_answers(sizes: Asker, question: str) -> None:
    assert labels(sizes.answer(question)) == ["4"]


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "How many people flew with Noa Orr on Kestra-8?",
    "How many astronauts did Noa Orr lead on Kestra-8?",
])
def test_companions_are_the_stated_crew_less_the_one_asked(sizes: Asker, question: str) -> None:
    """The crew of four is stated and she is of it: three flew with her, never the crew's size;
    those named are shown beside the answer."""
    answer = sizes.answer(question)
    assert labels(answer) == ["3"] and "crew of 4" in (answer.message or "")
    assert len(answer.also) == 2


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "How many people flew with Cara Dunn on Kestra-4?",  # a crew of three stated, four named
    "How many people flew with Hale Ives on Kestra-5?",  # a crew of three and of four stated
    "How many astronauts flew with Ines Jaro on Kestra-6?",  # a crew of four only planned
])
def test_companions_are_not_counted_from_a_size_that_does_not_stand(sizes: Asker, question: str) -> None:
    """The stated crew less the one asked only when the size stands as a crew's count would
    (kg.questions.group_sizes): else those named are listed, never counted."""
    assert labels(sizes.answer(question)) == []


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("How many Americans flew on Kestra-10?", ["1"]),  # the whole stated crew named, each placed
    ("How many Russians flew on Kestra-10?", ["1"]),
    ("How many Americans flew on Kestra-8?", []),  # a crew of four, three named
    ("How many Russians flew on Kestra-9?", []),  # no size stated
])
def test_a_group_of_a_crew_is_counted_only_over_the_whole_stated_crew(sizes: Asker, question: str,
                                                                     expected: list[str]) -> None:
    answer = sizes.answer(question)
    assert [a.label for a in answer.answers] == expected
    assert expected or "do not say how many" in (answer.message or "")


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("How many times has Tova Renk flown to space?", ["3"]),  # "has flown three times"
    ("How many times did Pell Oduya fly?", ["3"]),  # "his third spaceflight", as many flights named
    ("How many spaceflights has Kai Dunmore made?", []),  # two flights named, no count stated
    ("How many missions has Kai Dunmore flown?", []),
    ("How many times did Rhea Vost fly?", []),
])
def test_flights_are_counted_only_when_stated(flights: Asker, question: str, expected: list[str]) -> None:
    answer = flights.answer(question)
    assert [a.label for a in answer.answers] == expected
    assert expected or "they name 2" in (answer.message or "")


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("How many astronauts are in the graph?", 6),
    ("How many people are in the graph?", 7),
    ("How many articles are in the graph?", 2),
    ("How many articles mention Anna Berg?", 2),
])
def test_counts_over_the_graph_itself_still_answer(crew: Asker, question: str, expected: int) -> None:
    assert [a.value for a in crew.answer(question).answers] == [expected]


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("How many astronauts are there?", [6]),
    ("How many astronauts does the graph know?", [6]),
    ("How many people are in the knowledge graph?", [7]),
    ("How many astronauts have died in space?", []),  # a count in the world, not of the graph
    ("How many astronauts have walked on the Moon?", []),
    ("How many people flew in 2020?", []),
])
def test_a_class_is_counted_over_the_graph_only_when_that_is_all_it_asks(crew: Asker, question: str,
                                                                           expected: list[int]) -> None:
    assert [a.value for a in crew.answer(question).answers] == expected
