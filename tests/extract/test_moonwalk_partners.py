"""Partners on the Moon's surface are spacewalk partners ("A and B walked on the Moon", "A was
joined on the surface of the Moon by B", "A and B made three moonwalks"); a moonwalk is no
spacewalk to count, a rank ("the sixth man to walk on the Moon") names no partner, and a
walk still to come is no partnership yet. Invented names, the session ``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading

_PAGE = "2031-06-10"


def _partners(nlp: Language, text: str) -> set[frozenset[str]]:
    return {frozenset((k[0], k[2])) for k in reading.keys(nlp, text, _PAGE) if k[1] == "spacewalkPartner"}


@pytest.mark.parametrize("text", [
    "Ann Baker was the commander of Apollo 19, which landed on the Moon in December 2030. Baker was joined on the "
    "surface of the Moon by fellow astronaut Carl Dunn. Ed Fox stayed in the command module.",
    "Ann Baker walked on the Moon with Carl Dunn in 2030.",
    "Ann Baker and Carl Dunn walked on the lunar surface for three days.",
    "Ann Baker and Carl Dunn made three moonwalks while Ed Fox orbited the Moon.",
])
def test_walkers_on_the_moon_are_partners(nlp: Language, text: str) -> None:
    found = _partners(nlp, text)
    assert frozenset(("ann baker", "carl dunn")) in found
    assert not [p for p in found if "ed fox" in p]


def test_no_spacewalk_count_for_moonwalks(nlp: Language) -> None:
    found = reading.triples(nlp, "Ann Baker and Carl Dunn made three moonwalks.", _PAGE)
    assert not [t for t in found if t[1] in ("spacewalkCount", "minimumSpacewalkCount")]


@pytest.mark.parametrize("text", [
    "Ed Fox was the sixth man to walk on the moon. Carl Dunn praised him.",
    "Ann Baker will walk on the Moon with Carl Dunn in 2031.",
])
def test_no_partner_without_a_walk_together(nlp: Language, text: str) -> None:
    assert not _partners(nlp, text)
