""""Which station did X dock with?" (akg:dockedWith): the station a flight is stated to have
docked with, however the docking is told or asked; never the module, never for a flight of
which no docking is stated, never a carrier. Read from invented sentences by the real extractor."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.questions import Asker
from tests.fixtures.read import asker_for

_TEXT = ("Soyuz 96 lifted off from Baikonur on May 14, 2030, with Ann Baker and Carl Dunn on board. "
         "The Soyuz 96 spacecraft coupled with the Salyut 9 orbital station on May 15. "
         "Soyuz 97 was launched on June 2, 2030 with Ed Fox aboard and returned to Earth after two days. "
         "Soyuz MS-98 docked to the Rassvet module of the International Space Station on Friday.")


@pytest.fixture(scope="module")
def dockings(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Asker]:
    with asker_for(nlp, tmp_path_factory, _TEXT, "2030-06-10") as asker:
        yield asker


@pytest.mark.parametrize(("question", "expected"), [
    ("Which orbital station did Soyuz 96 dock with?", ["Salyut 9"]),
    ("What did Soyuz 96 link up with?", ["Salyut 9"]),
    ("Where did Soyuz 96 dock?", ["Salyut 9"]),
    ("What did Soyuz 96 dock with?", ["Salyut 9"]),
    ("Which space station did Soyuz MS-98 dock with?", ["International Space Station"]),
    ("Which module did Soyuz MS-98 dock with?", ["Rassvet"]),
])
def test_the_station_a_flight_docked_with(dockings: Asker, question: str, expected: list[str]) -> None:
    assert [a.label for a in dockings.answer(question).answers] == expected


@pytest.mark.parametrize("question", [
    "Which station did Soyuz 97 dock with?",  # no docking stated
    "Which module did Soyuz 96 dock with?",  # a station is no module
    "Which spacecraft carried Ann Baker?",  # the station carried no one
])
def test_no_station_where_none_is_stated_or_asked(dockings: Asker, question: str) -> None:
    assert "Salyut 9" not in [a.label for a in dockings.answer(question).answers]
    if "97" in question:
        assert not dockings.answer(question).answers
