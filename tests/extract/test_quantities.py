"""Numbers and durations as reporters write them (extract.components.quantities)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.components.quantities import (
    Duration,
    count,
    duration,
    duration_at,
    figure,
    find_durations,
    minutes,
    number,
)


@pytest.mark.parametrize(("text", "value"), [
    ("seven", 7), ("Seven", 7), ("eleven", 11), ("forty-three", 43), ("twenty one", 21),
    ("three hundred and seventy-one", 371), ("one hundred four", 104), ("371", 371), ("1,000", 1000),
    ("a dozen", 12), ("a", 1), ("an", 1), ("twenty-one", 21), ("a hundred", 100),
    ("three hundred and forty two", 342), ("two hundred and ten", 210),
])
def test_numbers_in_digits_and_words(text: str, value: int) -> None:
    assert number(text) == value


@pytest.mark.parametrize("text", ["", "the", "6.5", "seventh", "several", "dozens", "43rd"])
def test_what_is_no_whole_number(text: str) -> None:
    assert number(text) is None


def test_a_token_or_span_is_read_by_its_text(nlp: Language) -> None:
    doc = nlp.make_doc("She made seven spacewalks and spent forty-three days aloft.")
    assert number(doc[2]) == 7
    assert number(doc[6:9]) == 43


@pytest.mark.parametrize(("text", "days", "minutes", "largest"), [
    ("410 days 11 hours and 5 minutes", 410, 410 * 1440 + 11 * 60 + 5, "day"),
    ("410 days, 11 hours and 5 minutes", 410, 410 * 1440 + 11 * 60 + 5, "day"),
    ("her seven spacewalks add up to 50 hours and 4 minutes", 2, 3004, "hour"),
    ("a spacewalk of six hours and 42 minutes", 0, 402, "hour"),
    ("The walk lasted 6h 42m.", 0, 402, "hour"),
    ("It lasted 7 hrs 17 mins.", 0, 437, "hour"),
    ("one hour, 42 minutes outside", 0, 102, "hour"),
    ("six and a half hours", 0, 390, "hour"),
    ("the 371-day mission", 371, 371 * 1440, "day"),
    ("three hundred and seventy-one days in orbit", 371, 371 * 1440, "day"),
    ("nearly two weeks", 14, 14 * 1440, "week"),
])
def test_durations_with_hours_and_minutes(text: str, days: int, minutes: int, largest: str) -> None:
    assert duration(text) == Duration(days, minutes, largest)


def test_separate_figures_stay_apart_and_times_of_day_are_no_durations() -> None:
    text = "He spent 186 days in orbit; his partner spent 172 days. Hatch closed at 8:59 p.m., 5 m of cable."
    assert [(text[s:e], d.days) for s, e, d in find_durations(text)] == [("186 days", 186), ("172 days", 172)]
    assert duration("The launch was at 10:32 a.m. on Friday.") is None


def test_a_span_gives_its_first_duration(nlp: Language) -> None:
    doc = nlp.make_doc("After 5 hours and 30 minutes they were back inside.")
    assert duration(doc[:]) == Duration(0, 330, "hour")


def test_a_decimal_is_a_figure_not_a_whole_number() -> None:
    assert (figure("6.5"), figure("100305.0"), figure("seven"), figure("several")) == (6.5, 100305.0, 7, None)


def test_a_counting_word_takes_the_number_words_before_it(nlp: Language) -> None:
    doc = nlp("Rena Oduya has made twenty one spacewalks and Tam Ibsen seven.")
    assert count(doc[5]) == 21
    assert count(doc[10]) == 7


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Kel Varga and Ines Moro worked outside for six hours and 42 minutes on Monday.", "hours", 402),
    ("Kel Varga and Ines Moro worked outside for six hours and 42 minutes on Monday.", "minutes", 402),
    ("The spacewalk by Kel Varga lasted 7 hrs 17 mins in all.", "hrs", 437),
    ("Ines Moro came home after 410 days 11 hours and 5 minutes aloft.", "hours", None),
    ("Ines Moro spent 215 days in orbit.", "days", None),
])
def test_the_minutes_a_unit_word_belongs_to(nlp: Language, text: str, word: str, expected: int | None) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert minutes(tok) == expected


def test_a_token_outside_any_duration_has_none(nlp: Language) -> None:
    doc = nlp("Ines Moro spent 215 days in orbit.")
    assert duration_at(doc[0]) is None
    assert duration_at(doc[3]) == Duration(215, 215 * 1440, "day")
