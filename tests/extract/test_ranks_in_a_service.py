"""A role word that is a rank held in an armed service ("Tony Arlen, a commander in the U.S. Navy,
pilots STS-199") is no seat on the flight named beside it; the flight's own commander still is
one (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import Key, key
from tests.extract import reading


def facts(nlp: Language, text: str) -> set[Key]:
    return reading.keys(nlp, text, "2031-06-10")


@pytest.mark.parametrize("text", [
    "Tony Arlen, a commander in the U.S. Navy, pilots STS-199.",
    "Tony Arlen, a commander in the Navy, will fly on STS-199 as pilot.",
    "Tony Arlen, a captain in the Air Force, is a mission specialist on STS-199.",
])
def test_a_rank_in_a_service_is_no_seat(nlp: Language, text: str) -> None:
    found = facts(nlp, text)
    assert not {k for k in found if k[1] == "commander"}
    assert key("Tony Arlen", "crewRole", "commander") not in found


@pytest.mark.parametrize("text", [
    "Tony Arlen, a retired commander of the Royal Navy, serves as commander of STS-199.",
    "Tony Arlen, the mission commander, flies STS-199.",
    "Tony Arlen, a lieutenant colonel in the Air Force, will be the commander of STS-199.",
])
def test_the_flights_commander_still_is(nlp: Language, text: str) -> None:
    assert any(k[:3] == ("sts-199", "commander", "tony arlen") for k in facts(nlp, text))
