"""A craft's landing told beside a flight the sentence names, on which none of the craft's
crew flew, is not that crew's ("A and B flew on Columbia ... Columbia landed on Nov. 14, 1981,
following the STS-82 mission"); told of the craft alone, it is (invented names, the session
``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading

LANDING = ("returnDate", "landingSite")


def landings(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {t for t in reading.triples(nlp, text, "2021-05-10") if t[1] in LANDING}


@pytest.mark.parametrize("text", [
    "Astronauts Tom Vale and Rick Orme flew STS-83. Space shuttle Columbia landed at Edwards on Nov. 14, 1981, "
    "following the STS-82 mission.",
    "Astronauts Tom Vale and Rick Orme flew on Columbia. Columbia landed at Edwards on Nov. 14, 1981, following "
    "the STS-82 mission.",
])
def test_a_landing_beside_another_named_flight_is_not_the_crews(nlp: Language, text: str) -> None:
    assert not {t for t in landings(nlp, text) if t[0] in ("tom vale", "rick orme")}


@pytest.mark.parametrize("text", [
    "Astronauts Tom Vale and Rick Orme flew on Columbia. Columbia landed at Edwards on Nov. 14, 1981.",
    "Astronauts Tom Vale and Rick Orme flew on Columbia. Columbia landed at Edwards on Nov. 14, 1981, the first "
    "landing there since the STS-82 mission.",
])
def test_the_landing_of_the_craft_they_rode_stays(nlp: Language, text: str) -> None:
    assert ("tom vale", "returnDate", "1981-11-14") in landings(nlp, text)
