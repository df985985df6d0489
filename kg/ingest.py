"""Loading articles: sources -> extraction -> entity resolution -> RDF -> the store.

Articles stream through in batches. An unchanged article (same content hash) is skipped
before it is parsed. Each article is written atomically, and one that fails is reported
with its origin and reason while the others still load. :func:`ingest` returns an
:class:`IngestReport` instead of raising, because partial failure is normal here.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from itertools import islice
from typing import Literal

from spacy.language import Language

from extract import Article, Extraction, extract
from kg.iris import article_iri, slug_of_article
from kg.mapping import ArticleGraph, to_graph
from kg.resolve import articles_to_reconcile, full_names, new_name_words, resolve, stored_article
from kg.sources import Item, Problem
from kg.store import Store

log = logging.getLogger(__name__)

Status = Literal["loaded", "replaced", "unchanged", "failed"]


@dataclass(frozen=True)
class ArticleResult:
    """What happened to one input."""

    origin: str
    status: Status
    article: str | None = None  # the article's id in the graph (as in /article/<id>)
    facts: int = 0
    reason: str | None = None


@dataclass
class IngestReport:
    """The outcome of one ingest run, for the summary, ``--report`` and the HTTP API."""

    results: list[ArticleResult] = field(default_factory=list)
    words: int = 0
    seconds: float = 0.0

    def count(self, status: Status) -> int:
        """How many inputs ended with this status."""
        return sum(1 for r in self.results if r.status == status)

    @property
    def failed(self) -> list[ArticleResult]:
        """The inputs that could not be loaded."""
        return [r for r in self.results if r.status == "failed"]

    def as_dict(self) -> dict[str, object]:
        """Counts, rates and the failures, as JSON-ready data."""
        return {
            "loaded": self.count("loaded"),
            "replaced": self.count("replaced"),
            "unchanged": self.count("unchanged"),
            "failed": self.count("failed"),
            "words": self.words,
            "seconds": round(self.seconds, 3),
            "words_per_second": round(self.words / self.seconds, 1) if self.seconds else 0.0,
            "failures": [asdict(r) for r in self.failed],
            "articles": [asdict(r) for r in self.results if r.status != "failed"],
        }


Progress = Callable[[ArticleResult], None]


def ingest(
    store: Store,
    nlp: Language,
    items: Iterable[Item],
    *,
    batch_size: int = 32,
    n_process: int = 1,
    progress: Progress | None = None,
) -> IngestReport:
    """Load articles into the store, reporting each one through ``progress``."""
    report = IngestReport()
    started = time.perf_counter()

    def record(result: ArticleResult) -> None:
        report.results.append(result)
        if result.status == "failed":
            log.warning("skipped %s: %s", result.origin, result.reason)
        if progress is not None:
            progress(result)

    for batch in _batches(items, batch_size):
        articles: list[Article] = []
        for item in batch:
            if isinstance(item, Problem):
                record(ArticleResult(item.origin, "failed", reason=item.reason))
            else:
                articles.append(item)
        for result in _ingest_batch(store, nlp, articles, n_process, report):
            record(result)
    report.seconds = time.perf_counter() - started
    return report


def graph_for(store: Store, extraction: Extraction) -> ArticleGraph:
    """The article graph of an extraction, its entities resolved against the store."""
    return to_graph(extraction, resolve(store, extraction))


def _ingest_batch(
    store: Store, nlp: Language, articles: list[Article], n_process: int, report: IngestReport
) -> Iterator[ArticleResult]:
    iris = [article_iri(a.key) for a in articles]
    stored = store.article_hashes(iris)
    todo = []
    for article, iri in zip(articles, iris, strict=True):
        if stored.get(iri.value) == article.content_hash:
            yield ArticleResult(_origin(article), "unchanged", slug_of_article(iri.value))
        else:
            todo.append(article)
    graphs: list[ArticleGraph] = []
    done: list[Article] = []
    extractions: list[Extraction] = []
    for extraction in extract(nlp, todo, n_process=n_process):
        extractions.append(extraction)
        report.words += extraction.words
        article = extraction.article
        try:
            graphs.append(graph_for(store, extraction))
            done.append(article)
        except Exception as error:  # an extractor bug must not stop the batch
            log.exception("cannot map %s", _origin(article))
            yield ArticleResult(_origin(article), "failed", reason=f"internal error: {error}")
    words = new_name_words(store, full_names(extractions))
    try:
        outcomes = store.write(graphs)
    except Exception as error:
        log.exception("cannot write a batch of %d articles", len(graphs))
        for article in done:
            yield ArticleResult(_origin(article), "failed", reason=f"store error: {error}")
        return
    for article, graph, outcome in zip(done, graphs, outcomes, strict=True):
        yield ArticleResult(
            _origin(article), outcome, slug_of_article(graph.iri.value),
            facts=graph.stated,
        )
    reconcile(store, nlp, words)


def reconcile(store: Store, nlp: Language, words: set[str]) -> int:
    """Resolve again the stored articles that name someone only by one of these words, now
    that the graph knows more full names (see :mod:`kg.resolve`); returns how many.

    Each is read back from the store, removed, extracted and resolved again without its own
    earlier links, and rewritten, so the graph ends the same whatever order the articles came
    in."""
    iris = articles_to_reconcile(store, words)
    articles = [a for a in (stored_article(store, iri) for iri in iris) if a is not None]
    for extraction in extract(nlp, articles):
        store.delete([article_iri(extraction.article.key)])  # first, so its old links do not vote
        store.write([graph_for(store, extraction)])
    if articles:
        log.info("resolved %d article(s) again for the names %s", len(articles), ", ".join(sorted(words)))
    return len(articles)


def _origin(article: Article) -> str:
    return article.origin or article.key


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch
