"""A landing told as coming after a stay of a stated length, with its day after the stay ("The
crew landed after the 33-day mission on 18 November"), is on that day, although the parse hangs
the day on the stay; a day of a stay named otherwise stays no landing's. Invented names, several
phrasings."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

triples = partial(reading.triples, published="2031-12-10")


def _landed(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(t[0], t[2]) for t in triples(nlp, text) if t[1] == "returnDate"}


@pytest.mark.parametrize(("text", "who", "day"), [
    ("Shenzhou 31 was a crewed spaceflight launched on 17 October 2031. The crew landed successfully after the "
     "33-day mission on 18 November 2031.", "shenzhou-31", "2031-11-18"),
    ("Ken Marlow landed in Kazakhstan after a 186-day mission on 3 March 2031.", "ken marlow", "2031-03-03"),
    ("Ken Marlow returned to Earth following a six-month stay on 4 April 2031.", "ken marlow", "2031-04-04"),
])
def test_a_landing_after_a_measured_stay_is_on_the_day_told_after_it(nlp: Language, text: str, who: str,
                                                                     day: str) -> None:
    assert (who, day) in _landed(nlp, text)


@pytest.mark.parametrize("text", [
    "Ken Marlow landed after the 2029 mission on 3 March 2031 was cancelled.",
    "Ken Marlow landed after the mission on 3 March 2031.",
])
def test_no_landing_day_from_a_stay_of_no_stated_length(nlp: Language, text: str) -> None:
    assert ("ken marlow", "2031-03-03") not in _landed(nlp, text)
