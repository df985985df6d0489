"""The sentence index answers ``Token.sent`` and ``Span.sent`` as spaCy does, and leaves the
document as it found it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.components.sentences import indexed

TEXTS = [
    "Ana Voss lifted off on Tuesday. She was joined by Bo Tran and Cy Lund. The trio docked hours later.",
    "Crew Launch Successful\n\nThe capsule, carrying Ida Kern, splashed down off Florida. Kern, 44, said "
    '"it was a ride". Her next flight is set for May.',
    "One.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_indexed_sentences_match_spacy(nlp: Language, text: str) -> None:
    doc = nlp(text)
    tokens = [(t.sent.start, t.sent.end) for t in doc]
    bounds = [(a, b) for a in range(len(doc) + 1) for b in range(a, min(len(doc), a + 12) + 1)]
    spans = [(doc[a:b].sent.start, doc[a:b].sent.end) for a, b in bounds]
    assert len({s for s in tokens}) == len(list(doc.sents))  # one answer per sentence
    with indexed(doc):
        assert "sent" in doc.user_token_hooks
        assert [(t.sent.start, t.sent.end) for t in doc] == tokens
        assert [(doc[a:b].sent.start, doc[a:b].sent.end) for a, b in bounds] == spans
    assert "sent" not in doc.user_token_hooks and "sent" not in doc.user_span_hooks


def test_hooks_are_removed_when_the_block_fails(nlp: Language) -> None:
    doc = nlp("Ana Voss flew. Bo Tran stayed.")
    with pytest.raises(RuntimeError), indexed(doc):
        raise RuntimeError("a rule failed")
    assert not doc.user_token_hooks and not doc.user_span_hooks
    doc.to_bytes()  # no hooks left to warn about
