"""Going back to space is a launch ("returned to space in 1998", "will return to orbit next
March aboard X"), with its day, craft and site; returning to Earth stays a landing. Invented
names, several phrasings."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

triples = partial(reading.triples, published="2031-06-10")


@pytest.mark.parametrize(("text", "day"), [
    ("Ever the astronaut, Dale Ostrow returned to space in 2028 at the age of 77.", "2028"),
    ("Dale Ostrow returned to space aboard the shuttle Discovery on Oct. 29, 2028, from Kennedy Space Center.",
     "2028-10-29"),
    ("Nine years after his first flight, Dale Ostrow returned to orbit on May 4, 2029.", "2029-05-04"),
    ("Dale Ostrow will return to space next March aboard the Soyuz MS-40.", "2032-03"),
    ("In 2028 Dale Ostrow returned to space, becoming the oldest person to fly.", "2028"),
])
def test_going_back_to_space_is_a_launch(nlp: Language, text: str, day: str) -> None:
    found = triples(nlp, text)
    assert ("dale ostrow", "launchDate", day) in found
    assert not {t for t in found if t[1] == "returnDate"}


@pytest.mark.parametrize("text", [
    "Dale Ostrow returned to Earth on June 3.",
    "Dale Ostrow returned home on June 3 after 180 days in space.",
    "Dale Ostrow returned from space on June 3.",
    "Dale Ostrow returned to the ground on June 3 after his time in orbit.",
    "After six months in orbit, Dale Ostrow returned on June 3.",
])
def test_coming_back_from_space_is_no_launch(nlp: Language, text: str) -> None:
    assert not {t for t in triples(nlp, text) if t[1] == "launchDate"}


@pytest.mark.parametrize("text", [
    "Dale Ostrow returned to the Kennedy Space Center on June 3 to train for his next flight.",
    "Dale Ostrow and Ann Lee are scheduled to return to the cosmonaut training center in Star City, Russia, on "
    "Friday, June 12.",
    "Dale Ostrow returned to Houston on June 4 for medical checks.",
])
def test_going_back_to_a_place_on_the_ground_is_no_landing(nlp: Language, text: str) -> None:
    assert not {t for t in triples(nlp, text) if t[1] in ("returnDate", "landingSite")}


@pytest.mark.parametrize(("text", "day"), [
    ("Dale Ostrow returned to Earth in Kazakhstan on June 3.", "2031-06-03"),
    ("Dale Ostrow returned safely to the Earth near Arkalyk on June 3.", "2031-06-03"),
    ("Dale Ostrow returned to the Dongfeng landing site on June 3.", "2031-06-03"),
])
def test_coming_back_to_earth_at_a_place_stays_a_landing(nlp: Language, text: str, day: str) -> None:
    assert ("dale ostrow", "returnDate", day) in triples(nlp, text)
