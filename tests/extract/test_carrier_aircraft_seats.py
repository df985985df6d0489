"""Seats on a spaceplane's carrier aircraft are not seats on the flight: "VMS Eve was piloted
by Commander X and Pilot Y", "X commanded mothership VMS Eve, joined by pilot Y", while the
spaceplane's own pilots stay the flight's. Invented names, several phrasings."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from extract.gold import Key
from tests.extract import reading

keys = partial(reading.keys, published="2024-03-19")


def crew(found: set[Key], mission: str) -> set[str]:
    return {k[2] for k in found if k[0] == mission and k[1] in ("commander", "crewMember")}


@pytest.mark.parametrize("text", [
    "Galactic 09 took off from Spaceport America on Friday. Ana Berg commanded the spaceship. "
    "Tom Ruiz commanded mothership VMS Eve, joined by pilot Dan Alvo.",
    "Galactic 09 carried three astronauts. VMS Eve was piloted by Commander Tom Ruiz and Pilot Dan Alvo.",
    "Galactic 09 carried three astronauts. The mother ship was flown by Commander Tom Ruiz and Pilot Dan Alvo.",
])
def test_the_carrier_crew_is_not_the_flight_crew(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert not crew(found, "galactic 09") & {"tom ruiz", "dan alvo"}
    assert not {k for k in found if k[0] in ("tom ruiz", "dan alvo") and k[1] == "crewRole"}


def test_the_spaceplane_crew_stays_the_flight_crew(nlp: Language) -> None:
    found = keys(nlp, "Galactic 09 carried three astronauts. VSS Unity was piloted by Commander Kim Lasko and "
                      "Pilot Ron Tate. VMS Eve was piloted by Commander Tom Ruiz and Pilot Dan Alvo.")
    assert crew(found, "galactic 09") == {"kim lasko", "ron tate"}
