"""Careers and lives asked in the words people use: a selection as becoming a cosmonaut, being
recruited or named an astronaut, an agency's class as its "astronaut candidates", and a place
of birth or death asked by its kind ("In which city did X die?": only a place the articles say is
a city, never one named without its kind, which may be a region); over the hand-declared
newsroom of tests/kg/questions/liferoom.py (invented names). Near-misses get no wrong answer."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from tests.factories import labels


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("What year did Veldt become a cosmonaut?", ["2009"]),
    ("In which year did Oskar Veldt become a cosmonaut?", ["2009"]),
    ("When did Oskar Veldt become a cosmonaut?", ["April 2009"]),
    ("When did Veldt become an astronaut?", ["April 2009"]),
    ("When was Veldt recruited?", ["April 2009"]),
    ("When was Oskar Veldt recruited as a cosmonaut?", ["April 2009"]),
    ("When was Veldt recruited as an astronaut candidate?", ["April 2009"]),
    ("What year was Veldt recruited?", ["2009"]),
    ("When was Veldt named an astronaut?", ["April 2009"]),
    ("When was Veldt named a cosmonaut?", ["April 2009"]),
    ("When was Veldt selected as an astronaut candidate?", ["April 2009"]),
])
def test_a_selection_asked_in_other_words(lives: Asker, question: str, expected: list[str]) -> None:
    assert labels(lives.answer(question)) == expected


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("Who are the Norvik Space Agency's 2021 astronaut candidates?", ["Ana Brill", "Cato Senn"]),
    ("Who were the Norvik Space Agency's 2021 astronaut candidates?", ["Ana Brill", "Cato Senn"]),
    ("Who are the 2021 astronaut candidates of the Norvik Space Agency?", ["Ana Brill", "Cato Senn"]),
    ("Who did the Norvik Space Agency name as astronaut candidates in 2021?", ["Ana Brill", "Cato Senn"]),
    ("Who are the Norvik Space Agency's 2017 astronaut candidates?", ["Lio Pask"]),
    ("Who are the Norvik Space Agency's 2019 astronaut candidates?", []),  # no class of that year
])
def test_a_class_asked_as_astronaut_candidates(lives: Asker, question: str, expected: list[str]) -> None:
    assert sorted(labels(lives.answer(question))) == expected


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "When did Veldt become a pilot?",  # another trade: nothing of the selection
    "Where did Veldt become a cosmonaut?",  # a place: not the date
    "When was Ana Brill recruited?",  # a year's class: only the year, which answers "when" as it is
    "When did Veldt die?",  # no date of death stated
])
def test_selection_near_misses(lives: Asker, question: str) -> None:
    assert "April 2009" not in labels(lives.answer(question))
    assert "2009" not in labels(lives.answer(question))


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("Where did Veldt die?", ["Tressa"]),
    ("Where was Ilka Morrow born?", ["Drava"]),  # "where" asks no kind
])
def test_a_place_asked_without_its_kind(lives: Asker, question: str, expected: list[str]) -> None:
    assert labels(lives.answer(question)) == expected


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "In which city did Oskar Veldt die?",  # a place the articles name without its kind may be a region
    "In what town did Veldt die?",
    "In which town was Oskar Veldt born?",
    "In which town was Ilka Morrow born?",  # "born in eastern Drava": a region
    "In which city was Morrow born?",
    "In which city did Bo Kessler die?",  # a county
    "In which city was Runa Halm born?",  # a country
    "In which country did Veldt die?",  # a place of no kind is no country
    "In which village was Veldt born?",  # no class holds a village: its name must say it
    "In which state was Veldt born?",
])
def test_a_place_of_another_kind_is_no_town(lives: Asker, question: str) -> None:
    assert labels(lives.answer(question)) == []


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("Which agency selected Veldt in 2009?", ["Norvik Space Agency"]),
    ("Who selected Oskar Veldt in 2009?", ["Norvik Space Agency"]),
    ("Which agency did Veldt join in 2009?", ["Norvik Space Agency"]),
    ("Which agency picked Lio Pask in 2017?", ["Norvik Space Agency"]),
    ("Which agency selected Veldt in 2010?", []),  # the person's selection is of another year
    ("Which agency selected Lio Pask in 2021?", []),  # named in the 2021 article, chosen in 2017
    ("Which agency selected Runa Halm in 2009?", []),  # no selection stated
    ("Who did the Norvik Space Agency select in 2021?", ["Ana Brill", "Cato Senn"]),  # still the year's people
    ("Who did the Norvik Space Agency choose in 2021?", ["Ana Brill", "Cato Senn"]),  # "choose" parsed as no verb
    ("Whom did the Norvik Space Agency pick in 2017?", ["Lio Pask"]),
    ("Who did Veldt join in 2009?", ["Norvik Space Agency"]),  # the one joined is asked
])
def test_an_agency_asked_with_the_year_of_the_selection(lives: Asker, question: str, expected: list[str]) -> None:
    assert sorted(labels(lives.answer(question))) == expected


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("When did Mara Dorn pass away?", ["2 May 2023"]),
    ("When did Dorn die?", ["2 May 2023"]),
    ("In what year did Mara Dorn pass away?", ["2 May 2023"]),
    ("Where did Mara Dorn pass away?", ["Selby"]),
    ("How old was Mara Dorn when she passed away?", ["71 years"]),
    ("How old was Dorn when she died?", ["71 years"]),
    ("At what age did Mara Dorn pass away?", ["71 years"]),
    ("What did Mara Dorn pass away from?", ["heart failure"]),
    ("How did Mara Dorn pass away?", ["heart failure"]),
    ("What did Dorn die of?", ["heart failure"]),
])
def test_a_death_asked_as_passing_away(lives: Asker, question: str, expected: list[str]) -> None:
    assert labels(lives.answer(question)) == expected


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "When did Veldt pass away?",  # his death is placed, not dated
    "How did Veldt pass away?",  # no cause stated: never his date or place
    "What did Oskar Veldt pass away from?",
    "How old was Veldt when he passed away?",  # no age stated
    "When did Mara Dorn pass her exams?",  # "pass" without "away" is no death
])
def test_passing_away_near_misses(lives: Asker, question: str) -> None:
    assert labels(lives.answer(question)) == []


@pytest.mark.issue(11)
@pytest.mark.parametrize(("question", "expected"), [
    ("What college did Ana Brill go to?", ["Kessa University"]),
    ("Which college did Brill attend?", ["Kessa University"]),
    ("Where did Ana Brill go to college?", ["Kessa University"]),
    ("What college did Brill graduate from?", ["Kessa University"]),
    ("Which university did Ana Brill go to?", ["Kessa University"]),
    ("Which college did Ana Brill work for?", []),  # an employer asked: the school answers another relation
    ("Which university does Brill work for?", []),
    ("Which high school did Brill attend?", []),  # a narrow kind the name does not say
    ("What college did Oskar Veldt go to?", []),  # none stated: never his profile
])
def test_a_school_asked_as_a_college(lives: Asker, question: str, expected: list[str]) -> None:
    assert labels(lives.answer(question)) == expected
