"""Fixtures for the kg tests: small hand-built articles about real spaceflight facts."""

from __future__ import annotations

import pytest

from extract.facts import Extraction, Literal, Term
from tests.factories import ExtractionBuilder, days


def twins_article(extra: str = "") -> Extraction:
    """A short article about the Kelly twins, written for the tests."""
    b = ExtractionBuilder(
        "Astronaut Scott Kelly spent 340 days on the station. His twin brother Mark Kelly "
        "stayed on the ground. Mark Kelly is married to Gabrielle Giffords." + extra,
        title="The Kelly twins", id="twins", published="2016-03-02",
    )
    b.entity("Scott Kelly", "Astronaut", aliases=("Kelly",))
    b.entity("Mark Kelly", "Astronaut")
    b.entity("Gabrielle Giffords", "Person")
    b.fact("Scott Kelly", "twinOf", "Mark Kelly", evidence="His twin brother Mark Kelly")
    b.fact("Mark Kelly", "spouse", "Gabrielle Giffords", evidence="Mark Kelly is married to Gabrielle Giffords")
    b.fact("Scott Kelly", "timeInSpace", days("340"), evidence="spent 340 days",
           qualifiers={"unit": Literal("day"), "scope": Term("SingleFlight")}, as_of="2016-03-02")
    return b.build()


def giffords_article() -> Extraction:
    """Another article that also states the Kelly–Giffords marriage."""
    b = ExtractionBuilder(
        "Gabrielle Giffords served in Congress. She is married to the astronaut Mark Kelly.",
        title="Giffords profile", id="giffords", published="2015-01-08",
    )
    b.entity("Gabrielle Giffords", "Person", aliases=("She",))
    b.entity("Mark Kelly", "Astronaut")
    b.fact("Mark Kelly", "spouse", "Gabrielle Giffords", evidence="She is married to the astronaut Mark Kelly")
    return b.build()


@pytest.fixture
def twins() -> Extraction:
    return twins_article()


@pytest.fixture
def giffords() -> Extraction:
    return giffords_article()
