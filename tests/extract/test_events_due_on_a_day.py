"""An event "due on" a day, "due at" an hour or "due later" is a plan ("The launch of Soyuz
MS-46 with A and B is due on September 13"), not a launch that took place; "due to" a cause
tells nothing of the kind. Invented names and flights."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract


def _launches(nlp: Language, text: str) -> set[tuple[str, str]]:
    found = next(extract(nlp, [Article(text, published="2030-09-10", id="t")]))
    names = {e.key: e.name for e in found.entities}
    return {(names[f.subject], f.modality) for f in found.facts if f.predicate == "launchDate"}


@pytest.mark.parametrize("text", [
    "The launch of the Soyuz MS-46 with Russia's Dmitri Velkanov, and NASA's Ann Porter is due on September 13 "
    "at 00:17 Moscow time.",
    "The launch of Soyuz MS-46 with Dmitri Velkanov aboard is due at 00:17 on September 13.",
])
def test_a_launch_due_on_a_day_is_a_plan(nlp: Language, text: str) -> None:
    found = _launches(nlp, text)
    assert ("Soyuz MS-46", "planned") in found
    assert not {m for _, m in found if m == "reported"}


def test_a_launch_told_with_due_to_a_cause_took_place(nlp: Language) -> None:
    found = _launches(nlp, "Soyuz MS-46 launched on September 9, a day late due to a leak.")
    assert ("Soyuz MS-46", "reported") in found
