"""A named craft said to carry a flight's crew ("Endurance, which carried the Crew-31 and Crew-33
astronauts", "the Crew Dragon Freedom carrying A and his Ax-9 crewmates") is that flight's craft
(``spacecraft``); not a rocket, not a craft merely beside the crew, not a denied carrying (invented
flights and people, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading

_BOOSTED = "A Falcon 9 rocket boosted the Crew Dragon Endurance from pad 39A on Saturday. "


@pytest.mark.parametrize(("text", "flights"), [
    (_BOOSTED + "Endurance, which carried the Crew-31 and Crew-33 astronauts, is due at the station on Sunday.",
     ("crew-31", "crew-33")),
    (_BOOSTED + "Endurance carried the Crew-31 test crew last year.", ("crew-31",)),
    ("The Crew Dragon Endurance carrying NASA astronaut Dana Morrow and her three Axiom Mission 9 (Ax-9) crewmates "
     "splashed down off Tampa on Friday.", ("axiom mission 9",)),
    ("The Crew Dragon Endurance brought the Crew-31 astronauts home on Friday.", ("crew-31",)),
    (_BOOSTED + "Endurance earlier carried the crew of Crew-33 to the station.", ("crew-33",)),
])
def test_a_named_craft_that_carried_a_flights_crew_is_its_craft(nlp: Language, text: str,
                                                                 flights: tuple[str, ...]) -> None:
    found = {t for t in reading.triples(nlp, text) if t[1] == "spacecraft" and t[2] == "endurance"}
    assert {f for f, _, _ in found if not f.startswith("dana")} == set(flights)


@pytest.mark.parametrize("text", [
    "The Falcon 9 rocket carried the Crew-31 astronauts to orbit on Saturday.",
    _BOOSTED + "Endurance did not carry the Crew-31 astronauts.",
    _BOOSTED + "Endurance docked near the Crew-31 astronauts' Soyuz on Sunday.",
    _BOOSTED + "Endurance carried supplies for the Crew-31 astronauts.",
])
def test_no_craft_of_a_flight_from_a_rocket_a_denial_or_a_neighbour(nlp: Language, text: str) -> None:
    found = reading.triples(nlp, text)
    assert not {t for t in found if t[0] == "crew-31" and t[1] == "spacecraft"}
