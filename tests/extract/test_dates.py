"""Dates in the forms reporters write them, resolved against the article's published date."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.components.dates import find_dates, past_mention, resolve
from extract.facts import Literal
from tests.extract import reading


def only(text: str, published: str | None, *, future: bool = False) -> tuple[str, Literal | None]:
    """The one date expression of a text and what it resolves to."""
    date, = find_dates(text)
    return text[date.start:date.end], resolve(date, published, future=future)


@pytest.mark.parametrize(("text", "published", "words", "value"), [
    ("The crew docked on Feb. 4 after a day-long chase.", "2024-02-06", "Feb. 4", "2024-02-04"),
    ("Launch came on Sept. 14, as planned.", "2023-09-20", "Sept. 14", "2023-09-14"),
    ("The capsule launched early Saturday, August 26, from Florida.", "2023-08-27", "Saturday, August 26",
     "2023-08-26"),
    ("The trio returned early Friday.", "2024-04-27", "Friday", "2024-04-26"),
    ("They landed at 8:59 p.m. Thursday (Beijing Time).", "2024-04-26", "Thursday", "2024-04-25"),
    ("JIUQUAN, April 24 (Xinhua) -- The crew was named.", "2024-04-24", "April 24", "2024-04-24"),
    ("A December 3 spacewalk was postponed.", "2024-01-15", "December 3", "2023-12-03"),
    ("She blasted off this morning for the station.", "2024-03-05", "this morning", "2024-03-05"),
    ("Tonight, the crew lifted off from Baikonur.", "2024-03-05", "Tonight", "2024-03-05"),
    ("The capsule launched early this afternoon.", "2024-03-05", "this afternoon", "2024-03-05"),
])
def test_reporters_day_forms(text: str, published: str, words: str, value: str) -> None:
    assert only(text, published) == (words, Literal(value, "date"))


@pytest.mark.parametrize(("text", "published", "value"), [
    ("She was selected last October.", "2024-03-01", "2023-10"),
    ("She was selected last October.", "2024-11-20", "2024-10"),
    ("She was selected last October.", "2024-10-15", "2023-10"),
    ("He flies again next March, the agency said.", "2024-03-01", "2025-03"),
    ("He flies again next March, the agency said.", "2024-01-10", "2024-03"),
    ("The station gets a visitor this September.", "2024-06-05", "2024-09"),
])
def test_months_told_from_the_article_date(text: str, published: str, value: str) -> None:
    assert only(text, published)[1] == Literal(value, "gYearMonth")


def test_a_planned_day_is_the_next_one() -> None:
    assert only("Liftoff is set for Tues., Jan. 9.", "2023-12-28", future=True) == (
        "Jan. 9", Literal("2024-01-09", "date"))
    assert only("Splashdown is due on Sunday.", "2024-05-02", future=True)[1] == Literal("2024-05-05", "date")


def test_a_month_told_from_the_article_date_needs_that_date() -> None:
    assert only("She was selected last October.", None)[1] is None


def test_a_weekday_with_its_day_and_month_is_one_date() -> None:
    text = "On Wednesday, May 1, the crew undocked; on Thursday they landed."
    found = [(text[d.start:d.end], resolve(d, "2024-05-03")) for d in find_dates(text)]
    assert found == [("Wednesday, May 1", Literal("2024-05-01", "date")),
                     ("Thursday", Literal("2024-05-02", "date"))]


def test_a_part_of_no_named_day_is_no_date() -> None:
    assert find_dates("Every morning and each evening, the crew exercised; one tonightly chore remained.") == []


def test_times_of_day_and_durations_are_not_dates() -> None:
    assert find_dates("The hatch opened at 10:32 a.m. and the walk lasted 6 hours and 42 minutes.") == []


@pytest.mark.parametrize(("text", "published", "future", "value"), [
    ("Last month she and Ana Voss made a spacewalk.", "2021-10-05", False, Literal("2021-09", "gYearMonth")),
    ("The crew will stay until mid-April.", "2025-03-08", True, Literal("2025-04", "gYearMonth")),
    ("In late-March 2023 the pair trained.", "2024-01-10", False, Literal("2023-03", "gYearMonth")),
    ("Ana Voss is due home this spring.", "2024-02-04", True, Literal("2024", "gYear")),
    ("Bo Tan flies again next winter.", "2024-03-01", True, Literal("2025", "gYear")),
    ("Today the hatch opened.", "2024-03-01", False, Literal("2024-03-01", "date")),
])
def test_months_seasons_and_days_at_the_start_of_a_sentence_or_with_a_hyphen(
        text: str, published: str, future: bool, value: Literal) -> None:
    assert only(text, published, future=future)[1] == value


@pytest.mark.parametrize(("text", "name", "past"), [
    ("She spent 15 days on Shenzhou-29 in 2027.", "Shenzhou-29", True),
    ("She flew on the Shenzhou-29 mission in June 2027.", "Shenzhou-29", True),
    ("Bo Lei, a veteran of Shenzhou-29, flies again.", "Shenzhou-29", True),
    ("Shenzhou-29 in orbit: the crew is well.", "Shenzhou-29", False),
    ("She flew on Shenzhou-29 in June.", "Shenzhou-29", False),
    ("Shenzhou-29 launched in 2027 with three aboard.", "Shenzhou-29", False),
])
def test_a_flight_named_with_its_past_year(nlp: Language, text: str, name: str, past: bool) -> None:
    doc = nlp.make_doc(text)
    start = next(t.i for t in doc if t.text == name)
    end = start + len(nlp.make_doc(name))
    assert past_mention(doc, start, end) is past


@pytest.mark.parametrize(("text", "published", "words", "value"), [
    ("ON FEBRUARY 20, 2011 the first Ruritanian astronaut flew.", "2026-02-20", "FEBRUARY 20, 2011", "2011-02-20"),
    ("MOSCOW, SEPT. 3 (AP) -- The crew landed.", "2024-09-04", "SEPT. 3", "2024-09-03"),
    ("BAIKONUR, Kazakhstan, MARCH 14 -- Three men rode a Soyuz.", "2019-03-15", "MARCH 14", "2019-03-14"),
    ("ON SATURDAY, AUGUST 26, the capsule launched.", "2023-08-27", "SATURDAY, AUGUST 26", "2023-08-26"),
    ("LATE ON 5 JUNE 2007 the shuttle landed.", "2007-06-06", "5 JUNE 2007", "2007-06-05"),
])
def test_a_date_in_capitals(text: str, published: str, words: str, value: str) -> None:
    """A wire lede or a headline in capitals gives the whole date, not only its year."""
    assert only(text, published) == (words, Literal(value, "date"))


@pytest.mark.parametrize("text", [
    "NASA MAY DELAY THE LAUNCH", "THE LONG MARCH OF THE CREW", "THE CREW FLEW TO AUGUSTA"])
def test_words_in_capitals_that_are_no_date(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(("text", "words", "value"), [
    ("He was selected by the agency in October of 1963.", "October of 1963", "1963-10"),
    ("Born in March of 1950 in Ohio, she trained as a pilot.", "March of 1950", "1950-03"),
    ("The crew launched in May of 2031 after a long delay.", "May of 2031", "2031-05"),
    ("She left the corps in June of 1985.", "June of 1985", "1985-06"),
    ("He returned to Earth in December, 2030.", "December, 2030", "2030-12"),
    ("He returned to Earth in December 2030.", "December 2030", "2030-12"),
])
def test_a_month_of_a_year_keeps_its_month(text: str, words: str, value: str) -> None:
    assert only(text, "2031-06-10") == (words, Literal(value, "gYearMonth"))


def test_a_month_of_no_year_is_only_the_month() -> None:
    """ "of" before a word that is no year leaves the month alone ("in March of that year")."""
    assert only("The crew launched in March of that year.", "2031-06-10")[0] == "March"


@pytest.mark.parametrize("text, value", [
    ("The crew returned on Friday (Nov. 14). They had launched on April 24, 2031.", "2031-11-14"),
    ("They landed on Friday, Nov. 14, after a flight that began on April 24, 2031.", "2031-11-14"),
    ("The capsule splashed down on Sunday, August 3rd. Its launch on May 30, 2031 went well.", "2031-08-03"),
])
def test_a_weekday_day_takes_the_story_year_it_fits(text: str, value: str) -> None:
    """A page with no date line: a day told with its weekday takes the latest year the text
    states when the calendar puts that day on that weekday."""
    first = find_dates(text)[0]
    assert resolve(first, None) == Literal(value, "date")


@pytest.mark.parametrize("text", [
    "The crew returned on Saturday (Nov. 14). They had launched on April 24, 2031.",  # a Friday in 2031
    "The crew returned on Friday (Nov. 14). They were born in 1990 and 1992.",  # no Friday then: no year
    "The crew returned on Nov. 14. They had launched on April 24, 2031.",  # no weekday to check
])
def test_a_day_whose_weekday_does_not_fit_keeps_no_year(text: str) -> None:
    first = find_dates(text)[0]
    assert resolve(first, None) == Literal("--11-14", "gMonthDay")


def test_a_landing_on_a_weekday_of_the_story_year(nlp: Language) -> None:
    text = ("Astronauts Ivan Petrov and Oleg Sorin returned to Earth on Friday (Nov. 14), touching down at the "
            "Dongfeng landing site. They had launched to the station on April 24, 2031.")
    found = reading.triples(nlp, text, None, kind="returnDate")
    assert {("ivan petrov", "returnDate", "2031-11-14"), ("oleg sorin", "returnDate", "2031-11-14")} <= found


@pytest.mark.parametrize("text", [
    "N° 21–2004: Astronaut Vollmar lands, ending a long mission",
    "Press Release No. 45/2003: Kessler returns to Earth",
    "Release 2011/17 — Orlova back from orbit",
    "Information Note Nr. 8-2019: crew lands safely",
])
def test_a_release_number_is_no_year(text: str) -> None:
    assert [d.year for d in find_dates(text)] == []


@pytest.mark.parametrize(("text", "years"), [
    ("She flew in 2004 and again in 2009.", [2004, 2009]),
    ("Vollmar, No. 2 in the corps, flew in 2004.", [2004]),
    ("Between 13 March 2004 and 2005 the station was busy.", [2004, 2005]),
])
def test_years_beside_numbers_are_kept(text: str, years: list[int]) -> None:
    assert [d.year for d in find_dates(text) if d.year] == years
