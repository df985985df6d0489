"""Loading articles: sources -> extraction -> entity resolution -> RDF -> the store.

Articles stream through in batches and nothing holds the corpus: the reader is lazy, a
bounded number of batches is in flight, and the report keeps counts and failures only.

* Identity: an article's id, else its URL, else a hash of its text. An unchanged article
  (same content hash in the store) is skipped before it is parsed; a changed one replaces
  its own named graph and nothing else.
* Atomicity: the extractions of as many batches as are in flight at once go to one
  ``Store.write``, which writes every article atomically, so a run killed at any point leaves
  whole articles only, and running it again loads the rest. Large writes cost the embedded
  store less per article (see :data:`kg.store.oxigraph.BULK_QUADS`) and resolve in one query.
* Order independence: a bare name ("Kelly") is resolved only against people the graph
  knows by a full name, and after each batch the stored articles whose bare names a newly
  written full name could explain are extracted and resolved again (:func:`reconcile`), so
  the graph ends the same whatever the order of the inputs, the batch size or the number of
  processes (docs/decisions/entity-resolution.md).
* Partial failure is normal: :func:`ingest` returns an :class:`IngestReport` instead of
  raising, and every input that fails is reported with its origin and reason.
"""

from __future__ import annotations

import gc
import logging
import re
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from itertools import chain, islice
from typing import Literal, NamedTuple, TypeVar

from spacy.language import Language

from extract import Article, Extraction
from kg.extraction_pool import ExtractionFailed, Extractor, InProcess, Pending, ProcessPool
from kg.iris import article_iri, slug_of_article
from kg.mapping import ArticleGraph, Resolved, to_graph
from kg.resolve import articles_to_reconcile, full_names, new_name_words, resolve, resolve_all, stored_article
from kg.sources import Item, Note, Problem
from kg.store import Store

log = logging.getLogger(__name__)

Status = Literal["loaded", "replaced", "unchanged", "failed"]
STATUSES: tuple[Status, ...] = ("loaded", "replaced", "unchanged", "failed")
T = TypeVar("T")


@dataclass(frozen=True)
class ArticleResult:
    """What happened to one input."""

    origin: str
    status: Status
    article: str | None = None  # the article's id in the graph (as in /article/<id>)
    facts: int = 0
    reason: str | None = None
    words: int = 0

    def where(self) -> dict[str, object]:
        """The origin as file and line (JSON Lines) or item (JSON lists), for reports."""
        match = re.fullmatch(r"(.*?)(?::(\d+)|\[(\d+)\])?", self.origin)
        assert match is not None
        file, line, item = match.groups()
        place: dict[str, object] = {"file": file}
        if line:
            place["line"] = int(line)
        if item:
            place["item"] = int(item)
        return place


@dataclass
class IngestReport:
    """The outcome of one ingest run, for the summary, ``--report`` and the HTTP API.

    Counts and failures only, unless ``keep_results``: a bulk load of millions of articles
    must not keep a record per article.
    """

    keep_results: bool = True
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUSES, 0))
    failed: list[ArticleResult] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    results: list[ArticleResult] = field(default_factory=list)
    words: int = 0
    seconds: float = 0.0

    def add(self, result: ArticleResult) -> None:
        """Count one result (and keep it when asked to, or when it failed)."""
        self.counts[result.status] += 1
        self.words += result.words
        if result.status == "failed":
            self.failed.append(result)
        if self.keep_results:
            self.results.append(result)

    def record(self, result: ArticleResult, progress: Progress | None = None) -> None:
        """Count a result, log a failure, and tell ``progress``: what every loader does per article."""
        self.add(result)
        if result.status == "failed":
            log.warning("skipped %s: %s", result.origin, result.reason)
        if progress is not None:
            progress(result)

    def count(self, status: Status) -> int:
        """How many inputs ended with this status."""
        return self.counts[status]

    @property
    def articles(self) -> int:
        """Inputs handled, whatever happened to them."""
        return sum(self.counts.values())

    def as_dict(self) -> dict[str, object]:
        """Counts, rates, failures (file, line, reason) and notes, as JSON-ready data."""
        data: dict[str, object] = {
            **self.counts,
            "words": self.words,
            "seconds": round(self.seconds, 3),
            "articles_per_second": round(self.articles / self.seconds, 2) if self.seconds else 0.0,
            "words_per_second": round(self.words / self.seconds, 1) if self.seconds else 0.0,
            "failures": [{**r.where(), "origin": r.origin, "reason": r.reason} for r in self.failed],
            "notes": [asdict(n) for n in self.notes],
        }
        if self.keep_results:
            data["articles"] = [asdict(r) for r in self.results if r.status != "failed"]
        return data


Progress = Callable[[ArticleResult], None]


