"""A first is also kept in the article's own words (``statedAs``): from its ordinal to the end
of its achievement, with the document's whitespace, never its words joined anew or its scope
re-phrased; none when the words hold other firsts or the achievement was told elsewhere."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract import Article, extract


def stated(nlp: Language, text: str) -> dict[str, str | None]:
    found = next(extract(nlp, [Article(text, published="2024-06-01", id="t")]))
    out: dict[str, str | None] = {}
    for f in found.facts:
        if f.predicate in ("holdsFirst", "holdsRank"):
            q = {k: getattr(v, "value", v) for k, v in f.qualifiers}
            out[str(q["firstScope"])] = q.get("statedAs")
    return out


@pytest.mark.parametrize(("text", "scope", "words"), [
    ("Dale Corbin became the first Canadian to operate the Vesta Station's robotic arm in space.", "Canada",
     "first Canadian to operate the Vesta Station's robotic arm in space"),
    ("Ardo Venn, the first European astronaut to set foot on the Vesta station, returned on Friday.", "European",
     "first European astronaut to set foot on the Vesta station"),
    ("Mira Solvay was the first woman to command the Vesta station.", "woman",
     "first woman to command the Vesta station"),
    ("Lena Hollis made history as the first Arab to perform a spacewalk.", "Arab",
     "first Arab to perform a spacewalk"),
    ("Kestrel Ossan became China's first astronaut in 2003.", "China", "China's first astronaut"),
    ("Ilya Sark became the second Kazakh in space in 1994.", "Kazakhstan", "second Kazakh in space"),
])
def test_a_first_in_the_articles_words(nlp: Language, text: str, scope: str, words: str) -> None:
    assert stated(nlp, text)[scope] == words


@pytest.mark.parametrize(("text", "scope"), [
    ("Ivo Tamm took command of the Vesta station, the first Dane to do so.", "Denmark"),  # told before it
    ("Dale Corbin, the first Latin American, the first person of African descent, and the first Cuban to fly in "
     "space, died on Monday.", "Latin America"),  # the words hold other firsts
])
def test_no_words_when_they_are_not_one_phrase(nlp: Language, text: str, scope: str) -> None:
    assert stated(nlp, text)[scope] is None
