"""Which sentence a word or a span is in, looked up instead of searched.

spaCy finds ``Token.sent`` and ``Span.sent`` by walking the sentence starts around the word on
every call (a few microseconds each), and the relation rules ask it tens of thousands of times
per corpus. :func:`indexed` lists a document's sentences once and answers those calls from the
list through spaCy's user hooks, for as long as a component runs (hooks are left off the
document after: they would not survive serialisation, and the sentences must not change while
they are on).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from spacy.tokens import Doc, Span, Token


@contextmanager
def indexed(doc: Doc) -> Iterator[None]:
    """Answer ``Token.sent`` and ``Span.sent`` from one list of the document's sentences
    while the block runs: the same sentence spaCy would give (a span's first one)."""
    if not len(doc) or not doc.has_annotation("SENT_START") or "sent" in doc.user_token_hooks \
            or "sent" in doc.user_span_hooks:
        yield  # nothing to index, or someone else's hooks: spaCy's own answers
        return
    of: list[Span] = [sent for sent in doc.sents for _ in range(len(sent))]  # token index -> its sentence

    def token_sent(tok: Token) -> Span:
        return of[tok.i]

    def span_sent(span: Span) -> Span:
        return of[span.start] if span.start < len(of) else of[-1]  # an empty span at the end: the last one

    doc.user_token_hooks["sent"] = token_sent
    doc.user_span_hooks["sent"] = span_sent
    try:
        yield
    finally:
        del doc.user_token_hooks["sent"]
        del doc.user_span_hooks["sent"]
