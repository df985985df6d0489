"""Sentence starts the parser cannot see: after a blank line, and after a headline line.

Runs before the parser, which keeps sentence starts that are already set. Without it the
parser reads a headline and the first sentence as one ("Voss Sets Record Ana Voss broke
the record"), and the subject of the sentence hangs from the headline.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.names import headline_lines


@Language.factory("astrokg_lines", assigns=["token.is_sent_start"], default_config={})
def make_line_breaker(nlp: Language, name: str) -> LineBreaker:
    return LineBreaker(name)


class LineBreaker:
    """Sets a sentence start after each blank line and each headline line."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        if "\n" not in text:
            return doc
        ends = {end for _, end in headline_lines(text)}
        for tok in doc[:-1]:
            if tok.is_space and ("\n\n" in tok.text or tok.idx in ends):
                doc[tok.i + 1].is_sent_start = True
        return doc
