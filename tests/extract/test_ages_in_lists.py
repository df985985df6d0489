"""Ages as news tells them: after each name of a list, however the list is punctuated ("A, 29;
B, 35; and C, 41."), in "He was 90 years old." and "At age 77, X ..." (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.gold import extracted_keys, key
from tests.extract import reading


@pytest.mark.parametrize("text", [
    "Ada Rinn was joined by Tomas Kell, 29; Lena Voss, 35; Omar Haddad, 42; and Dr. Ivo Sarn, 41.",
    "The new class includes Tomas Kell, 29, Lena Voss, 35, Omar Haddad, 42, and Ivo Sarn, 41.",
])
def test_every_name_of_a_list_keeps_its_own_age(nlp: Language, text: str) -> None:
    found = reading.keys(nlp, text, "2017-06-08")
    for name, years in (("Tomas Kell", "29"), ("Lena Voss", "35"), ("Omar Haddad", "42"), ("Ivo Sarn", "41")):
        assert key(name, "age", years) in found


@pytest.mark.parametrize(("text", "name", "years"), [
    ("Ada Rinn, who flew on Apollo 19, died in 2022. He was 90 years old.", "Ada Rinn", "90"),
    ("Tomas Kell is 45 years old, and he flies next year.", "Tomas Kell", "45"),
    ("Ivo Sarn became a hero overnight in 1961. He was only 27 years old.", "Ivo Sarn", "27"),
    ("Lena Voss flew last week. She is just 31 years old.", "Lena Voss", "31"),
])
def test_an_age_told_in_years_old_after_the_verb(nlp: Language, text: str, name: str, years: str) -> None:
    found = reading.keys(nlp, text, "2023-01-03")
    assert key(name, "age", years) in found


@pytest.mark.parametrize(("text", "years"), [
    ("At age 77, Tom Garner will be the oldest person to fly in space.", "77"),
    ("At age 61, Tom Garner is the oldest member of the crew.", "61"),
])
def test_a_fronted_at_age_is_the_age_of_the_subject(nlp: Language, text: str, years: str) -> None:
    assert key("Tom Garner", "age", years) in reading.keys(nlp, text, "1998-10-20")


def test_a_fronted_age_too_young_to_be_one_is_none(nlp: Language) -> None:
    assert not [k for k in reading.keys(nlp, "At age 9, the hatch opened for Tom Garner.", "1998-10-20")
                if k[1] == "age"]


def test_the_age_of_a_thing_is_no_one_s(nlp: Language) -> None:
    found = extracted_keys(next(extract(nlp, [Article("The capsule was 12 years old. The hatch was only 3 years "
                                                      "old.", id="t")])))
    assert not [k for k in found if k[1] == "age"]


@pytest.mark.parametrize(("text", "names", "years"), [
    ("His two crewmates, Song Lin and Wang Hao, both 34, were born in the 1990s.", ("Song Lin", "Wang Hao"), "34"),
    ("Ada Rinn, Tomas Kell and Lena Voss, all 41, trained together.", ("Ada Rinn", "Tomas Kell", "Lena Voss"), "41"),
])
def test_one_age_after_several_names_is_each_one_s(nlp: Language, text: str, names: tuple[str, ...],
                                                   years: str) -> None:
    found = reading.keys(nlp, text, "2024-10-30")
    for name in names:
        assert key(name, "age", years) in found


@pytest.mark.parametrize("text", [
    "The two modules, both 20, were replaced by Ada Rinn.",
    "Ada Rinn met the twins, both 12, in Houston.",
])
def test_both_after_things_or_unnamed_people_is_no_one_s_age(nlp: Language, text: str) -> None:
    assert not [k for k in reading.keys(nlp, text, "2024-10-30") if k[1] == "age"]


def _ages(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    facts = next(extract(nlp, [Article(text, published="2023-01-03", id="t")])).facts
    return [(str(getattr(f.object, "value", f.object)), getattr(f.as_of, "value", None))
            for f in facts if f.predicate == "age"]


@pytest.mark.issue(16)
@pytest.mark.parametrize(("text", "expected"), [
    ("Ivo Sarn became a hero overnight in 1961. He was only 27 years old.", [("27", "1961")]),
    ("Tomas Kell flew on the shuttle in 1998. He was 43 years old.", [("43", "1998")]),
    ("Lena Voss, who walked in space in March 2009, was 38.", [("38", "2009-03")]),
    ("Tomas Kell is 45 years old.", [("45", "2023-01-03")]),  # an age now: as of the article's day
])
def test_a_past_tense_age_is_the_age_at_the_event_told(nlp: Language, text: str,
                                                       expected: list[tuple[str, str]]) -> None:
    """ "He was 27": an age at the event the sentence or paragraph tells, dated by it; never an age now."""
    assert _ages(nlp, text) == expected


@pytest.mark.issue(16)
@pytest.mark.parametrize("text", [
    "Ivo Sarn became a hero overnight. He was only 27 years old.",
    "Ada Rinn, who flew on Apollo 19, has died. He was 90 years old.",
    "Mira Olsen led the spacewalk. She was 41.",
])
def test_a_past_tense_age_of_an_undated_event_is_no_age(nlp: Language, text: str) -> None:
    assert _ages(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Tomas Kell was launched aboard Soyuz TM-91 on April 28, 2021.\n\nAt the time of his flight, Kell was 60 years "
     "old.", [("60", "2021-04-28")]),
    ("Lena Voss lifted off from Baikonur on March 3, 2019.\n\nAt the time of her launch, Voss was 44.",
     [("44", "2019-03-03")]),
    ("Tomas Kell launched on Soyuz TM-91 on April 28, 2021. Ivo Brandt launched on Soyuz TM-92 on May 5, 2022. "
     "At the time of his flight, Tomas Kell was 60 years old.", [("60", "2021-04-28")]),  # not the last date told
])
def test_an_age_at_ones_own_flight_is_dated_by_its_launch(nlp: Language, text: str,
                                                         expected: list[tuple[str, str]]) -> None:
    """ "At the time of his flight, X was 60 years old.": the launch date the article gives X."""
    assert _ages(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "At the time of his flight, Tomas Kell was 60 years old.",  # no launch date of his
    "Tomas Kell was launched aboard Soyuz TM-91 on April 28, 2021. He was launched again aboard Soyuz TM-95 on May "
    "2, 2024.\n\nAt the time of his flight, Kell was 60.",  # two flights: which one is not said
    "Tomas Kell was launched on April 28, 2021.\n\nAt the time of the accident, Kell was 60 years old.",
])
def test_an_age_at_a_flight_the_article_does_not_date_alone_is_no_age(nlp: Language, text: str) -> None:
    assert _ages(nlp, text) == []
