"""Words found in the parse's arrays are the words a loop over the tokens finds, in order."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Token

from extract.components.arrays import indexes

TEXT = ("Ana Voss, a Lake Orion native, flew with Bo Tran. Voss and TRAN landed; the NATIVE crew of "
        "Voss's flight was native to Orion. Tran flew again.")


@pytest.mark.parametrize(("attr", "words", "form"), [
    ("ORTH", {"Voss", "Tran", "Orion"}, lambda t: t.text),
    ("LOWER", {"native", "tran"}, lambda t: t.lower_),
    ("LEMMA", {"fly", "land"}, lambda t: t.lemma_),
    ("ORTH", {"Zyxwv"}, lambda t: t.text),  # a word the vocabulary has never seen
    ("ORTH", set(), lambda t: t.text),
])
def test_indexes_match_a_loop_over_the_tokens(nlp: Language, attr: str, words: set[str],
                                               form: Callable[[Token], str]) -> None:
    doc = nlp(TEXT)
    assert indexes(doc, attr, words) == [t.i for t in doc if form(t) in words]


def test_found_words_are_in_document_order(nlp: Language) -> None:
    doc = nlp(TEXT)
    found = indexes(doc, "ORTH", ["Tran", "Voss"])
    assert found == sorted(found) and len(found) >= 4
    assert {doc[i].text for i in found} == {"Tran", "Voss"}