def ingest(
    store: Store,
    nlp: Language | Extractor,
    items: Iterable[Item],
    *,
    batch_size: int = 32,
    n_process: int = 1,
    progress: Progress | None = None,
    keep_results: bool = True,
    write_size: int | None = None,
) -> IngestReport:
    """Load articles into the store, reporting each one through ``progress``.

    ``nlp`` is a pipeline (run here, or in ``n_process`` worker processes; input that fits
    in one batch is parsed here, where starting workers would cost more than it saves) or an
    :class:`~kg.extraction_pool.Extractor` that runs it elsewhere (a Dask cluster). Parsed
    batches are resolved and written together once they hold ``write_size`` articles (by
    default as many as the extractor keeps in flight: 128 for two processes and batches of 32),
    and reported in groups of that size; once every batch is handed out, each is written as it
    comes back, so little is left to write when the parse ends. The store's cost per article
    falls with the size of a write (2.5 ms of CPU at 128 articles against 4 at 32) and ingest
    shares the cores with the parse workers, so each millisecond saved here goes to the parse.
    """
    started = time.perf_counter()
    batches = _lookahead(_batches(items, batch_size))
    first = next(batches, None)
    if first is None:
        return IngestReport(keep_results)
    with _spare_long_lived():
        if isinstance(nlp, Language):
            parallel = n_process > 1 and not first[1]
            extractor: Extractor = ProcessPool(nlp, n_process, batch_size) if parallel else InProcess(nlp, batch_size)
            owned = True
        else:
            extractor, owned = nlp, False
        try:
            size = write_size or batch_size * extractor.window
            run = _Run(store, extractor, progress, IngestReport(keep_results), size)
            report = run.over(chain([first], batches))
            report.seconds = time.perf_counter() - started  # worker start-up included
            return report
        finally:
            if owned:
                extractor.close()


@contextmanager
def _spare_long_lived() -> Iterator[None]:
    """Keep Python's cyclic garbage collector off what the process held before the run.

    Each full collection walks every object tracked (the loaded pipeline, the imports: about
    100,000), and a run's extractions and graphs, which live through a few collections each,
    set off one every two writes or so: measured at 0.85 ms of the writer's CPU per article,
    0.2 with those objects frozen out of the collector's reach for the run. Frozen before the
    pool forks, they also stay shared with the parse workers. Nothing is kept: the collector
    takes them back at the end, and cycles among them are freed then."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def graph_for(store: Store, extraction: Extraction) -> ArticleGraph:
    """The article graph of an extraction, its entities resolved against the store."""
    return to_graph(extraction, resolve(store, extraction))


def reconcile(store: Store, extractor: Extractor, words: set[str]) -> int:
    """Resolve again the stored articles that name someone only by one of these words, now
    that the graph knows more full names (see :mod:`kg.resolve`); returns how many.

    Each is read back from the store, extracted again, removed (so that its own earlier links
    do not vote) and rewritten."""
    iris = articles_to_reconcile(store, words)
    articles = [a for a in (stored_article(store, iri) for iri in iris) if a is not None]
    if not articles:
        return 0
    for extraction in extractor.submit(articles).result():
        if isinstance(extraction, ExtractionFailed):
            log.warning("cannot resolve %s again: %s", extraction.article.key, extraction.reason)
            continue
        store.delete([article_iri(extraction.article.key)])
        store.write([graph_for(store, extraction)])
    log.info("resolved %d article(s) again for the names %s", len(articles), ", ".join(sorted(words)))
    return len(articles)


class _Written(NamedTuple):
    """A batch on its way into the store: its graphs, the bare-name words its new full names
    may explain, and the write's outcome per article."""

    graphs: list[tuple[ArticleGraph, Extraction]]
    words: set[str]
    statuses: Future[list[tuple[Status, str | None]]]


