"""An agency named before the flight noun asked says whose flight it is
(kg/questions/agency_flights.py; tests/kg/questions/agencyroom.py, invented names)."""

from __future__ import annotations

import pytest

from kg.questions import Asker
from tests.factories import asker_over
from tests.kg.questions import agencyroom

agencies = asker_over(*agencyroom.ARTICLES)


@pytest.mark.issue(11)
@pytest.mark.parametrize("question", [
    "What was the name of Vela Ostrin's ASA mission?",
    "What was Vela Ostrin's Ardenian Space Agency mission?",
    "Which ASA mission did Vela Ostrin fly?",
    "Which ASA flight was Vela Ostrin on?",
])
def test_a_flight_tied_to_no_agency_is_not_the_agencys(agencies: Asker, question: str) -> None:
    answer = agencies.answer(question)
    assert answer.answers == ()
    assert "Expedition 91" in (answer.message or "")


@pytest.mark.parametrize(("question", "flight"), [
    ("What was Vela Ostrin's mission?", "Expedition 91"),
    ("Which mission did Vela Ostrin fly?", "Expedition 91"),
    ("Which ASA mission did Rusk Tamm fly?", "Talon-3"),
    ("What was the name of Rusk Tamm's ASA mission?", "Talon-3"),
    ("Which Ardenian mission did Mira Quell fly?", "Ardenian Mission 2"),
])
def test_a_flight_asked_without_an_agency_or_tied_to_it_answers(agencies: Asker, question: str, flight: str) -> None:
    assert [a.label for a in agencies.answer(question).answers] == [flight]
