"""Those a flight's or a launch's with-phrase names flew too ("flew on SpaceShipTwo on July 11 alongside
A", "with the company's founder, A"): the same craft, on the same day. Not someone the
phrase shows doing something else ("with A watching from the ground"). Invented names,
several phrasings."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

triples = partial(reading.triples, published="2031-06-10")


@pytest.mark.parametrize(("text", "craft", "day"), [
    ("Nora Quill flew on SpaceShipTwo on July 11 alongside Karl Brenner.", "spaceshiptwo", "2030-07-11"),
    ("Nora Quill flew on the company's SpaceShipTwo spaceplane on Sunday, July 11, alongside the company's founder, "
     "Sir Karl Brenner, becoming the second woman from her town to go to space.", "spaceshiptwo", "2030-07-11"),
    ("Nora Quill flew on SpaceShipTwo on July 11 with the company's founder, Karl Brenner.", "spaceshiptwo",
     "2030-07-11"),
    ("Nora Quill flew to the station aboard Soyuz MS-40 on March 3 with Karl Brenner and Ivan Belov.",
     "soyuz ms-40", "2031-03-03"),
    ("On March 3, Nora Quill flew aboard Soyuz MS-40 with veteran cosmonaut Karl Brenner in the commander's seat.",
     "soyuz ms-40", "2031-03-03"),
])
def test_a_flight_companion_flew_too(nlp: Language, text: str, craft: str, day: str) -> None:
    found = triples(nlp, text)
    for one in ("nora quill", "karl brenner"):
        assert (one, "launchVehicle", craft) in found
        assert (one, "launchDate", day) in found


@pytest.mark.parametrize("text", [
    "Nora Quill flew on SpaceShipTwo on July 11 with Karl Brenner watching from the ground.",
    "Nora Quill flew on SpaceShipTwo on July 11 with Karl Brenner cheering from the runway.",
    "Nora Quill flew on SpaceShipTwo on July 11 with the blessing of Karl Brenner.",
    "Nora Quill flew on SpaceShipTwo on July 11. Karl Brenner, her mentor, watched from the ground.",
    "Nora Quill flew on SpaceShipTwo on July 11 with a letter from Karl Brenner in her pocket.",
])
def test_someone_doing_else_did_not_fly(nlp: Language, text: str) -> None:
    found = triples(nlp, text)
    assert ("nora quill", "launchVehicle", "spaceshiptwo") in found
    assert not {t for t in found if t[0] == "karl brenner" and t[1] in ("launchVehicle", "launchDate")}


@pytest.mark.parametrize("text", [
    "Nora Quill had launched on March 3 on Soyuz MS-40 from Baikonur with the cosmonauts Karl Brenner and Ivan Belov.",
    "Nora Quill launched on March 3 aboard Soyuz MS-40 with two cosmonauts, Karl Brenner and Ivan Belov.",
    "On March 3, Nora Quill blasted off on Soyuz MS-40 with the veterans Karl Brenner and Ivan Belov.",
    "Nora Quill lifted off on March 3 in Soyuz MS-40 with fellow crew members Karl Brenner and Ivan Belov.",
    "Nora Quill rode Soyuz MS-40 into orbit on March 3 with the Russian cosmonauts Karl Brenner and Ivan Belov.",
])
def test_a_launchs_companions_named_after_a_noun_went_up_too(nlp: Language, text: str) -> None:
    found = triples(nlp, text)
    for one in ("nora quill", "karl brenner", "ivan belov"):
        assert (one, "launchDate", "2031-03-03") in found
