"""Questions answered in worker processes, so that they use every core.

Most of a question's work is Python (parsing it, planning, reading rows, rating and citing
the answers), which one process runs one thread at a time under its interpreter lock: four
clients got little more than one core. Each worker (:mod:`kg.questions.question_process`)
has its own spaCy pipeline and :class:`~kg.questions.Asker` over a read-only snapshot of the
store (a RocksDB checkpoint, as the SPARQL endpoint's workers use) and the live passage index.

The pool is the SPARQL endpoint's (:class:`~kg.store.query_pool.QueryWorkers`) with another
worker: a question over its time limit is stopped by killing its worker, a dead worker is
replaced in the background, and after a write the next question goes to a new snapshot, so
answers reflect it. Answers are kept here too, until the graph changes (the same question
asked again is not sent to a worker). A remote store is answered in the service's process
(its own server does the querying).
"""

from __future__ import annotations

import logging
import pickle
import threading
import time
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import IO, Any, ClassVar, Protocol, cast

from kg.errors import BadQuestion, StoreUnavailable
from kg.questions.answer import ANSWER_CACHE, MAX_QUESTION, Answer
from kg.store.query_pool import QueryWorkers, Worker, answered
from kg.store.query_process import receive

log = logging.getLogger(__name__)

#: Seconds a new worker may take to load its pipeline (about 1 s on a quiet machine).
STARTUP = 120.0


class Answerer(Protocol):
    """What the web service answers questions with (an :class:`~kg.questions.Asker`, or workers)."""

    def answer(self, question: str, *, about: Sequence[str] = ()) -> Answer: ...


@dataclass
class QuestionWorkers(QueryWorkers):
    """A pool of ``size`` processes answering questions over snapshots of the store, each
    stopped when a question runs past ``timeout`` seconds."""

    model: str | None = None
    max_length: int = MAX_QUESTION
    _answers: OrderedDict[tuple[str, tuple[str, ...]], Answer] = field(default_factory=OrderedDict, init=False)
    _answered_at: int | None = field(default=None, init=False)  # the generation the kept answers are of
    _answers_lock: threading.Lock = field(default_factory=threading.Lock, init=False)
    module: ClassVar[str] = "kg.questions.question_process"
    kind: ClassVar[str] = "question"
    suffix: ClassVar[str] = ".question-snapshots"

    def __post_init__(self) -> None:
        super().__post_init__()
        self.start()

    def start(self) -> None:
        """Start every worker now, in the background: one loads its pipeline in about a second
        (more on a busy machine), which no question should wait for."""
        with self._lock:
            missing, self._count = self.size - self._count, self.size
        for _ in range(missing):
            threading.Thread(target=self._respawn, daemon=True).start()

    def answer(self, question: str, *, about: Sequence[str] = ()) -> Answer:
        """The answer, from a worker (or kept from an earlier asking while the graph is the
        same). Raises :class:`BadQuestion`, :class:`~kg.errors.QueryTimeout` (the worker was
        stopped) or :class:`StoreUnavailable`."""
        if self._closed:
            raise StoreUnavailable("the question workers have been stopped")
        key = (" ".join(question.split()), tuple(about))
        generation = self.store.generation
        with self._answers_lock:
            known = self._answers.get(key) if self._answered_at == generation else None
        if known is not None:
            return known
        got, generation = self._in_worker({"question": question, "about": list(about)})
        answer = cast(Answer, got)
        with self._answers_lock:
            if self._answered_at != generation:
                self._answers.clear()
                self._answered_at = generation
            self._answers[key] = answer
            while len(self._answers) > ANSWER_CACHE:
                self._answers.popitem(last=False)
        return answer

    def examples(self, limit: int) -> list[str]:
        """Example questions the graph can answer, checked by answering them in a worker (so
        the service process needs no pipeline of its own for its front page)."""
        if self._closed:
            raise StoreUnavailable("the question workers have been stopped")
        return cast(list[str], self._in_worker({"examples": limit})[0])

    def _in_worker(self, request: dict[str, object]) -> tuple[object, int]:
        """A request done by a worker over the current snapshot (kept from pruning meanwhile):
        what the worker sent back, and the generation of the graph it was done on."""
        started = time.monotonic()
        snapshot = self._current_snapshot()
        try:
            reply, data, _ = self._ask({"snapshot": str(snapshot.path), **request}, started, "question")
        finally:
            with self._lock:
                snapshot.users -= 1
            self._prune()
        if not reply["ok"]:
            raise self._failure(reply, "question")
        return pickle.loads(data), snapshot.generation  # noqa: S301 - from our own worker process

    @staticmethod
    def _failure(reply: dict[str, Any], what: str) -> Exception:
        if reply["kind"] == "question":
            return BadQuestion(reply["error"])
        return QueryWorkers._failure(reply, what)

    def arguments(self) -> list[str]:
        passages = self.store.passages
        return [*(["--model", self.model] if self.model else []), "--max-length", str(self.max_length),
                *(["--passages", str(passages.path)] if passages is not None else [])]

    def prepare(self, worker: Worker) -> None:
        """Wait until the worker has loaded its pipeline (so its first question's time limit is
        the question's alone)."""
        stdout = cast(IO[bytes], worker.process.stdout)
        reply = receive(stdout) if answered(stdout, STARTUP) else None
        if reply is None or not reply[0].get("ready"):
            log.error("a question worker did not start (its output above says why)")
            raise StoreUnavailable("no question worker could be started; the error has been logged")
