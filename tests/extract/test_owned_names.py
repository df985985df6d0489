"""An institution whose name holds a possessive ("St. Olaf Children's Research Hospital") is
one name, which the small model cuts at the "'s"; an owner with a name of its own stays apart
(invented names, several phrasings)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from extract import Article, extract
from extract.components.owned_names import joined_possessives


@pytest.mark.parametrize(("text", "name"), [
    ("Hayley Varn, 29, a physician assistant at St. Jude Children's Research Hospital in Memphis, was first out.",
     "St. Jude Children's Research Hospital"),
    ("Ana Ruiz, a nurse at St. Olaf Children's Research Hospital in Dallas, flew.",
     "St. Olaf Children's Research Hospital"),
    ("Tom Kell works at Mount Hebron Women's Medical Center in Ohio.", "Mount Hebron Women's Medical Center"),
])
def test_the_whole_name_is_the_employer(nlp: Language, text: str, name: str) -> None:
    found = next(extract(nlp, [Article(text, published="2031-06-10", id="t")]))
    names = {e.name for e in found.entities}
    assert name in names
    assert not {"Research Hospital", "Medical Center"} & names


def test_two_parts_cut_at_the_possessive_are_joined(nlp: Language) -> None:
    doc = nlp.make_doc("She works at Saint Ivo Children's Research Hospital today.")
    assert isinstance(doc, Doc)
    cut = [doc.char_span(doc.text.index("Saint"), doc.text.index("'s "), label="FAC"), doc.char_span(
        doc.text.index("Research"), doc.text.index(" today"), label="ORG")]
    joined = joined_possessives(doc, [s for s in cut if s is not None])
    assert [(s.text, s.label_) for s in joined] == [("Saint Ivo Children's Research Hospital", "ORG")]


@pytest.mark.parametrize(("owner", "label", "rest", "rest_label"), [
    ("NASA", "AGENCY", "Research Center", "ORG"),  # an agency's centre is its own, not part of its name
    ("Texas", "GPE", "Medical Center", "FAC"),  # a place owns it
    ("Vela Corp", "ORG", "Orion Labs", "ORG"),  # a name of its own after the possessive
])
def test_an_owner_with_a_name_of_its_own_stays_apart(nlp: Language, owner: str, label: str, rest: str,
                                                     rest_label: str) -> None:
    doc = nlp.make_doc(f"She works at {owner}'s {rest} today.")
    start = doc.text.index(owner)
    parts = [doc.char_span(start, start + len(owner), label=label),
             doc.char_span(doc.text.index(rest), doc.text.index(" today"), label=rest_label)]
    kept = [s for s in parts if s is not None]
    assert len(kept) == 2
    assert [s.text for s in joined_possessives(doc, kept)] == [owner, rest]
