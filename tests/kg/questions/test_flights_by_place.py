""""Which mission was X's final spaceflight?": of X's flights, the one whose own sentence places
it so (kg/questions/placed_outings.py; invented people and flight numbers, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.factories import labels
from tests.fixtures.read import asker_for


def test_a_flight_asked_by_its_place_is_the_one_its_sentence_places_so(
        nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> None:
    """ "Which mission was X's final spaceflight?": of X's flights, the one whose sentence says
    "launched a final time, commanding it"; another's place ("the programme's first flight")
    places none of X's."""
    text = ("Tomas Kell next flew in 1966 as commander of Gemini 14. His third mission came in 1969 as pilot for "
            "Apollo 19. Kell launched into space a final time in 1983, commanding STS-140, the shuttle programme's "
            "first flight with a laboratory.")
    with asker_for(nlp, tmp_path_factory, text, "2018-01-06") as ask:
        for question in ("Which mission was Tomas Kell's final spaceflight?", "Which was Tomas Kell's last mission?"):
            assert labels(ask.answer(question)) == ["STS-140"], question
        assert labels(ask.answer("Which mission was Tomas Kell's third spaceflight?")) == ["Apollo 19"]
        assert labels(ask.answer("Which mission was Tomas Kell's first spaceflight?")) == []


def test_a_place_told_with_the_owners_name_and_one_set_apart(
        nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> None:
    """ "Tomas Kell's final spaceflight was STS-140" places his own flight; a flight set apart
    ("besides his final spaceflight") is no flight asked for."""
    text = ("Tomas Kell flew in 1966 as commander of Gemini 14 and in 1969 as pilot of Apollo 19. Tomas Kell's final "
            "spaceflight was STS-140 in 1983.")
    with asker_for(nlp, tmp_path_factory, text, "2018-01-06") as ask:
        assert labels(ask.answer("Which mission was Tomas Kell's final spaceflight?")) == ["STS-140"]
        assert "STS-140" not in labels(ask.answer("Which missions did Tomas Kell fly besides his final spaceflight?"))
