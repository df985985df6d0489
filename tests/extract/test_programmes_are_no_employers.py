"""A programme named before a trade ("former Mercury astronaut X", "the Mercury Seven") is no
employer (invented names, the session ``nlp``)."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import key
from tests.extract import reading

keys = partial(reading.keys, published="2031-10-11")


@pytest.mark.parametrize("text", [
    "Cooper had been suffering from heart problems, former Mercury astronaut Ivo Lind said.",
    "Mercury Astronaut Ivo Lind Dead at 88\n\nIvo Lind died on Thursday in Denver.",
    "Ivo Lind, one of the Mercury Seven astronauts, died on Monday.",
    "The Mercury astronauts Ivo Lind and Tomas Kell trained together in 1960.",
    "Ivo Lind was a Mercury 7 astronaut and a naval aviator.",
])
def test_a_programme_is_no_employer(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert not {k for k in found if k[1] == "employer" and "mercury" in k[2]}, found


def test_an_agency_before_the_trade_is_still_the_employer(nlp: Language) -> None:
    assert key("Ivo Lind", "employer", "NASA") in keys(nlp, "Former NASA astronaut Ivo Lind died on Monday.")


def test_an_organisation_named_after_the_programme_is_still_an_employer(nlp: Language) -> None:
    found = keys(nlp, "His wife was at his side, said Ivo Lind, executive director of the Mercury Seven Foundation "
                      "in Titusville.")
    assert key("Ivo Lind", "employer", "Mercury Seven Foundation") in found, found