@dataclass
class _Run:
    """One ingest run: batches in, a bounded number in flight, one writer.

    Parsed batches are gathered until they hold ``write_size`` articles, then resolved and
    written as one. The store write (Oxigraph's runs without Python's interpreter lock
    and is mostly waiting on RocksDB) happens in a writer thread while this thread collects
    the next extractions and keeps the workers fed. A batch is resolved only once the batch
    before it is written, so resolution sees the graph as if everything ran in order.
    """

    store: Store
    extractor: Extractor
    progress: Progress | None
    report: IngestReport
    write_size: int
    _writer: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(1, thread_name_prefix="astrokg-writer"), init=False)
    _writing: _Written | None = field(default=None, init=False)

    def over(self, batches: Iterable[tuple[list[Item], bool]]) -> IngestReport:
        """Run every batch (with whether it is the last) through extraction and the writer."""
        pending: deque[Pending] = deque()
        parsed: list[Extraction | ExtractionFailed] = []
        try:
            for batch, last in batches:
                todo = self._prepare(batch)
                if todo:
                    pending.append(self.extractor.submit(todo))
                while len(pending) >= self.extractor.window or (last and pending):
                    parsed.extend(pending.popleft().result())
                    # Once the input is all handed out, each batch is written as it comes, so the
                    # writes overlap the parse of the batches still out rather than follow it.
                    if len(parsed) >= self.write_size or last:
                        self._finish(parsed)
                        parsed = []
            if parsed:
                self._finish(parsed)
            self._settle()
        finally:
            self._writer.shutdown(wait=True)
        return self.report

    def _record(self, result: ArticleResult) -> None:
        self.report.record(result, self.progress)

    def _prepare(self, batch: list[Item]) -> list[Article]:
        """Report problems and unchanged articles; return the articles to parse."""
        articles: list[Article] = []
        for item in batch:
            if isinstance(item, Problem):
                self._record(ArticleResult(item.origin, "failed", reason=item.reason))
            elif isinstance(item, Note):
                self.report.notes.append(item)
            elif not item.text.strip():
                self._record(ArticleResult(_origin(item), "failed", reason="the article has no text"))
            else:
                articles.append(item)
        iris = [article_iri(a.key) for a in articles]
        stored = self.store.article_hashes(iris)
        todo = []
        for article, iri in zip(articles, iris, strict=True):
            if stored.get(iri.value) == article.content_hash:
                self._record(ArticleResult(_origin(article), "unchanged", slug_of_article(iri.value)))
            else:
                todo.append(article)
        return todo

    def _finish(self, outcomes: list[Extraction | ExtractionFailed]) -> None:
        """Resolve and map a batch's extractions once the batch before is written, then
        start writing them in one call (see :meth:`_settle` for what follows the write)."""
        self._settle()
        extractions: list[Extraction] = []
        for outcome in outcomes:
            if isinstance(outcome, ExtractionFailed):
                self._record(ArticleResult(_origin(outcome.article), "failed", reason=outcome.reason))
            else:
                extractions.append(outcome)
        try:  # one query for the whole batch's labels and bare names
            resolutions: list[dict[str, Resolved] | None] = list(resolve_all(self.store, extractions))
        except Exception:
            log.exception("cannot resolve a batch of %d articles; resolving them one by one", len(extractions))
            resolutions = [None] * len(extractions)
        graphs: list[tuple[ArticleGraph, Extraction]] = []
        for outcome, resolved in zip(extractions, resolutions, strict=True):
            try:
                graph = graph_for(self.store, outcome) if resolved is None else to_graph(outcome, resolved)
                graphs.append((graph, outcome))
            except Exception as error:  # a mapping bug must not stop the batch
                log.exception("cannot map %s", _origin(outcome.article))
                self._record(ArticleResult(_origin(outcome.article), "failed", reason=f"internal error: {error}"))
        if not graphs:
            return
        words = new_name_words(self.store, full_names(e for _, e in graphs))
        self._writing = _Written(graphs, words, self._writer.submit(self._write, [g for g, _ in graphs]))

    def _settle(self) -> None:
        """Wait for the batch being written, report it, then resolve again the stored
        articles that the batch's new full names may explain."""
        if self._writing is None:
            return
        writing, self._writing = self._writing, None
        statuses = writing.statuses.result()
        log.debug("wrote a batch of %d articles", len(writing.graphs))
        for (graph, extraction), (status, reason) in zip(writing.graphs, statuses, strict=True):
            self._record(ArticleResult(_origin(extraction.article), status, slug_of_article(graph.iri.value),
                                       facts=graph.stated if status != "failed" else 0, reason=reason,
                                       words=extraction.words))
        if writing.words:
            reconcile(self.store, self.extractor, writing.words)

    def _write(self, graphs: list[ArticleGraph]) -> list[tuple[Status, str | None]]:
        """One write for the batch; when it fails, article by article, so only the article
        the store refuses fails."""
        try:
            return [(outcome, None) for outcome in self.store.write(graphs)]
        except Exception:
            log.exception("cannot write a batch of %d articles; writing them one by one", len(graphs))
        statuses: list[tuple[Status, str | None]] = []
        for graph in graphs:
            try:
                statuses.extend((outcome, None) for outcome in self.store.write([graph]))
            except Exception as error:
                statuses.append(("failed", f"store error: {error}"))
        return statuses


def _origin(article: Article) -> str:
    return article.origin or article.key


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _lookahead(iterable: Iterable[T]) -> Iterator[tuple[T, bool]]:
    """Each element with whether it is the last."""
    iterator = iter(iterable)
    try:
        previous = next(iterator)
    except StopIteration:
        return
    for element in iterator:
        yield previous, False
        previous = element
    yield previous, True
