"""A flight's length told of the flight ("a 204-day mission" of the Shenzhou-40 taikonauts,
"Crew-40 ... spent 167 days in space", "Shenzhou-40's 33-day trip") is each of its crew's time on
that one flight, tied to it; never a figure of another crew's, of a record or of time on the
ground. Invented names, several phrasings."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.facts import Literal
from tests.extract import reading

keys = partial(reading.keys, published="2031-06-10")


def _days(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(k[0], k[2]) for k in keys(nlp, text) if k[1] == "timeInSpace"}


@pytest.mark.parametrize(("text", "days"), [
    ("Wade Orlin, Ken Morrow and Lia Dorn flew on Shenzhou-40. China's Shenzhou-40 taikonauts returned to Earth "
     "on Friday after a 204-day mission aboard the Tiangong space station.", "204"),
    ("China's Shenzhou-40 taikonauts returned to Earth on Friday after a 204-day mission aboard the Tiangong space "
     "station. The Shenzhou-40 crew, consisting of Commander Wade Orlin, Ken Morrow and Lia Dorn, launched on "
     "April 24.", "204"),
    ("Crew-40 carried NASA astronauts Wade Orlin, Ken Morrow and Lia Dorn to the station. Crew-40 launched on "
     "August 1, 2030 and spent 167 days in space.", "167"),
    ("Wade Orlin, Ken Morrow and Lia Dorn flew on Crew-40. The parachute descent marked the end of the 157-day "
     "Crew-40 mission.", "157"),
    ("Wade Orlin, Ken Morrow and Lia Dorn flew on Shenzhou-40. Shenzhou-40's 33-day trip ended on Friday.", "33"),
    ("Wade Orlin, Ken Morrow and Lia Dorn flew on Shenzhou-40. The taikonauts, who returned on Friday after a 33-day "
     "mission, are well.", "33"),
])
def test_a_flights_length_is_its_crews(nlp: Language, text: str, days: str) -> None:
    assert _days(nlp, text) == {("wade orlin", days), ("ken morrow", days), ("lia dorn", days)}


@pytest.mark.parametrize("text", [
    "Soyuz MS-40 lifted off on Thursday with Wade Orlin, Ken Morrow and Lia Dorn aboard. The expedition is due to "
    "last for 191 days.",
    "Soyuz MS-40 had cosmonauts Wade Orlin, Ken Morrow and Lia Dorn on board. The expedition is due to last for 191 "
    "days.",
])
def test_a_planned_length_of_the_storys_craft_is_its_crews_plan(nlp: Language, text: str) -> None:
    found = {(k[0], k[2], k[3]) for k in keys(nlp, text) if k[1] == "timeInSpace"}
    assert found == {(one, "191", "planned") for one in ("wade orlin", "ken morrow", "lia dorn")}


def test_a_headlines_bare_crew_noun_is_the_storys_crew(nlp: Language) -> None:
    text = ("Astronauts to return to Earth after 33-day trip\n\nThe two astronauts on the Shenzhou-40 mission, Wade "
            "Orlin and Ken Morrow, have completed their stay in the Tiangong-9 laboratory.")
    assert _days(nlp, text) == {("wade orlin", "33"), ("ken morrow", "33")}


def test_the_length_is_tied_to_the_flight_as_one_flights_time(nlp: Language) -> None:
    text = "Wade Orlin and Ken Morrow flew on Shenzhou-40. Shenzhou-40's 33-day trip ended on Friday."
    found = next(extract(nlp, [Article(text, published="2031-06-10", id="t")]))
    flight = next(e.key for e in found.entities if e.name == "Shenzhou-40")
    told = [dict(f.qualifiers) for f in found.facts if f.predicate == "timeInSpace"]
    assert len(told) == 2
    assert all(q["mission"] == flight and q["scope"].name == "SingleFlight" and q["unit"] == Literal("day")
               for q in told)  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [
    "Wade Orlin and Ken Morrow flew on Shenzhou-40. Their mission will be twice the 92 days of the Shenzhou-39 crew.",
    "Wade Orlin and Ken Morrow flew on Shenzhou-40. The crew spent 30 days in quarantine before the launch.",
    "Wade Orlin and Ken Morrow flew on Shenzhou-40. The Shenzhou-40 crew broke the record of 92 days set by the "
    "Shenzhou-39 crew.",
    "Wade Orlin and Ken Morrow flew on Crew-40. The crew will spend four days in quarantine.",
    "Soyuz MS-40 lifted off with Wade Orlin and Ken Morrow aboard. The crew had spent two weeks in quarantine.",
    "Astronauts to spend 30 days in quarantine\n\nWade Orlin and Ken Morrow will fly on Shenzhou-40, officials said.",
    "Astronauts to spend 30 days in isolation before flying to orbit\n\nWade Orlin and Ken Morrow will fly on "
    "Shenzhou-40.",
    "Wade Orlin and Ken Morrow flew on Shenzhou-40. Astronauts often spend 180 days on the station.",
    "Wade Orlin and Ken Morrow flew on Crew-40. The parachute descent marked the end of a 157-day flight test "
    "campaign on the ground.",
])
def test_lengths_of_something_else_are_no_flights(nlp: Language, text: str) -> None:
    assert not _days(nlp, text)


@pytest.mark.parametrize(("text", "days"), [
    ("Wade Orlin, Ken Morrow and Lia Dorn flew on Crew-40. The parachute descent marked the ending of a 157-day "
     "mission.", "157"),
    ("Wade Orlin, Ken Morrow and Lia Dorn flew on Shenzhou-40. The splashdown concluded a 33-day flight.", "33"),
    ("Wade Orlin, Ken Morrow and Lia Dorn flew on Crew-40. The capsule landed on Sunday after a 157-day mission.",
     "157"),
])
def test_an_ended_flights_length_is_the_storys(nlp: Language, text: str, days: str) -> None:
    assert _days(nlp, text) == {("wade orlin", days), ("ken morrow", days), ("lia dorn", days)}


@pytest.mark.parametrize(("text", "days"), [
    ("Vega Crew-40 splashes down in Gulf after 155 days at space station\n\nWade Orlin, Ken Morrow and Lia Dorn "
     "flew on Crew-40. The descent marked the ending of a 157-day mission, including 155 days spent on board the "
     "station.", {"157"}),
    ("Wade Orlin, Ken Morrow and Lia Dorn flew on Crew-40. Crew-40 returned to Earth on Sunday after 155 days "
     "aboard the space station. The splashdown closed a 157-day flight.", {"157"}),
    ("Wade Orlin, Ken Morrow and Lia Dorn flew on Crew-40. Crew-40 returned to Earth on Sunday after 155 days "
     "aboard the space station.", {"155"}),
])
def test_a_stay_aboard_a_station_is_no_flights_length_beside_one(nlp: Language, text: str, days: set[str]) -> None:
    assert {d for _, d in _days(nlp, text)} == days


@pytest.mark.parametrize("text", [
    "Wade Orlin and Ken Morrow flew on Crew-40. The landing came a year after another 157-day mission.",
    "Wade Orlin and Ken Morrow flew on Crew-40. The descent ended what was a 157-day training campaign.",
    "Wade Orlin and Ken Morrow flew on Crew-40 and Crew-41. The landing marked the end of a 157-day mission.",
    "Wade Orlin and Ken Morrow flew on Crew-40. Crews typically train for a 157-day mission for years.",
])
def test_an_indefinite_length_of_another_flight_is_not_the_storys(nlp: Language, text: str) -> None:
    assert not _days(nlp, text)
