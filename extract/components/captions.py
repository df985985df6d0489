"""Photo captions left in an article's text ("A (left) welcomes B (middle) and C (right) to
the station"): who a photo shows is told there, so a "they" of the story that follows does
not mean them. A page's filler lines ("Advertisement") are passed over the same way: they
stand between a sentence and the "they" that goes on telling of its people."""

from __future__ import annotations

import re

from spacy.tokens import Span

from extract import extensions

#: where someone stands in a photo, in brackets: "(left)", "(second from right)", "(L-R)", "(pictured)"
_PLACE_IN_PHOTO = re.compile(
    r"\((?:(?:second|third|far|top|bottom|front|back|centre|center)\s+)?(?:from\s+)?"
    r"(?:left|right|centre|center|middle|top|bottom|front|back|l|r|l-r|left to right|pictured|above|below)\)",
    re.IGNORECASE)


def is_caption(sent: Span) -> bool:
    """Whether a sentence captions a photo: it places someone in it ("(left)", "(pictured)")."""
    text = extensions.text(sent.doc)
    return "(" in text and _PLACE_IN_PHOTO.search(text, sent.start_char, sent.end_char) is not None


#: lines a web page puts between paragraphs that are no part of the story
_FILLER = {"advertisement", "advertisements", "ad", "story continues below", "story continues below advertisement",
           "article continues below", "article continues below advertisement", "continue reading",
           "continue reading below", "scroll to continue with content", "subscribe", "subscribe now",
           "sign up", "sign up now", "sign in", "log in", "read more", "share", "share this article"}


def is_filler(sent: Span) -> bool:
    """Whether a sentence is a page's filler line ("Advertisement", "Story continues below")."""
    return len(sent) <= 8 and " ".join(sent.text.lower().strip(" \n.:-|").split()) in _FILLER
