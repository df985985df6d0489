"""Piloting a spacecraft is flying it ("X piloted SpaceShipOne", "was piloted by X", "at the
controls of SpaceShipOne"), and the suborbital spaceplanes are craft, not organisations
(not a named carrier of many missions, "VSS Unity": its commander would be every flight's).
Invented people."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract import Article, extract
from tests.extract import reading

keys = partial(reading.triples, published="2031-12-01")


@pytest.mark.parametrize("text, craft", [
    ("Dale Korvin piloted SpaceShipOne on June 3, 2031.", "spaceshipone"),
    ("SpaceShipOne was piloted by Dale Korvin on its flight of June 3, 2031.", "spaceshipone"),
    ("On Oct. 4, 2031, Dale Korvin flew high over Mojave at the controls of SpaceShipOne.", "spaceshipone"),
    ("Dale Korvin piloted the space shuttle Discovery on STS-140 in 2011.", "space shuttle discovery"),
    ("Dale Korvin, who piloted SpaceShipTwo on June 3, 2031, said the view was stunning.", "spaceshiptwo"),
])
def test_the_pilot_flew_the_craft(nlp: Language, text: str, craft: str) -> None:
    assert ("dale korvin", "launchVehicle", craft) in keys(nlp, text)


@pytest.mark.parametrize("name", ["SpaceShipOne", "SpaceShipTwo", "RSS First Step"])
def test_spaceplanes_and_capsules_are_craft(nlp: Language, name: str) -> None:
    ex = next(extract(nlp, [Article(f"{name} flew on Tuesday with Dale Korvin aboard.", id="t")]))
    assert any(e.name == name and "Spacecraft" in e.types for e in ex.entities)


def test_piloting_jets_is_no_spaceflight(nlp: Language) -> None:
    found = keys(nlp, "Dale Korvin piloted F-18 jets for the Navy before he joined NASA in 2020.")
    assert not {k for k in found if k[1].startswith("launch")}
