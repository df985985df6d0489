"""A craft's launch asked on a flight it flew ("When did Atlantis launch on STS-30?") is the
date stated with that flight: the craft named beside its own launch is not the flight the date
is tied to, the flight named nearest is. The craft's launch never answers when someone else
flew aboard it, a person the graph knows with no launch of their own (invented names; a
newsroom of its own)."""

from __future__ import annotations

import pytest

from extract.facts import Extraction
from kg.questions import Asker
from tests.factories import ExtractionBuilder, asker_over, date


def flights() -> Extraction:
    b = ExtractionBuilder(
        "The orbiter Sparrow lifted off on its second flight, Lumen-9, on 4 May 2031. "
        "Sparrow first took off on 2 June 2029, on Lumen-8. Ada Quill was born in Ardent.",
        title="Sparrow flies again", id="sparrow", published="2031-05-05",
    )
    b.entity("Sparrow", "Spacecraft")
    b.entity("Ada Quill", "Astronaut")
    b.entity("Lumen-9", "Spaceflight")
    b.entity("Lumen-8", "Spaceflight")
    b.entity("Ardent", "Place")
    b.fact("Sparrow", "launchDate", date("2031-05-04"), evidence="lifted off on its second flight")
    b.fact("Sparrow", "launchDate", date("2029-06-02"), evidence="first took off on 2 June 2029")
    b.fact("Ada Quill", "birthPlace", "Ardent", evidence="born in Ardent")
    return b.build()


asker = asker_over(flights)


@pytest.mark.parametrize(("question", "expected"), [
    ("When did Sparrow launch on Lumen-9?", ["4 May 2031"]),
    ("When did Sparrow lift off on Lumen-8?", ["2 June 2029"]),
    ("When did Sparrow launch?", ["2 June 2029", "4 May 2031"]),
])
def test_a_crafts_launch_on_a_flight(asker: Asker, question: str, expected: list[str]) -> None:
    assert sorted(a.label for a in asker.answer(question).answers) == sorted(expected)


@pytest.mark.parametrize("question", [
    "When did Ada Quill fly into space aboard Sparrow?",
    "When did Ada Quill launch aboard Sparrow on Lumen-9?",
])
def test_the_crafts_launch_is_not_someone_elses(asker: Asker, question: str) -> None:
    assert asker.answer(question).answers == ()
