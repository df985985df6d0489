"""A launch or landing told by its noun, its riders seated by a with-phrase ("The launch took
place on 14 May 1981, with A and B on board", "Liftoff came at 9:20 a.m. on March 3, 2011, with A
and B aboard"): theirs, with its day (invented names, the session ``nlp``). Someone only "with"
it elsewhere, or a launch called off, is none."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract import reading


def facts(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return reading.triples(nlp, text, "2024-10-05", reported=True)


@pytest.mark.parametrize(("text", "prop", "day"), [
    ("The launch took place on 14 May 1981, with Ivan Belov and Mark Jensen on board.", "launchDate", "1981-05-14"),
    ("The launch took place on 14 May 1981 at 20:16 local time, with the cosmonaut Ivan Belov and the "
     "commander Mark Jensen on board.", "launchDate", "1981-05-14"),
    ("Liftoff came at 9:20 a.m. on March 3, 2011, with Ivan Belov and Mark Jensen aboard.", "launchDate",
     "2011-03-03"),
    ("The landing came on March 3, 2011, with Ivan Belov and Mark Jensen aboard.", "returnDate", "2011-03-03"),
])
def test_riders_of_an_event_told_by_its_noun(nlp: Language, text: str, prop: str, day: str) -> None:
    found = facts(nlp, text)
    assert {("ivan belov", prop, day), ("mark jensen", prop, day)} <= found


@pytest.mark.parametrize("text", [
    "The launch took place on 14 May 1981, with Ivan Belov watching from the stands.",
    "The launch took place on 14 May 1981, with Ivan Belov and Mark Jensen in the control room.",
    "The launch was scrubbed on 14 May 1981, with Ivan Belov and Mark Jensen on board.",
])
def test_no_riders_otherwise(nlp: Language, text: str) -> None:
    assert not {f for f in facts(nlp, text) if f[1] in ("launchDate", "launchedWith")}
