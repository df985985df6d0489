"""Where a person's name ends: before "of" and the place the person is from ("William A.
Hadley of Anacortes"), and before a dash that starts a description ("Anatoly Sorokin - the
Record Holder"). Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract


def _people(nlp: Language, text: str) -> set[str]:
    ex = next(extract(nlp, [Article(text, published="2024-03-19", id="t")]))
    return {e.name for e in ex.entities if "Person" in e.types}


@pytest.mark.parametrize(("text", "name"), [
    ("Famed Apollo 19 astronaut William A. “Bill” Hadley of Anacortes, one of the first humans to travel around "
     "the moon, died Friday when a plane he was piloting crashed.", "William A. Hadley"),
    ("Anatoly Sorokin - the Russian Spacewalk World Record Holder\n\nAnatoly Sorokin conducted 16 spacewalks, "
     "the agency said.", "Anatoly Sorokin"),
])
def test_a_name_ends_before_where_the_person_is_from_and_before_a_dash(nlp: Language, text: str,
                                                                       name: str) -> None:
    people = _people(nlp, text)
    assert name in people and not any(p.startswith(name) and p != name for p in people)
