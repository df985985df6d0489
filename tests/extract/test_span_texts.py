"""A span's text cut from its document's text is the text spaCy joins from its tokens."""

from __future__ import annotations

import spacy

from extract.extensions import span_text


def test_every_span_has_the_text_spacy_gives_it() -> None:
    doc = spacy.blank("en")("Ana  Voss (“Ace”) flew.\n\nBo Tran, 41, joined her  \n in May. ")
    spans = [doc[i:j] for i in range(len(doc) + 1) for j in range(i, len(doc) + 1)]
    assert len(spans) > 100
    assert [span_text(s) for s in spans] == [s.text for s in spans]


def test_a_span_text_follows_the_document_it_is_cut_from() -> None:
    nlp = spacy.blank("en")
    one, other = nlp("Ana Voss flew."), nlp("Bo Tran landed.")
    assert (span_text(one[0:2]), span_text(other[0:2])) == ("Ana Voss", "Bo Tran")
