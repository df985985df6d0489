"""A name the small model takes for a place ("Toyohiro Akiyama" tagged GPE on a page that never
calls him otherwise) is a person's when its verb acts on the subject's own "his" or "her"
("pressed his face against the window"): a place or a company has "its". Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from extract.components.names import person_context


def _context(nlp: Language, text: str, words: int) -> bool:
    doc = nlp(text)
    return person_context(Span(doc, 0, words, label="GPE"), text)


@pytest.mark.parametrize("text", [
    "Toru Akiba pressed his face against the glass of the window.",
    "Mira Tolvan raised her hand to the camera.",
])
def test_a_subject_owning_his_or_her_object_is_a_person(nlp: Language, text: str) -> None:
    assert _context(nlp, text, 2)


@pytest.mark.parametrize("text", [
    "Port Akiba raised its prices for the summer.",
    "North Tolvan lies beside the glass works of the valley.",
])
def test_a_subject_owning_its_object_is_no_person(nlp: Language, text: str) -> None:
    assert not _context(nlp, text, 2)
