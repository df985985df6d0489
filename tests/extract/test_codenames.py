"""A mission's code name that is a person's name ("a ten-day mission codenamed 'Marco Polo'") is
no person: it gets no facts of people (invented people, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract

_PAGE = "2031-06-10"


@pytest.mark.parametrize(("text", "code"), [
    ("Ada Rinn will start a ten-day mission – codenamed ‘Marco Polo’ – to the station.", "Marco Polo"),
    ("The flight, code-named Andrea Doria, carried Ada Rinn.", "Andrea Doria"),
    ("Ada Rinn flew the mission codenamed 'Hernan Cortes' in 2030.", "Hernan Cortes"),
    ('The mission, codenamed "Vasco da Gama", will carry Ada Rinn.', "Vasco da Gama"),
    ("Its codename, Enzo Ferrari, was chosen by Ada Rinn.", "Enzo Ferrari"),
])
def test_a_code_name_is_no_person(nlp: Language, text: str, code: str) -> None:
    found = next(extract(nlp, [Article(text, published=_PAGE, id="t")]))
    assert code not in {e.name for e in found.entities}
    assert "Ada Rinn" in {e.name for e in found.entities}


def test_a_person_named_after_the_word_code_is_still_a_person(nlp: Language) -> None:
    found = next(extract(nlp, [Article("The code was written by Ada Rinn, 41, in Houston.", published=_PAGE,
                                       id="t")]))
    assert "Ada Rinn" in {e.name for e in found.entities}


@pytest.mark.parametrize("text", [
    "Ada Rinn was one of six crew members on today's mission, known as NS-99.",
    "Ada Rinn flew on the company's sixth flight, known as Tarn One.",
    "Ada Rinn rode the capsule, called Kestrel 5, to the station.",
    "Ada Rinn was aboard the spaceplane, nicknamed Arrow, on its first flight.",
    "Ada Rinn joined the crew of the flight known as AX-12/B in May.",
])
def test_the_name_of_a_flight_or_craft_is_no_nickname(nlp: Language, text: str) -> None:
    """"The mission, known as X": X names the mission, not the person the clause is about."""
    found = next(extract(nlp, [Article(text, published=_PAGE, id="t")]))
    assert not [f for f in found.facts if f.predicate == "alternativeName"]


@pytest.mark.parametrize(("text", "nickname"), [
    ("Edwin Kell, also known as Buzz, walked on the Moon.", "Buzz"),
    ("Ada Rinn, known as Addie to her friends, flew twice.", "Addie"),
    ("The astronaut Ivo Sarn, nicknamed Hoot, commanded the flight.", "Hoot"),
])
def test_a_persons_nickname_is_still_read(nlp: Language, text: str, nickname: str) -> None:
    found = next(extract(nlp, [Article(text, published=_PAGE, id="t")]))
    assert nickname in {getattr(f.object, "value", None) for f in found.facts if f.predicate == "alternativeName"}
