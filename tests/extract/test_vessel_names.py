"""A vessel's name before a role word is where the seat is, not who pays the holder: "VSS
Unity commander X", "RSS First Step pilot X", "USS Hornet captain X" give no employer, while
"SpaceX engineer X" and "NASA astronaut X" still do. Invented names, several phrasings."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading


def employers(nlp: Language, text: str, name: str) -> set[str]:
    found = reading.keys(nlp, text, "2024-03-19")
    return {k[2] for k in found if k[0] == name and k[1] == "employer"}


@pytest.mark.parametrize("text", [
    "Joining Lena Ortiz on the flight were VSS Unity commander Nicola Pecco and pilot Jamal Jahan.",
    "VSS Unity commander Nicola Pecco said the view was clear.",
    "Blue Origin's RSS First Step pilot Nicola Pecco waved.",
    "USS Hornet captain Nicola Pecco greeted the crew.",
])
def test_a_vessel_employs_no_one(nlp: Language, text: str) -> None:
    assert not {e for e in employers(nlp, text, "nicola pecco") if e.split(" ")[0] in ("vss", "rss", "uss")}


@pytest.mark.parametrize("text, org", [
    ("SpaceX engineer Nicola Pecco spoke to reporters.", "spacex"),
    ("NASA astronaut Nicola Pecco flew in 2020.", "nasa"),
])
def test_an_organisation_still_employs(nlp: Language, text: str, org: str) -> None:
    assert org in employers(nlp, text, "nicola pecco")
