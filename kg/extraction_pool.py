"""Where extraction runs: in this process, in a pool of local processes, or (kg.cluster) on
a Dask cluster. :func:`kg.ingest.ingest` hands each an article batch and gets back the
batch's extractions in order; everything after extraction happens in the one writer.

A pool of our own processes instead of ``nlp.pipe(n_process=...)``: each worker turns its
docs into :class:`~extract.facts.Extraction` records itself, so only small picklable records
travel back (spaCy's own pool ships whole serialised docs to the parent, which then spends
its core deserialising them), and one article that breaks the pipeline fails alone.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
import threading
import warnings
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing.pool import AsyncResult
from typing import Protocol

from spacy.language import Language

from extract import Article, Extraction, extract, load_nlp
from kg.orphans import die_with_parent

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExtractionFailed:
    """An article the pipeline could not process, and why (picklable, like Extraction)."""

    article: Article
    reason: str


Outcome = Extraction | ExtractionFailed


class Pending(Protocol):
    """A batch on its way through extraction."""

    def result(self) -> list[Outcome]:
        """The batch's outcomes in input order (waits for them)."""
        ...


class Extractor(Protocol):
    """Runs article batches through the pipeline somewhere."""

    #: How many batches may be in flight at once (keeps every worker busy, memory bounded).
    window: int

    def submit(self, articles: Sequence[Article]) -> Pending:
        """Start extracting a batch."""
        ...

    def close(self) -> None:
        """Stop the workers."""
        ...


def extract_batch(nlp: Language, articles: Sequence[Article], batch_size: int = 32) -> list[Outcome]:
    """Every article's extraction; when the batch fails, articles are retried one by one so
    that only the article that breaks the pipeline fails, with the reason."""
    try:
        return list(extract(nlp, articles, batch_size=batch_size))
    except Exception:  # an extractor bug must not cost the whole batch
        log.warning("a batch of %d articles failed; retrying them one by one", len(articles))
    outcomes: list[Outcome] = []
    for article in articles:
        try:
            outcomes.extend(extract(nlp, [article]))
        except Exception as error:
            log.exception("cannot extract %s", article.origin or article.key)
            outcomes.append(ExtractionFailed(article, f"extraction failed: {type(error).__name__}: {error}"))
    return outcomes


@dataclass
class _Done:
    outcomes: list[Outcome]

    def result(self) -> list[Outcome]:
        return self.outcomes


class InProcess:
    """Extraction in the calling process (``--jobs 1``, the HTTP API)."""

    window = 1

    def __init__(self, nlp: Language, batch_size: int = 32) -> None:
        self.nlp, self.batch_size = nlp, batch_size

    def submit(self, articles: Sequence[Article]) -> Pending:
        """Extract now; the result is ready when this returns."""
        return _Done(extract_batch(self.nlp, articles, self.batch_size))

    def close(self) -> None:
        """Nothing to stop."""


# The pipeline of a pool worker, loaded once per process by the initializer.
_worker_nlp: Language | None = None


def _load_worker(nlp: Language | Model, parent: int) -> None:
    global _worker_nlp
    die_with_parent(parent)  # first: loading a model takes seconds, and the parent may die meanwhile
    _worker_nlp = load_nlp(nlp.name) if isinstance(nlp, Model) else nlp


@dataclass(frozen=True)
class Model:
    """A pipeline a worker process loads itself, by the model's name (None: the default
    model), so the process that starts the worker need not load one."""

    name: str | None = None


def _work(articles: Sequence[Article], batch_size: int) -> list[Outcome]:
    assert _worker_nlp is not None, "the worker's pipeline was not loaded"
    return extract_batch(_worker_nlp, articles, batch_size)


class _Async:
    def __init__(self, handle: AsyncResult[list[Outcome]]) -> None:
        self.handle = handle

    def result(self) -> list[Outcome]:
        return self.handle.get()


