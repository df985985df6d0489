"""Days spent "continuously" or "in a row" are one flight's, as "consecutive" days are: a record
told of them is the longest single spaceflight (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_records_told_as_adjectives import holdings


@pytest.mark.parametrize("text", [
    "When Bo Lund returned to Earth on March 22, 2030, he had spent 437 days continuously in space, "
    "which remains a world record.",
    "Cosmonaut Bo Lund spent 437 days in a row in space, a world record.",
])
def test_days_in_a_row_are_a_single_flight_record(nlp: Language, text: str) -> None:
    assert ("Bo Lund", "437", "longest single spaceflight") in holdings(nlp, text)


def test_days_in_a_row_without_a_record_hold_none(nlp: Language) -> None:
    assert not holdings(nlp, "Cosmonaut Bo Lund spent 437 days in a row in space before he retired.")
