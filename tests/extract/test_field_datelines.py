"""A dateline from near a place ("NEAR TORVIK, Kazakhstan (Reuters) -") names the place, not
"Near Torvik", and the landing its lede tells was there: the reporter writes from the field. A
plain dateline is often the desk's city and says nothing of the landing (invented names, the
session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract
from tests.extract import reading

_PAGE = "2031-06-10"


@pytest.mark.parametrize("text", [
    "Crew back\n\nNEAR TORVIK, Kazakhstan (Reuters) - Pavel Orlov and Dana Kimble landed safely on Tuesday "
    "after six months aboard the station.",
    "Crew back\n\nNEAR TORVIK, Kazakhstan (AP) -- Pavel Orlov, a\nU.S. astronaut and a tourist returned safely "
    "to Earth on Tuesday when their Soyuz capsule bumped down in a near-perfect landing in Kazakhstan.",
    "Crew back\n\nNEAR TORVIK, Kazakhstan — Cosmonaut Pavel Orlov landed on the steppe on Tuesday "
    "after a year in orbit.",
])
def test_the_landing_of_a_field_datelines_lede_was_near_its_place(nlp: Language, text: str) -> None:
    assert ("pavel orlov", "landingSite", "torvik") in reading.triples(nlp, text, _PAGE)


def test_the_place_is_named_without_near(nlp: Language) -> None:
    found = next(extract(nlp, [Article("Crew back\n\nNEAR TORVIK, Kazakhstan (AP) -- Pavel Orlov landed "
                                       "on Tuesday.", published=_PAGE, id="t")]))
    names = {e.name for e in found.entities}
    assert "Torvik" in names and not any(n.lower().startswith("near") for n in names)


@pytest.mark.parametrize("text", [
    "Crew back\n\nHOUSTON (Reuters) - Pavel Orlov and Dana Kimble landed safely on Tuesday.",
    "Crew back\n\nTORVIK, Kazakhstan (Reuters) - Pavel Orlov and Dana Kimble landed safely on Tuesday.",
    "Crew back\n\nNEAR TORVIK, Kazakhstan (Reuters) - Rescue teams waited on the steppe.\n\nPavel Orlov "
    "and Dana Kimble landed safely on Tuesday.",
    "Crew back\n\nNEAR TORVIK, Kazakhstan (Reuters) - Pavel Orlov will land on Tuesday.",
])
def test_no_landing_site_from_other_datelines_or_paragraphs(nlp: Language, text: str) -> None:
    assert not [t for t in reading.triples(nlp, text, _PAGE) if t[1] == "landingSite" and t[2] == "torvik"]
