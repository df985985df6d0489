"""Text to facts. Knows spaCy, not RDF.

``load_nlp()`` builds the pipeline once; ``extract()`` streams articles through it and
yields one :class:`~extract.facts.Extraction` per article, in input order.
"""

from __future__ import annotations

from extract.facts import Article, Entity, Evidence, Extraction, Fact, Literal, Mention, Term
from extract.pipeline import VERSION, extract, load_nlp

__all__ = [
    "VERSION", "Article", "Entity", "Evidence", "Extraction", "Fact", "Literal", "Mention", "Term",
    "extract", "load_nlp",
]
