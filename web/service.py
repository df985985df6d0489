"""What the app shares between request threads: settings, the store, the spaCy pipeline
(loaded once, on first use), the question engine and its worker processes, the SPARQL query
runner, the ingest worker process and ingest jobs.

With question workers (the embedded store), this process loads no pipeline of its own:
questions and the front page's example questions are answered by the workers, ingest by its
own worker process, and the entity pages need only the entity index. It loads one only to
answer in this process (a remote store, or no workers)."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar, cast

from kg.config import Settings
from kg.store import Store

if TYPE_CHECKING:
    from spacy.language import Language

    from kg.extraction_pool import WorkerProcess
    from kg.questions import Asker
    from kg.questions.question_pool import Answerer, QuestionWorkers
    from kg.questions.vocabulary import Vocabulary
    from kg.store.query_pool import QueryRunner
    from web.jobs import Jobs

T = TypeVar("T")

#: Batches an ingest worker process runs before a fresh one replaces it (gives memory back).
RECYCLE = 16

#: How often a thread waiting for Python's interpreter lock gets it (Python's default: 5 ms).
#: pyoxigraph lets the lock go while it finds each solution row and must take it back for the
#: next, so under the default a question's query waited up to 5 ms per row whenever another
#: request was parsing: a 20-row query took 215 ms instead of 55 (0.5 ms: about 65).
SWITCH_INTERVAL = 0.0005


class Service:
    """One per app; every lazily made part is made once, even when two requests ask at once."""

    def __init__(self, settings: Settings, store: Store) -> None:
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL))
        self.settings = settings
        self.store = store
        #: One question at a time runs this process's spaCy pipeline (ingest has its own process).
        self.nlp_lock = threading.Lock()
        self._make_lock = threading.RLock()
        self._made: dict[str, object] = {}

    def _once(self, name: str, make: Callable[[], T]) -> T:
        if name not in self._made:
            with self._make_lock:
                if name not in self._made:
                    self._made[name] = make()
        return self._made[name]  # type: ignore[return-value]

    @property
    def made(self) -> set[str]:
        """The names of the parts made so far (nlp, asker, question_workers, sparql, jobs)."""
        return set(self._made)

    def use_nlp(self, nlp: Language) -> None:
        """Use a pipeline this process has already loaded (tests share one per session)."""
        with self._make_lock:
            self._made.setdefault("nlp", nlp)

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline, loaded once per process (about a second)."""
        from extract import load_nlp

        return self._once("nlp", lambda: load_nlp(self.settings.model))

    @property
    def asker(self) -> Asker:
        """The question engine (keeps the entity index between questions)."""
        from kg.questions import Asker

        # The pipeline is loaded on the first question it parses, not for the entity index.
        return self._once("asker", lambda: Asker(self.store, lambda: self.nlp, max_length=self.settings.max_question,
                                                 nlp_lock=self.nlp_lock))

    @property
    def answerer(self) -> Answerer:
        """What answers questions: the question workers, else the asker in this process."""
        workers = self.question_workers
        return workers if workers is not None else self.asker

    def examples(self, limit: int) -> list[str]:
        """Example questions the graph can answer, checked where questions are answered."""
        workers = self.question_workers
        return workers.examples(limit) if workers is not None else self.asker.examples(limit)

    @property
    def question_workers(self) -> QuestionWorkers | None:
        """Worker processes that answer questions, each with its own pipeline, so questions use
        every core and one over its time limit can be stopped; None for a remote store or with
        ``question_workers`` 0 (questions are answered in this process)."""
        from kg.questions.question_pool import QuestionWorkers
        from kg.store.oxigraph import OxigraphStore

        s, store = self.settings, self.store
        if s.question_workers <= 0 or not isinstance(store, OxigraphStore):
            return None
        return self._once("question_workers", lambda: QuestionWorkers(store, size=s.question_workers,
                                                                      timeout=s.question_timeout, model=s.model,
                                                                      max_length=s.max_question))

    @property
    def vocabulary(self) -> Vocabulary:
        """The ontology's words, for pages that show facts (no spaCy model needed)."""
        from kg.questions.vocabulary import vocabulary

        return vocabulary()

    @property
    def sparql(self) -> QueryRunner:
        """The SPARQL endpoint's query runner (worker processes for the embedded store)."""
        from kg.store.query_pool import query_runner

        s = self.settings
        return self._once("sparql", lambda: query_runner(self.store, size=s.query_workers, timeout=s.query_timeout,
                                                         max_rows=s.max_rows, max_bytes=s.max_response_bytes))

    @property
    def extractor(self) -> WorkerProcess:
        """The ingest worker process: it loads its own pipeline (this process need not have
        one), so extracting a huge article never holds the lock questions wait for; it dies with us."""
        from kg.extraction_pool import Model, WorkerProcess

        return self._once("extractor", lambda: WorkerProcess(Model(self.settings.model), batch_size=8,
                                                             recycle=RECYCLE))

    @property
    def jobs(self) -> Jobs:
        """Background ingest jobs (those left unfinished by a previous run resume now)."""
        from web.jobs import Jobs

        return self._once("jobs", lambda: Jobs(self, self.settings.data_dir / "jobs"))

    def resume_jobs(self) -> None:
        """Start the ingest jobs an earlier run of the service left unfinished, if any."""
        from web.jobs import JobFiles

        if JobFiles(self.settings.data_dir / "jobs").unfinished():
            self.jobs  # noqa: B018 - making the jobs resumes them

    def start_question_workers(self) -> None:
        """Start the question workers now, in the background (``kg serve`` does, so that the
        first question does not wait for them to load their pipelines); nothing to start when
        questions are answered in this process (its pipeline loads on the first question)."""
        self.question_workers  # noqa: B018 - making the worker pool starts its workers

    def close(self) -> None:
        """Stop background work and close the store."""
        if "jobs" in self._made:
            self.jobs.close()
        if "extractor" in self._made:
            self.extractor.close()
        if "sparql" in self._made:
            self.sparql.close()
        if "question_workers" in self._made:
            cast("QuestionWorkers", self._made["question_workers"]).close()
        self.store.close()
