"""A first someone "will always be remembered as" is done, not planned; one someone "will
become" stays planned (invented names, the session ``nlp``)."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading

keys = partial(reading.keys, published="2031-02-01")


@pytest.mark.parametrize("text", [
    "Ana Voss died in the crash. But she will always be remembered as the first Danish woman to travel in space.",
    "Ana Voss retired in 2030. She will forever be known as the first Danish woman to walk in space.",
    "Ana Voss died on Monday. She will be remembered as the first Danish woman to command the station.",
    "Ana Voss flew twice. But she will always be regarded as the first Danish woman astronaut.",
    "Ana Voss has died at 80. She will be celebrated as the first Danish woman in space.",
])
def test_a_first_remembered_is_done(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert key("Ana Voss", "holdsFirst", "Denmark, woman") in found, found
    assert key("Ana Voss", "holdsFirst", "Denmark, woman", "planned") not in found


def test_a_first_still_to_come_stays_planned(nlp: Language) -> None:
    found = keys(nlp, "Ana Voss will become the first Danish woman to walk in space next week.")
    assert key("Ana Voss", "holdsFirst", "Denmark, woman", "planned") in found
