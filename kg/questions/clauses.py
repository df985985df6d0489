"""Clauses that only say where the asker read a thing, and trailing clauses the engine cannot read.

A clause of the source ("..., according to the article?", "As the report says, who ...?")
restricts nothing, since every answer comes from the articles: it is dropped before the
question is read. A trailing clause the engine cannot read: "Which spacecraft carried X when he became the first
American in space?", "Which capsule did X pilot on the program's last flight?". The restriction
it puts on the answer cannot be checked, so it may be dropped only when the question without it
has exactly one answer (which then meets any restriction the articles could state), and the
answer says the clause was not used; otherwise the question stays unanswered.

Pure: the question's tokens in, the question without its clause out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kg.questions.match import Parsed
from kg.questions.text import Token, subtree

#: A clause that names the articles as the source: "according to the article", "as the story says",
#: "in the text", "based on the report" (a source other than the articles, "according to NASA", is kept)
_THE_ARTICLE = r"(?:the|this|these)\s+(?:articles?|stor(?:y|ies)|texts?|reports?|pages?|passages?|pieces?)"
_SOURCE = re.compile(
    r",?\s*\b(?:(?:according to|based on|per|as (?:stated|said|told|reported|described|mentioned) in)\s+" + _THE_ARTICLE
    + r"|as\s+" + _THE_ARTICLE + r"\s+(?:says?|said|states?|stated|tells?|told|reports?|reported|puts? it)"
    + r"|,\s*in\s+" + _THE_ARTICLE + r"(?=\s*[?.!]?\s*$)|^in\s+" + _THE_ARTICLE + r"(?=\s*,))\s*,?",
    re.IGNORECASE)
#: Participles of speech whose trailing phrase only places the speaker ("the head of X quoted after ...")
_SPEAKING = {"quoted", "cited", "interviewed", "speaking", "commenting", "talking", "writing"}
#: Words that open a clause of the time something happened ("when he became ...").
_AT_THE_TIME = {"when", "while", "as", "once"}
#: Prepositions of a trailing phrase that places the question on an occasion ("on his last flight").
_ON_OCCASION = {"on", "during", "aboard"}
#: Ranks that place an occasion in a series, which only the sentences could confirm.
_RANKS = {"first", "last", "second", "third", "final", "latest", "maiden", "previous", "next"}


@dataclass(frozen=True)
class Clause:
    """The clause's words and the question without them."""

    text: str
    without: str


def without_source(text: str) -> str:
    """The question without a clause that names the articles as its source ("How old is X
    according to the article?" is "How old is X?"); the question as it was when it has none,
    or is nothing else."""
    bare = _SOURCE.sub(" ", text)
    bare = " ".join(bare.split())
    bare = re.sub(r"\s+([?.!,])", r"\1", bare).lstrip(", ")
    if bare == " ".join(text.split()) or len(bare.split()) < 2:
        return text
    return bare[:1].upper() + bare[1:]


#: words that ask what held before the time a clause tells ("already aboard when X arrived")
_BEFORE_THEN = {"already", "still"}


def trailing_clause(parsed: Parsed) -> Clause | None:
    """The clause at the end of the question that the engine did not read: an adverbial clause
    of time ("when he became ..."), or a phrase of the main verb that places it on an occasion
    by a rank or a word nothing explains ("on the program's last flight"); or a participle of
    speech that only places a speaker ("the head of X quoted after the landing")."""
    tokens = parsed.tokens
    words = [t for t in tokens if not t.is_punct]
    if not words or any(t.lower in _BEFORE_THEN and t.dep == "advmod" for t in tokens):
        return None  # "Who was already aboard when X arrived?": the clause says before what, so it is the question
    end = words[-1].i
    for t in tokens:
        span = sorted(subtree(tokens, t.i))
        if span[-1] != end or span[0] <= 1:
            continue
        opener = tokens[span[0]].lower
        clause = t.dep == "advcl" and opener in _AT_THE_TIME
        phrase = t.dep == "prep" and opener in _ON_OCCASION and any(
            tokens[i].lower in _RANKS or tokens[i].text in parsed.unexplained for i in span)
        speaker = t.dep in ("acl", "advcl") and t.lower in _SPEAKING and t.i == span[0]
        if clause or phrase or speaker:
            kept = [x for x in tokens if x.i < span[0] or x.i > end]
            return Clause(_joined(tokens[span[0]:end + 1]), _joined(kept).rstrip(" ?") + "?")
    return None


def _joined(tokens: Sequence[Token]) -> str:
    return "".join(t.text + t.space for t in tokens).strip()
