"""An orbiter called by its name alone is the orbiter when it launches ("Atlantis launched from
Kennedy Space Center on June 27, 1995", "Discovery lifted off"), and a craft that "took to the
skies" launched; the same names as a university, a channel or a trench are no craft, and birds
taking to the skies launch nothing (orbiters' names are real, people invented; the session
``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.gold import Key, key
from tests.extract import reading


def facts(nlp: Language, text: str) -> set[Key]:
    return reading.keys(nlp, text, "2031-06-10")


@pytest.mark.parametrize(("text", "craft"), [
    ("STS-171\n\nAtlantis launched from Kennedy Space Center on June 27, 2030 and landed on July 7.", "Atlantis"),
    ("Discovery lifted off on June 27, 2030 with Kara Lind and Tom Reyes aboard.", "Discovery"),
    ("After a two-day delay, Columbia blasted off on June 27, 2030.", "Columbia"),
    ("Space shuttle Challenger took to the skies on June 27, 2030, for its third trip into space.", "Challenger"),
])
def test_an_orbiter_named_alone_launches(nlp: Language, text: str, craft: str) -> None:
    assert key(f"Space Shuttle {craft}", "launchDate", "2030-06-27") in facts(nlp, text)


@pytest.mark.parametrize("text", [
    "Discovery launched a new documentary series on June 27, 2030.",
    "Columbia University launched from a new campus on June 27, 2030.",
    "The Challenger Deep took off as a destination for divers on June 27, 2030.",
    "Fans cheered as the birds took to the skies on June 27, 2030.",
])
def test_other_things_of_those_names_launch_nothing(nlp: Language, text: str) -> None:
    assert not {k for k in facts(nlp, text) if k[1] == "launchDate"}
