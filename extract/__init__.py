"""Text to facts. Knows spaCy, not RDF.

``load_nlp()`` builds the pipeline once; ``extract()`` streams articles through it and
yields one :class:`~extract.facts.Extraction` per article, in input order.
"""

from __future__ import annotations

from extract.extensions import register

register()

from extract import text2kg  # noqa: E402  (the Text2KGBench adapter, for kg text2kg)
from extract.facts import Article, Entity, Evidence, Extraction, Fact, Literal, Mention, Term  # noqa: E402
from extract.pipeline import VERSION, extract, load_nlp  # noqa: E402
from extract.plausible import name_kind, plausible_name, unreadable  # noqa: E402

__all__ = [
    "VERSION", "Article", "Entity", "Evidence", "Extraction", "Fact", "Literal", "Mention", "Term",
    "extract", "load_nlp", "name_kind", "plausible_name", "text2kg", "unreadable",
]
