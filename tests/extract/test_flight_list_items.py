"""A career told as a semicolon list of flights ("He flew three times: as pilot of Gemini 19,
with B; ...; and as commander of Apollo 33"): a companion named in one item flew that flight
only, not the others of the list (invented names, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import Key, key
from tests.extract import reading


def keys(nlp: Language, text: str) -> set[Key]:
    return reading.keys(nlp, text, "2024-06-10")


@pytest.mark.parametrize("text", [
    "Tom Brask, who died on Friday, was a Navy pilot. He flew three times: as pilot of Gemini 19, with Ray Odell; "
    "as command module pilot of Apollo 28; and as commander of Apollo 33.",
    "Tom Brask flew four times: on the two-week Gemini 17 in 1965; as commander of Gemini 19 in 1966, with Ray "
    "Odell; as command module pilot of Apollo 28 in December 1968; and as commander of Apollo 33.",
    "Tom Brask flew twice: as commander of Gemini 19, alongside Ray Odell; and as commander of Apollo 33.",
    "Tom Brask flew twice: as pilot of Gemini 19, with Ray Odell; and later as commander of Apollo 33.",
    "Tom Brask, who died on Friday, flew twice: in 1966 as pilot of Gemini 19, with Ray Odell; and in 1970 as "
    "commander of Apollo 33.",
])
def test_a_companion_of_one_item_flew_that_flight_only(nlp: Language, text: str) -> None:
    found = keys(nlp, text)
    assert {key("Apollo 33", "commander", "Tom Brask"), key("Apollo 33", "crewMember", "Tom Brask")} & found
    assert not any(k[0] == "apollo 33" and k[2] == "ray odell" for k in found)
    assert not any(k[0] == "apollo 28" and k[2] == "ray odell" for k in found)


def test_a_list_without_semicolons_keeps_its_companions(nlp: Language) -> None:
    found = keys(nlp, "Tom Brask served as commander of Apollo 33 along with Ray Odell.")
    assert key("Apollo 33", "crewMember", "Ray Odell") in found
