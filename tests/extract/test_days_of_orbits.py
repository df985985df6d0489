"""Days told beside the orbits a flight made are days in space ("After 124 orbits of the
Earth (lasting 7 days, 20 hours and 43 minutes), A and B returned home"). Invented names
(John Glenn only as a name spaCy reads as a person), the session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.gold import extracted_keys, key
from tests.extract import reading


@pytest.mark.parametrize(("text", "days"), [
    ("After 124 orbits of the Earth (lasting 7 days, 20 hours and 43 minutes), Tomas Kell and John Glenn "
     "returned home.", "7.863194"),
    ("After 126 orbits of the Earth, lasting 8 days, Tomas Kell and John Glenn returned home.", "8"),
])
def test_days_beside_the_orbits_are_time_in_space(nlp: Language, text: str, days: str) -> None:
    found = reading.keys(nlp, text, "1980-09-27")
    assert key("Tomas Kell", "timeInSpace", days) in found and key("John Glenn", "timeInSpace", days) in found


def test_days_without_a_flight_are_not(nlp: Language) -> None:
    found = extracted_keys(next(extract(nlp, [Article("After 12 laps of the track, lasting 7 days, Tomas Kell "
                                                      "and John Glenn returned home.", published="1980-09-27",
                                                      id="t")])))
    assert not [k for k in found if k[1] == "timeInSpace"]
