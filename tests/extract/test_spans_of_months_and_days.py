"""Dates reporters write as a span of months ("May-November 2014", "March to May 2030") are
one date of the first month in the year given; a weekday written before the day and month
("Thursday 11 November", "Saturday, the 18th of June") is one date of that day."""

from __future__ import annotations

import pytest

from extract.components.dates import find_dates, resolve
from extract.facts import Literal


def only(text: str, published: str | None) -> tuple[str, Literal | None]:
    """The one date expression of a text and what it resolves to."""
    date, = find_dates(text)
    return text[date.start:date.end], resolve(date, published)


@pytest.mark.parametrize(("text", "words", "value"), [
    ("He flew to the ISS for six months in May-November 2014.", "May-November 2014", "2014-05"),
    ("She lived on the station from March to May 2030.", "March to May 2030", "2030-03"),
    ("The stay ran June–December 2019, a record then.", "June–December 2019", "2019-06"),
    ("They trained in Sept. - Dec. 2021 in Star City.", "Sept. - Dec. 2021", "2021-09"),
    ("The expedition lasted October through December, 2018.", "October through December, 2018", "2018-10"),
])
def test_a_span_of_months_is_its_first_month_in_its_year(text: str, words: str, value: str) -> None:
    assert only(text, "2031-06-10") == (words, Literal(value, "gYearMonth"))


@pytest.mark.parametrize(("text", "words", "value"), [
    ("They were launched at 02:03 GMT Thursday 11 November from pad 39A.", "Thursday 11 November", "2030-11-11"),
    ("The capsule landed on Saturday 18 January near Zhezkazgan.", "Saturday 18 January", "2031-01-18"),
    ("It blasted off on Friday, 9 May from Baikonur.", "Friday, 9 May", "2031-05-09"),
    ("It lifted off on Wednesday 2 April 2031.", "Wednesday 2 April 2031", "2031-04-02"),
    ("It splashed down on Sunday, the 4th of May off Florida.", "Sunday, the 4th of May", "2031-05-04"),
])
def test_a_weekday_before_the_day_and_month_is_that_day(text: str, words: str, value: str) -> None:
    assert only(text, "2031-06-10") == (words, Literal(value, "date"))
