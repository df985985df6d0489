""""X was launched on June 24, and A, B and C linked up with Salyut 9": a craft's launch told
without its riders, and the clause joined to it telling who docked with or reached a station,
names the riders; not someone who only watched, docked something else, or was already aboard.
Invented names, the session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading

_PAGE = "2031-06-10"


def _riders(nlp: Language, text: str) -> set[str]:
    return {k[0] for k in reading.triples(nlp, text, _PAGE) if k[1:] == ("launchVehicle", "soyuz t-96")}


@pytest.mark.parametrize("text", [
    "Soyuz T-96 was launched on June 24, 2030, and Ann Baker, Carl Dunn and Ed Fox linked up with Salyut 9 and "
    "joined the crew of Ivan Petrov and Oleg Sorin already on board.",
    "Soyuz T-96 was launched on June 24, 2030, and Ann Baker, Carl Dunn and Ed Fox docked with Salyut 9 a day later.",
    "Soyuz T-96 lifted off on June 24, 2030, and its crew, Ann Baker, Carl Dunn and Ed Fox, docked with Salyut 9 a "
    "day later.",
])
def test_those_who_docked_after_the_launch_rode_it(nlp: Language, text: str) -> None:
    assert _riders(nlp, text) == {"ann baker", "carl dunn", "ed fox"}


@pytest.mark.parametrize("text", [
    "Soyuz T-96 was launched on June 24, 2030, and Ann Baker watched from Houston.",
    "Soyuz T-96 was launched on June 24, 2030, and Ann Baker, already aboard Salyut 9, docked a cargo ship the "
    "next day.",
])
def test_no_riders_from_another_clause(nlp: Language, text: str) -> None:
    assert not _riders(nlp, text)