class ProcessPool:
    """Extraction in ``jobs`` worker processes, each holding a copy of the pipeline.

    Workers are forked where the platform can (as ``nlp.pipe(n_process=...)`` does): they
    start at once and share the loaded pipeline's memory. Elsewhere they are spawned and get
    the pipeline pickled (about 3 s more to start). Either way they run exactly the pipeline
    the caller built. Two batches per worker are kept in flight so none waits for work.
    Workers exit when the process that made them dies.
    """

    def __init__(self, nlp: Language, jobs: int, batch_size: int = 32) -> None:
        self.window = 2 * jobs
        self.batch_size = batch_size
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        with warnings.catch_warnings():
            # Python 3.12+ warns about forking a process that has threads (the store's); the
            # workers only parse and never touch the store, like spaCy's own n_process workers.
            warnings.simplefilter("ignore", DeprecationWarning)
            self._pool = multiprocessing.get_context(method).Pool(
                jobs, initializer=_load_worker, initargs=(nlp, os.getpid()))

    def submit(self, articles: Sequence[Article]) -> Pending:
        """Queue a batch for the next free worker."""
        return _Async(self._pool.apply_async(_work, (list(articles), self.batch_size)))

    def close(self) -> None:
        """Stop the workers (they hold no state worth waiting for)."""
        self._pool.terminate()
        self._pool.join()


class WorkerProcess:
    """Extraction in one worker process shared by many threads (the web service's ingest).

    Unlike :class:`ProcessPool`, it survives its worker: when the process dies (killed, out of
    memory on a huge article) the batch it held fails with the reason and a fresh process
    takes the next one, where a ``multiprocessing.Pool`` would wait for that batch forever.
    After ``recycle`` batches a fresh process replaces the old one, which finishes what it has
    and exits, so the memory one huge article made it take is given back. Given a
    :class:`Model`, each process loads the pipeline itself; given a pipeline, it gets a copy.
    """

    window = 1

    def __init__(self, nlp: Language | Model, batch_size: int = 32, recycle: int = 16) -> None:
        self.nlp, self.batch_size, self.recycle = nlp, batch_size, recycle
        self._lock = threading.Lock()
        self._executor, self.pid = self._start()
        self._batches = 0
        self._futures: set[Future[list[Outcome]]] = set()

    def _start(self) -> tuple[ProcessPoolExecutor, int]:
        """A new executor with its one process started (now, not under a request), and its pid."""
        # Spawned, never forked: the service starts it while other threads run questions through
        # the same pipeline, and a child forked while one of them holds a lock inside the
        # model's maths waits on that lock forever. Spawning costs seconds, once per recycle.
        executor = ProcessPoolExecutor(1, multiprocessing.get_context("spawn"), initializer=_load_worker,
                                       initargs=(self.nlp, os.getpid()))
        with warnings.catch_warnings():  # as in ProcessPool: the worker never touches the store
            warnings.simplefilter("ignore", DeprecationWarning)
            return executor, executor.submit(os.getpid).result()

    @property
    def in_flight(self) -> int:
        """Batches submitted and not yet extracted."""
        with self._lock:
            return sum(not f.done() for f in list(self._futures))

    def submit(self, articles: Sequence[Article]) -> Pending:
        """Queue a batch for the worker."""
        articles = list(articles)
        with self._lock:
            try:
                future = self._executor.submit(_work, articles, self.batch_size)
            except BrokenProcessPool:
                self._replace()
                future = self._executor.submit(_work, articles, self.batch_size)
            executor = self._executor
            self._batches += 1
            self._futures.add(future)
            future.add_done_callback(self._futures.discard)
            if self._batches >= self.recycle:
                self._replace()
        return _Future(future, articles, lambda: self._broken(executor))

    def _replace(self) -> None:
        """A fresh worker; the old one finishes the batches it was given, then exits."""
        old = self._executor
        (self._executor, self.pid), self._batches = self._start(), 0
        old.shutdown(wait=False)

    def _broken(self, executor: ProcessPoolExecutor) -> None:
        """Replace the worker after it died (once, however many batches noticed)."""
        with self._lock:
            if executor is self._executor:
                self._replace()

    def close(self) -> None:
        """Stop the worker now (a batch it holds is dropped; articles are written whole or not at all)."""
        with self._lock:
            executor, pid = self._executor, self.pid
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
        executor.shutdown(wait=True, cancel_futures=True)


@dataclass
class _Future:
    future: Future[list[Outcome]]
    articles: list[Article]
    broken: Callable[[], None]

    def result(self) -> list[Outcome]:
        try:
            return self.future.result()
        except BrokenProcessPool:
            log.error("the extraction worker died with a batch of %d articles", len(self.articles))
            self.broken()
            reason = ("the extraction worker process died while parsing this batch (out of memory? the "
                      "article may be too long); it was not loaded, try again or split it")
            return [ExtractionFailed(article, reason) for article in self.articles]
