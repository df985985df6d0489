"""A time limit that really stops the work: endpoint queries and updates run in worker processes.

pyoxigraph cannot cancel a running query, and a thread stuck in one cannot be freed. So
the SPARQL endpoint sends each query to a child process (:mod:`kg.store.query_process`) that has
the store open read-only on a snapshot (a RocksDB checkpoint: hard links, cheap). When a
query overruns the limit, its process is killed — the CPU and the request thread are free
at once — and a fresh worker takes its place. When the store has been written since the
snapshot, the next query makes a new one, so readers see their writes; a snapshot holds what
was committed, so a query never waits for a write in progress.

Only the service process can write the store (it holds the directory's lock), so an update is
first rehearsed: with the write lock held, a worker runs it on a throwaway copy of the store,
within the same time limit. A crash or an overrun kills that worker and nothing is written;
an update that completed there is then applied to the store (the engine is deterministic on
the same data, so it completes again). Updates cost about twice their run time for this.
The time limit counts from the start of evaluation; the time a request waited before it (for
a snapshot, a worker or the write lock) is reported apart.
"""

from __future__ import annotations

import logging
import os
import queue
import selectors
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, ClassVar, Protocol, cast

from kg.errors import BadQuery, QueryTimeout, ResultTooLarge, StoreUnavailable
from kg.store import Store
from kg.store.oxigraph import OxigraphStore
from kg.store.query_process import Output, receive, send

log = logging.getLogger(__name__)

__all__ = ["Output", "PassThrough", "QueryRunner", "QueryWorkers", "Worker", "answered", "query_runner"]


def answered(stream: IO[bytes], timeout: float) -> bool:
    """Has the worker written to ``stream`` within ``timeout`` seconds? Through the system's
    selector (epoll), not ``select()``, which fails on descriptors past 1,023: a service with
    many files open would refuse every query."""
    with selectors.DefaultSelector() as selector:
        selector.register(stream, selectors.EVENT_READ)
        return bool(selector.select(max(0.0, timeout)))


class QueryRunner(Protocol):
    """What the SPARQL endpoint runs queries with."""

    def run(self, sparql: str, *, results_type: str = ..., graph_type: str = ...,
            default_graphs: Sequence[str] = ..., named_graphs: Sequence[str] = ...,
            base_iri: str | None = ...) -> Output: ...

    def update(self, sparql: str, *, base_iri: str | None = ...) -> float:
        """Run an update; returns the seconds it waited before evaluation."""
        ...

    def close(self) -> None: ...


def query_runner(store: Store, *, size: int, timeout: float, max_rows: int | None,
                 max_bytes: int | None = None) -> QueryRunner:
    """Worker processes for the embedded store; the remote server itself for a remote one."""
    if isinstance(store, OxigraphStore):
        return QueryWorkers(store, size=size, timeout=timeout, max_rows=max_rows, max_bytes=max_bytes)
    return PassThrough(store, max_bytes=max_bytes)


@dataclass
class PassThrough:
    """Queries and updates sent on to a remote SPARQL server as they are (its own time and
    row limits apply); a result over ``max_bytes`` is refused (a remote format cannot be cut
    to whole rows without reading it all)."""

    store: Store
    max_bytes: int | None = None

    def run(self, sparql: str, *, results_type: str = "application/sparql-results+json",
            graph_type: str = "text/turtle", default_graphs: Sequence[str] = (),
            named_graphs: Sequence[str] = (), base_iri: str | None = None) -> Output:
        data, media_type = self.store.query_bytes(sparql, results_type=results_type, graph_type=graph_type,
                                                  default_graphs=default_graphs, named_graphs=named_graphs,
                                                  base_iri=base_iri)
        if self.max_bytes is not None and len(data) > self.max_bytes:
            raise ResultTooLarge(f"the result is larger than {self.max_bytes} bytes; "
                                 "add LIMIT/OFFSET to page through it")
        return Output(data, media_type, None)

    def update(self, sparql: str, *, base_iri: str | None = None) -> float:
        self.store.update(sparql, base_iri=base_iri)
        return 0.0

    def close(self) -> None:
        """Nothing to stop: the store is closed by its owner."""


def _widen(stream: IO[bytes] | None) -> None:
    """Give the pipe a results-sized buffer (Linux), so a worker writes its answer at once
    and is free for the next query while a request thread is still reading the last one."""
    try:
        import fcntl

        fcntl.fcntl(cast(IO[bytes], stream).fileno(), getattr(fcntl, "F_SETPIPE_SZ", 1031), _PIPE_BYTES)
    except (ImportError, OSError):  # other systems, or a lower pipe-max-size: the default buffer works
        pass


#: Pipe buffer for query results (Linux allows up to /proc/sys/fs/pipe-max-size, 1 MiB by default).
_PIPE_BYTES = 1 << 20


@dataclass
class Worker:
    """One worker process of a pool, and the snapshot it has open (None before its first request)."""

    process: subprocess.Popen[bytes]
    snapshot: Path | None = None

    @property
    def pid(self) -> int:
        return self.process.pid


