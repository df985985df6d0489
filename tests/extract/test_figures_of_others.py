"""A figure of time in a sentence about someone is not their time in space when the sentence
gives it to others or to something else: a record "set by" people it does not name, the
margin a record falls by ("by only six days"), what a speaker says of a crew ("X said the
crew should complete a 13-day mission"), a spacewalk told as a "stroll", and hours on the
Moon's surface. Stays told plainly keep their figure. Invented names, several phrasings."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading


def _times(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return reading.triples(nlp, text, kind="timeInSpace")


@pytest.mark.parametrize("text", [
    "Lena Varga is expected to exceed the US space-endurance record of 84 days, set by three Skylab astronauts in "
    "1974, but by only six days.",
    "Lena Varga will beat the record of 84 days, set by a Soviet crew in 1978.",
    "Lena Varga hopes to break the mark of 84 days, held by two cosmonauts, by a week.",
    "Lena Varga surpassed the record of 84 days, established by the Skylab crew, by six days.",
    "Lena Varga should top the old endurance record of 84 days, which was set by three astronauts, by six days.",
])
def test_a_record_of_others_and_its_margin_are_not_hers(nlp: Language, text: str) -> None:
    assert {t[2] for t in _times(nlp, text)} <= {"90"}
    assert not {t for t in _times(nlp, text) if t[2] in ("84", "6", "7")}


@pytest.mark.parametrize("text", [
    "Mike Orlan, chair of the Mission Management Team, said the spacecraft and crew should arrive at the station "
    "early on Wednesday to complete a 13-day mission.",
    "Flight director Mike Orlan said the shuttle would land after a 13-day mission.",
    "Mike Orlan told reporters the crew will spend 13 days at the station.",
    "Mike Orlan noted that the astronauts had completed a 13-day flight.",
    "Program manager Mike Orlan said the crew could stay 13 days in orbit.",
])
def test_what_a_speaker_says_of_a_crew_is_not_the_speakers(nlp: Language, text: str) -> None:
    assert not {t for t in _times(nlp, text) if t[0] == "mike orlan"}


@pytest.mark.parametrize("text", [
    "Rita Ocampo sets new record with 7 hour stroll",
    "Rita Ocampo set a record with a seven-hour stroll outside the station.",
    "Dale Ostrow commenced the then-record setting lunar surface stay of 71 hours and 14 minutes.",
    "Dale Ostrow spent 71 hours on the lunar surface.",
    "Dale Ostrow logged 20 hours in moonwalks.",
])
def test_hours_outside_or_on_the_moon_are_no_time_in_space(nlp: Language, text: str) -> None:
    assert _times(nlp, text) == set()


@pytest.mark.parametrize(("text", "who", "days"), [
    ("Lena Varga spent 90 days in space, beating the record by six days.", "lena varga", "90"),
    ("Lena Varga returned after 90 days in orbit.", "lena varga", "90"),
    ("Mike Orlan said he spent 190 days in space.", "mike orlan", "190"),
    ("Mike Orlan said he had spent 190 days aboard the station.", "mike orlan", "190"),
    ("Lena Varga holds the record of 90 days in space.", "lena varga", "90"),
])
def test_own_stays_keep_their_figure(nlp: Language, text: str, who: str, days: str) -> None:
    assert (who, "timeInSpace", days) in _times(nlp, text)
