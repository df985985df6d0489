"""What extraction reads from one invented article, in the forms the extraction tests compare.

Every extraction test writes a few sentences with invented names and checks the keys
(:mod:`extract.gold`) of the facts read from them: one helper says how such an article is
made, and each test module names its own page date."""

from __future__ import annotations

from spacy.language import Language

from extract import Article, extract
from extract.gold import Key, entailed, extracted_keys


def keys(nlp: Language, text: str, published: str | None = "2031-06-10") -> set[Key]:
    """The keys of every fact read from ``text`` published on ``published``, with the broader
    facts they entail (a launch companion is also someone who flew with them)."""
    return entailed(extracted_keys(next(extract(nlp, [Article(text, published=published, id="t")]))))


def triples(nlp: Language, text: str, published: str | None = "2031-06-10",
            reported: bool = False, kind: str | None = None) -> set[tuple[str, str, str]]:
    """Subject, predicate and object of each key; with ``reported``, only facts told as done;
    with ``kind``, only facts of that predicate."""
    return {k[:3] for k in keys(nlp, text, published)
            if (not reported or k[3] == "reported") and (kind is None or k[1] == kind)}
