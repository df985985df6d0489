"""A return told so many days after the launch gives the length of the flight ("Eight days
after launch, she landed", "splashed down 186 days after she left Earth"); days after something
else, or after another flight's launch, are no one's time in space. Invented names."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

triples = partial(reading.triples, published="2031-06-10")


def _days(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {t for t in triples(nlp, text) if t[1] == "timeInSpace"}


@pytest.mark.parametrize(("text", "days"), [
    ("Nora Vance lifted off on May 18. Eight days after launch, on May 26, she landed in Kazakhstan.", "8"),
    ("Nora Vance splashed down off Florida on Monday, 186 days after she left Earth.", "186"),
    ("Nora Vance landed on the steppe 200 days after her launch on a Soyuz.", "200"),
])
def test_a_return_days_after_launch_is_the_flight_s_length(nlp: Language, text: str, days: str) -> None:
    assert _days(nlp, text) == {("nora vance", "timeInSpace", days)}


@pytest.mark.parametrize("text", [
    "Nora Vance landed on Monday, three days after Carl Dixon left the station.",
    "Nora Vance landed three days after the launch of Tessa-9.",
    "Nora Vance docked with the station two days after launch.",
    "Nora Vance returned home from Houston three days after she left Baikonur.",
])
def test_days_after_something_else_are_not_a_flight(nlp: Language, text: str) -> None:
    assert not _days(nlp, text)
