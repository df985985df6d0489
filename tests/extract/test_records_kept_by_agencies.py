"""A record an agency keeps ("NASA's record", "the Roscosmos record") counts among that agency's
country's people, not in the world (extract/frames/records.py). Invented names, the session
``nlp``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract
from extract.facts import Literal


def _scopes(nlp: Language, text: str) -> set[str]:
    """The scope of each record the text states someone holds."""
    ex = next(extract(nlp, [Article(text, published="2031-04-21", id="t")]))
    held = {dict(f.qualifiers).get("record") for f in ex.facts if f.predicate == "holdsRecord"}
    return {f.object.value for f in ex.facts if f.predicate == "recordScope" and f.subject in held
            and isinstance(f.object, Literal)}


@pytest.mark.parametrize("text", [
    "Tom Reyes holds NASA's records for most spacewalks (10) and most time spent on them.",
    "Tom Reyes holds the NASA record for the most spacewalks.",
    "Tom Reyes holds the record for the most spacewalks by a NASA astronaut.",
])
def test_an_agency_s_record_is_its_country_s(nlp: Language, text: str) -> None:
    assert _scopes(nlp, text) == {"US"}


@pytest.mark.parametrize("text", [
    "Tom Reyes holds the world record for the most spacewalks.",
    "Tom Reyes, a NASA astronaut, holds the record for the most spacewalks.",
])
def test_an_agency_named_beside_a_record_does_not_scope_it(nlp: Language, text: str) -> None:
    assert _scopes(nlp, text) == {"all-time"}


def _holders(nlp: Language, text: str) -> set[str]:
    ex = next(extract(nlp, [Article(text, published="2031-04-21", id="t")]))
    names = {e.key: e.name for e in ex.entities}
    return {names[f.subject] for f in ex.facts if f.predicate == "holdsRecord"}


@pytest.mark.parametrize("text", [
    "NASA astronaut Tom Reyes landed after 371 days. Reyes's year is the longest single spaceflight by an "
    "American, well past the 355 days set by Ann Baker in 2029.",
    "NASA astronaut Tom Reyes landed after 371 days, the longest single spaceflight by an American, beyond the "
    "355 days set by Ann Baker.",
])
def test_a_figure_left_behind_is_no_record_of_its_setter(nlp: Language, text: str) -> None:
    """ "Well past the 355 days set by X": X held the record, and holds it no more."""
    assert "Ann Baker" not in _holders(nlp, text)


def test_a_record_set_is_its_setter_s(nlp: Language) -> None:
    assert _holders(nlp, "Ann Baker set the record for the longest single spaceflight by an American, 355 days, "
                         "in 2029.") == {"Ann Baker"}