@dataclass
class _Snapshot:
    path: Path
    generation: int
    users: int = 0


@dataclass
class QueryWorkers:
    """A pool of ``size`` worker processes answering SPARQL queries over snapshots of a store.

    Other pools run other workers by subclassing it: the class attributes below name the
    worker's module, and two methods are the extension points: :meth:`arguments` (the
    worker's command line) and :meth:`prepare` (what a new worker must do before it takes a
    request, such as loading a model)."""

    store: OxigraphStore
    size: int = 2
    timeout: float = 10.0
    max_rows: int | None = 10000
    max_bytes: int | None = None
    workdir: Path | None = None
    _idle: queue.LifoQueue[Worker] = field(default_factory=queue.LifoQueue, init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False)
    _count: int = field(default=0, init=False)
    _snapshots: list[_Snapshot] = field(default_factory=list, init=False)
    _serial: int = field(default=0, init=False)
    _closed: bool = field(default=False, init=False)
    #: The module a worker process runs, what it runs, and the suffix of its pool's snapshot directory.
    module: ClassVar[str] = "kg.store.query_process"
    kind: ClassVar[str] = "query"
    suffix: ClassVar[str] = ".snapshots"

    def __post_init__(self) -> None:
        if self.workdir is None:
            self.workdir = self.store.path.with_name(self.store.path.name + self.suffix)
        shutil.rmtree(self.workdir, ignore_errors=True)  # leftovers of a process that died
        self.workdir.mkdir(parents=True)

    def run(self, sparql: str, *, results_type: str = "application/sparql-results+json",
            graph_type: str = "text/turtle", default_graphs: Sequence[str] = (),
            named_graphs: Sequence[str] = (), base_iri: str | None = None) -> Output:
        """Run a query in a worker within the time limit; raises :class:`QueryTimeout`
        (the worker was killed), :class:`BadQuery` or ``ValueError`` (unusable media type)."""
        if self._closed:
            raise StoreUnavailable("the query workers have been stopped")
        started = time.monotonic()
        snapshot = self._current_snapshot()
        try:
            request = {"snapshot": str(snapshot.path), "sparql": sparql, "results_type": results_type,
                       "graph_type": graph_type, "default_graphs": tuple(default_graphs),
                       "named_graphs": tuple(named_graphs), "base_iri": base_iri, "max_rows": self.max_rows,
                       "max_bytes": self.max_bytes}
            reply, data, waited = self._ask(request, started, "query")
            if reply["ok"]:
                return Output(data, reply["media_type"], reply["rows"], reply["truncated"], reply["cut_by"], waited)
        finally:
            with self._lock:
                snapshot.users -= 1
            self._prune()
        raise self._failure(reply, "query")

    def update(self, sparql: str, *, base_iri: str | None = None) -> float:
        """Rehearse an update in a worker (see the module docstring), then apply it; returns
        the seconds it waited for the write lock and a worker. Raises :class:`QueryTimeout`
        or :class:`StoreUnavailable` (nothing written) or :class:`BadQuery`."""
        if self._closed:
            raise StoreUnavailable("the query workers have been stopped")
        started = time.monotonic()
        waited = 0.0

        def rehearse() -> None:
            nonlocal waited
            with self._lock:
                self._serial += 1
                assert self.workdir is not None
                copy = self.workdir / f"rehearsal-{self._serial}"
            try:
                self.store.snapshot(copy)
                reply, _, waited = self._ask({"rehearse": str(copy), "sparql": sparql, "base_iri": base_iri},
                                             started, "update")
            finally:
                shutil.rmtree(copy, ignore_errors=True)
            if not reply["ok"]:
                raise self._failure(reply, "update")

        self.store.update(sparql, base_iri=base_iri, rehearse=rehearse)
        return waited

    def _ask(self, request: dict[str, Any], started: float, what: str) -> tuple[dict[str, Any], bytes, float]:
        """Send a request to an idle worker and wait for its reply (header and result bytes)
        within the time limit, which starts once the worker has the request; also returns
        the seconds waited."""
        # Waiting for a worker is bounded apart: twice the time limit lets a runaway ahead be
        # stopped and replaced before a request queued behind it gives up.
        worker = self._acquire(time.monotonic() + 2 * self.timeout)
        waited = time.monotonic() - started
        try:
            send(cast(IO[bytes], worker.process.stdin), request)
            reply, data = self._await(worker, time.monotonic() + self.timeout, what, waited)
        except (OSError, EOFError) as error:
            self._discard(worker)
            log.error("a %s worker failed: %s", what, error)
            raise StoreUnavailable(f"the {what} stopped its worker process (it crashed); "
                                   + ("nothing was written" if what == "update" else f"try a simpler {what}")
                                   ) from error
        if "snapshot" in request:
            worker.snapshot = Path(request["snapshot"])
        self._idle.put(worker)
        return reply, data, waited

    @staticmethod
    def _failure(reply: dict[str, Any], what: str) -> Exception:
        """The error for a worker's refusal, without internal names or details."""
        if reply["kind"] == "syntax":
            return BadQuery(reply["error"])
        if reply["kind"] == "value":
            return ValueError(reply["error"])
        log.error("%s worker error: %s", what, reply["error"])
        return StoreUnavailable(f"the {what} failed in the store; the error has been logged")

    # ------------------------------------------------------------------ workers

    def _acquire(self, deadline: float) -> Worker:
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                with self._lock:
                    spawn = self._count < self.size
                    if spawn:
                        self._count += 1
                if spawn:
                    return self._spawn()
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise QueryTimeout(f"every query worker stayed busy for {2 * self.timeout:g} s") from None
                try:
                    worker = self._idle.get(timeout=remaining)
                except queue.Empty:
                    raise QueryTimeout(f"every query worker stayed busy for {2 * self.timeout:g} s") from None
            if worker.process.poll() is None:
                return worker
            self._discard(worker)

    def _spawn(self) -> Worker:
        """A new worker, prepared (see :meth:`prepare`); when it cannot be, its place in the pool is freed."""
        # One string-hashing seed for every worker (unless the service has one): set order then
        # agrees between workers, so a query is written the same whichever worker runs it.
        env = {"PYTHONHASHSEED": "0", **os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
        process = subprocess.Popen(  # noqa: S603 - our own module, no shell
            [sys.executable, "-m", self.module, *self.arguments()], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            env=env,
        )
        _widen(process.stdout)
        log.debug("started worker %d (%s)", process.pid, self.module)
        worker = Worker(process)
        try:
            self.prepare(worker)
        except BaseException:
            self._stop(worker)
            with self._lock:
                self._count -= 1  # the place it was to take is free again
            raise
        return worker

    def arguments(self) -> list[str]:
        """Extension point: the worker's command-line arguments (none: a query worker needs none)."""
        return []

    def prepare(self, worker: Worker) -> None:
        """Extension point: called on each new worker before it is given a request; raises
        (:class:`StoreUnavailable`) when the worker cannot serve. A query worker is ready at once."""

    def _respawn(self) -> None:
        worker = self._spawn()
        if self._closed:
            self._discard(worker, replace=False)
        else:
            self._idle.put(worker)

    def _await(self, worker: Worker, deadline: float, what: str = "query",
               waited: float = 0.0) -> tuple[dict[str, Any], bytes]:
        stdout = cast(IO[bytes], worker.process.stdout)
        remaining = deadline - time.monotonic()
        if not answered(stdout, remaining):
            self._discard(worker)
            queued = f" (after waiting {waited:.1f} s to start)" if waited >= 0.1 else ""
            undone = "; nothing was written" if what == "update" else ""
            raise QueryTimeout(f"the {what} ran longer than {self.timeout:g} s{queued} and was stopped{undone}")
        reply = receive(stdout)
        if reply is None:
            raise EOFError("the worker exited")
        return cast(dict[str, Any], reply[0]), reply[1]

    def _discard(self, worker: Worker, *, replace: bool = True) -> None:
        """Kill a worker (overrun or broken) and start its replacement in the background,
        so the next query does not wait for a process to start."""
        self._stop(worker)
        log.info("stopped %s worker %d", self.kind, worker.pid)
        if replace and not self._closed:
            threading.Thread(target=self._respawn, daemon=True).start()
        else:
            with self._lock:
                self._count -= 1

    @staticmethod
    def _stop(worker: Worker) -> None:
        worker.process.kill()
        worker.process.wait()
        for stream in (worker.process.stdin, worker.process.stdout):
            if stream is not None:
                stream.close()

    # ------------------------------------------------------------------ snapshots

    def _current_snapshot(self) -> _Snapshot:
        """The newest snapshot, made anew when the store has changed; marked as in use."""
        with self._lock:
            latest = self._snapshots[-1] if self._snapshots else None
            if latest is None or latest.generation != self.store.generation:
                self._serial += 1
                assert self.workdir is not None
                path = self.workdir / f"snapshot-{self._serial}"
                generation = self.store.generation
                started = time.perf_counter()
                self.store.snapshot(path)
                log.info("store snapshot %s in %.0f ms", path.name, 1000 * (time.perf_counter() - started))
                latest = _Snapshot(path, generation)
                self._snapshots.append(latest)
            latest.users += 1
            return latest

    def _prune(self) -> None:
        """Delete snapshots no query uses and no idle worker still has open."""
        with self._lock:
            open_paths = {w.snapshot for w in list(self._idle.queue)}
            keep = []
            for snap in self._snapshots[:-1]:
                if snap.users or snap.path in open_paths:
                    keep.append(snap)
                else:
                    shutil.rmtree(snap.path, ignore_errors=True)
            self._snapshots = keep + self._snapshots[-1:]

    def workers(self) -> list[int]:
        """Process ids of the idle workers (for tests and status)."""
        return [w.pid for w in list(self._idle.queue)]

    def close(self) -> None:
        """Stop every worker and remove the snapshots."""
        self._closed = True
        while True:
            try:
                self._discard(self._idle.get_nowait(), replace=False)
            except queue.Empty:
                break
        if self.workdir is not None:
            shutil.rmtree(self.workdir, ignore_errors=True)
