"""An age asked at someone's flight without naming it ("How old was X on his flight?", "when he
flew", "on the day he launched"): of several ages, the one stated in a year of X's launch; no
answer when none or several are (tests/kg/questions/ageroom.py, invented names)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.questions import Asker
from tests.factories import labels
from tests.fixtures.read import asker_for


@pytest.mark.parametrize("question", [
    "How old was Tarek Holm on his flight?",
    "How old was Tarek Holm when he flew?",
    "How old was Tarek Holm when he launched?",
    "How old was Tarek Holm on the day he launched?",
])
def test_the_age_of_the_launch_year(ages: Asker, question: str) -> None:
    assert [a.label for a in ages.answer(question).answers] == ["38 years"]


def test_ages_in_no_launch_year_are_not_told_apart(ages: Asker) -> None:
    answer = ages.answer("How old was Lina Prast on her flight?")
    assert answer.answers == () and "several ages" in (answer.message or "")


def test_an_age_asked_at_no_flight_is_not_narrowed(ages: Asker) -> None:
    """ "How old was X?" names no time: the ages stay as they were (the latest, with the other)."""
    assert [a.label for a in ages.answer("How old is Tarek Holm?").answers] == ["58 years"]


def test_a_person_named_is_no_event_to_date_an_age(ages: Asker) -> None:
    """ "When he watched Y walk on the Moon": the article that names Y most gives an age of
    another day (the one its article was written on), not one at that time."""
    answer = ages.answer("How old was Tarek Holm when he watched Lina Prast walk on the Moon?")
    assert answer.answers == () and "at a time told by Lina Prast" in (answer.message or "")


def test_an_age_told_at_the_time_of_a_flight_read_from_sentences(
        nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> None:
    """ "At the time of his flight, X was 60 years old.", years after the article's own flight
    story: the age at that flight, which a later stated age does not change."""
    text = ("Tomas Kell was launched aboard Soyuz TM-91 on April 28, 2021.\n\n"
            "At the time of his flight, Kell was 60 years old.")
    with asker_for(nlp, tmp_path_factory, text, "2031-04-28") as ask:
        for question in ("How old was Tomas Kell at the time of his flight?", "How old was Kell when he flew?",
                         "How old was Tomas Kell in 2021?"):
            assert labels(ask.answer(question)) == ["60 years"], question
        assert labels(ask.answer("How old was Tomas Kell in 2025?")) == []
