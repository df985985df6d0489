"""Agency translations tell a spacewalk as going or working "in open space" ("went into open
space on Thursday", "their second exit into open space"): the walkers' date and partners; open
space on the ground (a park's) is none. Invented names, several phrasings."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract import reading

triples = partial(reading.triples, published="2031-06-10")


@pytest.mark.parametrize("text", [
    "Wade Orlin and Ken Morrow went into open space on Thursday.",
    "Cosmonauts Wade Orlin and Ken Morrow worked in open space for 7 hours and 46 minutes on Thursday.",
    "Wade Orlin and Ken Morrow completed their second exit into open space on Thursday, working outside for "
    "7 hours and 46 minutes.",
    "Wade Orlin went out into open space on Thursday with Ken Morrow.",
    "On Thursday Wade Orlin and Ken Morrow stayed in open space for more than six hours.",
])
def test_going_into_open_space_is_a_spacewalk(nlp: Language, text: str) -> None:
    found = {t for t in triples(nlp, text) if t[1] == "spacewalkDate"}
    assert found == {("wade orlin", "spacewalkDate", "2031-06-05"), ("ken morrow", "spacewalkDate", "2031-06-05")}


@pytest.mark.parametrize("text", [
    "The new park gives the city's residents more open space, Wade Orlin said on Thursday.",
    "Wade Orlin and Ken Morrow walked through the open space of the museum on Thursday.",
])
def test_open_space_on_the_ground_is_no_spacewalk(nlp: Language, text: str) -> None:
    assert not {t for t in triples(nlp, text) if t[1].startswith("spacewalk")}
