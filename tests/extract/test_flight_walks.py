"""How many spacewalks a flight had, told of its whole crew or of the flight ("the crew
completed four spacewalks during their mission", "the mission included five spacewalks"): the
flight's ``spacewalkCount``, never a member's; none for part of the crew or of the flight, nor
for a plan. Invented names, the session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract
from tests.extract import reading


@pytest.mark.parametrize(("text", "flight", "n"), [
    ("The Shenzhou-30 astronauts Tova Senn, Ilan Marr and Rui Okafor landed on Monday. The crew completed four "
     "spacewalks during their mission, installing new shields.", "shenzhou-30", "4"),
    ("Tova Senn, Ilan Marr and Rui Okafor flew on Shenzhou-30. The Shenzhou-30 crew carried out three spacewalks.",
     "shenzhou-30", "3"),
    ("Tova Senn and Ilan Marr flew on STS-400. The mission included five spacewalks to repair the telescope.",
     "sts-400", "5"),
    ("During five back-to-back spacewalks, the STS-400 astronauts repaired the telescope.", "sts-400", "5"),
    ("Tova Senn and Ilan Marr flew on STS-400. The crew carried out four successful spacewalks.", "sts-400", "4"),
    ("The Shenzhou-30 crew, consisting of Commander Tova Senn, Ilan Marr and Rui Okafor, launched to Tiangong on "
     "April 24. Their return was delayed, and the crew left the station aboard the Shenzhou-31 spacecraft on "
     "Friday. The crew completed four spacewalks during their mission, including installing shields on the "
     "station's exterior.", "shenzhou-30", "4"),
    ("Apollo 30 landed on the Moon. Its astronauts carried out three EVAs on the lunar surface.", "apollo 30", "3"),
])
def test_a_flights_count_is_read(nlp: Language, text: str, flight: str, n: str) -> None:
    found = reading.triples(nlp, text, kind="spacewalkCount")
    assert found == {(flight, "spacewalkCount", n)}


@pytest.mark.parametrize("text", [
    "Tova Senn and Ilan Marr flew on STS-400. Two astronauts made three spacewalks.",
    "Tova Senn and Ilan Marr launched on STS-400 and during their first two months completed three spacewalks.",
    "STS-400 will include four spacewalks.",
    "Tova Senn and Ilan Marr flew on STS-400. The crew made the first three spacewalks in a week.",
    "Tova Senn and Ilan Marr flew on STS-400. The crew made more than three spacewalks.",
    "Tova Senn, Ilan Marr and Rui Okafor flew on STS-400. The crew made two more spacewalks.",
])
def test_no_count_of_part_of_a_flight_or_of_a_plan(nlp: Language, text: str) -> None:
    found = reading.triples(nlp, text, kind="spacewalkCount")
    assert not {t for t in found if t[0] == "sts-400"}


def test_a_members_count_stays_theirs(nlp: Language) -> None:
    found = reading.triples(nlp, "Tova Senn flew on STS-400. She has made seven spacewalks in her career.",
                            kind="spacewalkCount")
    assert found == {("tova senn", "spacewalkCount", "7")}


@pytest.mark.parametrize(("text", "flight"), [
    ("The Expedition 90 mission included many highlights. Tova Senn completed five spacewalks, which gave him a "
     "total of 10 for his career.", "Expedition 90"),
    ("Tova Senn flew on Shenzhou-30 and made five spacewalks, which gave him a total of 10.", "Shenzhou-30"),
])
def test_the_walks_before_a_career_total_are_the_flights(nlp: Language, text: str, flight: str) -> None:
    """The five are the member's on the one flight told: a count tied to it, beside the total."""
    found = next(extract(nlp, [Article(text, published="2031-06-10", id="t")]))
    names = {e.key: e.name for e in found.entities}
    counts = {(str(getattr(f.object, "value", "")), tuple((k, names.get(str(v), v)) for k, v in f.qualifiers
                                                          if k == "mission"))
              for f in found.facts if f.predicate == "spacewalkCount" and names.get(f.subject) == "Tova Senn"}
    assert counts == {("10", ()), ("5", (("mission", flight),))}


def test_no_flight_told_is_no_flights_count(nlp: Language) -> None:
    text = "Tova Senn flew on Shenzhou-30 and Shenzhou-31. He completed five spacewalks, which gave him a total of 10."
    assert reading.triples(nlp, text, kind="spacewalkCount") == {("tova senn", "spacewalkCount", "10")}
