"""A count of spacewalks told in the passive of the flight they were done on ("Five spacewalks
were performed on STS-161", "Four spacewalks were conducted during the mission") is that
flight's count; not a station's walks, walks of two flights, a bound, a plan, or some of the
walks. Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading


def _counts(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(t[0], t[2]) for t in reading.triples(nlp, text, kind="spacewalkCount")}


@pytest.mark.parametrize(("text", "count"), [
    ("Five spacewalks were performed on STS-161 in December 1993.", ("sts-161", "5")),
    ("Five spacewalks also were performed on the first servicing mission, STS-161, in December 1993.",
     ("sts-161", "5")),
    ("Four spacewalks were conducted during STS-199.", ("sts-199", "4")),
    ("The STS-182 mission was the second to service the telescope. Five spacewalks also were performed on the "
     "first servicing mission, STS-161, in December 1993.", ("sts-161", "5")),
    ("Ann Vell and Bo Tan flew on STS-199. Four spacewalks were carried out during the mission.", ("sts-199", "4")),
])
def test_walks_done_on_a_flight_are_its_count(nlp: Language, text: str, count: tuple[str, str]) -> None:
    assert _counts(nlp, text) == {count}


@pytest.mark.parametrize("text", [
    "Five spacewalks were performed on the station in 2023.",
    "More than 200 spacewalks have been conducted on STS-199.",
    "Five spacewalks were performed on STS-161 and STS-182.",
    "Four spacewalks were scheduled for STS-199.",
    "Two of the spacewalks were conducted during STS-199.",
    "The first two spacewalks were conducted during STS-199.",
])
def test_other_walks_are_no_flights_count(nlp: Language, text: str) -> None:
    assert _counts(nlp, text) == set()
