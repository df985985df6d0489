"""Which words of a document have a given form, found in the parse's arrays.

A Python loop over a document's tokens makes a ``Token`` object and decodes a string for each
word (about a microsecond a word); a component that looks for a few words ("native", the
surnames of an article) reads one column of ``Doc.to_array`` instead: the words' hashes,
compared as plain integers.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc


def indexes(doc: Doc, attr: str, words: Iterable[str]) -> list[int]:
    """The indexes of the tokens whose ``attr`` ("ORTH", "LOWER", "LEMMA") is one of the
    words, in document order.

    >>> from spacy.lang.en import English
    >>> indexes(English()("The Kettering native and a native of Ohio"), "LOWER", ["native"])
    [2, 5]
    """
    wanted = {doc.vocab.strings.as_int(w) for w in words}
    if not wanted:
        return []
    return [i for i, value in enumerate(doc.to_array(attr).tolist()) if value in wanted]
