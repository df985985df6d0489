"""How a cited article and its sentence are shown: the sentence alone, on one line, and a
name for every article, so answers and pages never show a text hash.

A stored sentence is the span the parser found, which can start with the headline or a
dateline above it and end with blank lines; what a reader wants is the sentence itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pyoxigraph import NamedNode

from kg.iris import slug_of_article
from kg.store import Store

#: Words of an article's opening used as its name when it has no title, id or URL.
NAME_WORDS = 10
#: Prefix of the key of an article known only by its text (see extract.facts.Article.key).
HASH_KEY = "sha256-"

#: The first characters of each ?article's text (in its own graph), to name it by.
_OPENINGS = """PREFIX schema: <https://schema.org/>
SELECT ?article ?opening WHERE {
  GRAPH ?article { ?article schema:articleBody ?body }
  BIND(SUBSTR(?body, 1, 300) AS ?opening)
}"""

_PARAGRAPHS = re.compile(r"\s*\n\s*\n\s*")
_SENTENCE_END = re.compile(r"[.!?][\"'\u2019\u201d)]*$")
#: "HOUSTON —", "CAPE CANAVERAL, Fla. -", "MOSCOW (Reuters) --": a place in capitals and a dash.
_DATELINE = re.compile(r"^[A-Z][A-Z .'\u2019-]+(?:, [A-Z][\w.]*(?: [\w.]+){0,3})?(?: \([^)]{1,40}\))?"
                       r" ?(?:--|[-\u2013\u2014]) ?(?=[A-Z\"\u201c\u2018'])")


def sentence_shown(text: str, title: str | None = None) -> str:
    """The sentence as a source shows it: without the headline or dateline the parser took
    in with it, and with its white space (line breaks, trailing blank lines) made single spaces.

    >>> sentence_shown("Lander Team Wins\\n\\nNora Vell flew twice.\\n\\n", "Lander Team Wins")
    'Nora Vell flew twice.'
    >>> sentence_shown("HOUSTON \u2014 Nora Vell   flew\\ntwice.")
    'Nora Vell flew twice.'
    """
    pieces = [p for p in _PARAGRAPHS.split(text.strip()) if p]
    while len(pieces) > 1 and (_same(pieces[0], title) or not _SENTENCE_END.search(pieces[0])):
        pieces.pop(0)  # a headline or a dateline line above the sentence
    shown = " ".join(" ".join(pieces).split())
    return _DATELINE.sub("", shown, count=1) or shown


def article_name(title: str | None, key: str, opening: str | None = None) -> str:
    """What an article is called: its title, else its id or URL, else the first words of its
    text (a hash means nothing to a reader).

    >>> article_name(None, "sha256-0df6", "Nora Vell flew to the station on a Soyuz in March, her third flight.")
    'Nora Vell flew to the station on a Soyuz in…'
    >>> article_name(None, "sha256-0df6", "HOUSTON \u2014 Nora Vell landed.")
    'Nora Vell landed.'
    >>> article_name(None, "nv-1"), article_name("Vell flies", "nv-1")
    ('nv-1', 'Vell flies')
    """
    if title:
        return title
    if not key.startswith(HASH_KEY) or not opening:
        return key
    words = _DATELINE.sub("", " ".join(opening.split()), count=1).split()
    return " ".join(words[:NAME_WORDS]) + ("\u2026" if len(words) > NAME_WORDS else "")


def is_hash_key(key: str) -> bool:
    """Is this the key of an article known only by its text?"""
    return key.startswith(HASH_KEY)


def openings(store: Store, articles: Iterable[str]) -> dict[str, str]:
    """The first characters of those of the articles (IRIs) that are known only by their
    text, to name them by; one query, and none when every article has an id or URL."""
    unnamed = [NamedNode(a) for a in dict.fromkeys(articles) if is_hash_key(slug_of_article(a))]
    if not unnamed:
        return {}
    rows = store.select(_OPENINGS, {"article": unnamed})
    return {row["article"].value: row["opening"].value for row in rows}


def _same(piece: str, title: str | None) -> bool:
    return title is not None and " ".join(piece.split()) == " ".join(title.split())
