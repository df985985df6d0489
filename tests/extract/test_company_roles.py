"""People someone is with ("was with three NASA astronauts") are companions, not a description
of that someone: no employer or trade comes of them (invented people, the session ``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract


def facts(nlp: Language, text: str, predicate: str) -> set[tuple[str, str]]:
    x = next(extract(nlp, [Article(text, published="2020-11-16", id="t")]))
    names = {e.key: e.name for e in x.entities}
    return {(names[f.subject], names.get(f.object, "")) for f in x.facts
            if f.predicate == predicate and isinstance(f.object, str)}


@pytest.mark.parametrize("text", [
    "JAXA astronaut Ada Rinn launched on Tern-1. Rinn was with three NASA astronauts aboard the capsule.",
    "Ada Rinn was with three NASA astronauts aboard the capsule Tern.",
    "Ada Rinn flew alongside two Roscosmos cosmonauts on the Soyuz.",
])
def test_companions_give_no_employer(nlp: Language, text: str) -> None:
    assert not {org for who, org in facts(nlp, text, "employer") if who == "Ada Rinn"} - {"JAXA"}


@pytest.mark.parametrize("text", ["Ada Rinn, a NASA astronaut, flew with Tomas Kell.", "Ada Rinn is a NASA astronaut."])
def test_a_description_still_gives_the_employer(nlp: Language, text: str) -> None:
    assert ("Ada Rinn", "NASA") in facts(nlp, text, "employer")
