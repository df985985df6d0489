"""Loading articles sent over HTTP, through the same ``kg.ingest.ingest`` as ``kg ingest``.

A few articles are loaded while the client waits; more become a background job that one
thread works through in small chunks, reporting progress and per-article results at
/api/jobs/<id>. Either way the spaCy work happens in the service's ingest worker process,
never under the lock that questions take, so a huge article cannot stall questions.

Jobs are written to ``DATA_DIR/jobs/<id>/``: ``articles.jsonl`` (what to load) and
``job.json`` (status, results, and the next chunk to run), saved after every chunk. A
service that restarts resumes the jobs it did not finish; a chunk cut short is run again,
which is safe because loading an article is idempotent (an unchanged one is skipped).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extract import Article
from kg.ingest import ArticleResult, IngestReport, ingest
from kg.sources import Item, Note, Problem, read_bytes
from web.errors import Problem as HTTPProblem

if TYPE_CHECKING:
    from web.service import Service

log = logging.getLogger(__name__)

#: Media types of a request body holding many articles, one JSON object per line.
NDJSON = ("application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines",
          "application/jsonlines")
#: Articles in one chunk of a background job (saved after each).
CHUNK = 8
#: Finished jobs remembered.
KEEP = 200
#: Characters of a job id (hexadecimal).
ID_LENGTH = 16


def read_articles(body: bytes, mimetype: str, max_article: int) -> list[Item]:
    """The articles in a request body: one JSON object (or a JSON list), or NDJSON. An
    article longer than ``max_article`` characters becomes a per-article failure."""
    if not body.strip():
        raise HTTPProblem(400, "the request body is empty; send one article as JSON "
                               '{"text": ..., "title"?, "url"?, "published"?, "id"?} or many as NDJSON')
    if mimetype in NDJSON:
        items = list(read_bytes(body, ".jsonl", "request"))
    elif mimetype == "application/json":
        items = list(read_bytes(body, ".json", "request"))
    else:
        raise HTTPProblem(415, f"cannot read articles from {mimetype or 'a body without Content-Type'}; send "
                               f"application/json (one article or a list) or application/x-ndjson (one per line)")
    return [_within(item, max_article) for item in items]


def _within(item: Item, max_article: int) -> Item:
    if isinstance(item, Article) and len(item.text) > max_article:
        return Problem(item.origin or "request",
                       f"the article has {len(item.text):,} characters, more than the service's limit of "
                       f"{max_article:,} (KG_MAX_ARTICLE); split it into several articles, or load it with "
                       "kg ingest while the service is stopped")
    return item


@dataclass
class Job:
    """One background ingest."""

    id: str
    total: int
    status: str = "queued"  # queued, running, done, failed
    results: list[ArticleResult] = field(default_factory=list)
    created: float = field(default_factory=time.time)
    finished: float | None = None
    error: str | None = None
    next: int = 0  # the index of the first input not yet run

    @property
    def url(self) -> str:
        return f"/api/jobs/{self.id}"

    def as_dict(self) -> dict[str, object]:
        counts = {s: sum(1 for r in self.results if r.status == s) for s in ("loaded", "replaced", "unchanged",
                                                                             "failed")}
        return {"id": self.id, "url": self.url, "status": self.status, "total": self.total,
                "done": len(self.results), **counts, "error": self.error,
                "created": _iso(self.created), "finished": _iso(self.finished) if self.finished else None,
                "results": [asdict(r) for r in self.results]}

    def state(self) -> dict[str, object]:
        """What ``job.json`` holds."""
        return {"id": self.id, "total": self.total, "status": self.status, "created": self.created,
                "finished": self.finished, "error": self.error, "next": self.next,
                "results": [asdict(r) for r in self.results]}

    @classmethod
    def from_state(cls, data: dict[str, Any]) -> Job:
        return cls(str(data["id"]), int(data["total"]), str(data["status"]),
                   [ArticleResult(**r) for r in data["results"]], float(data["created"]), data["finished"],
                   data["error"], int(data["next"]))


def _iso(seconds: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))


def is_job_id(text: str) -> bool:
    """Could this be a job id? (Anything else is never looked up on disk.)"""
    return len(text) == ID_LENGTH and all(c in "0123456789abcdef" for c in text)


class JobFiles:
    """The jobs folder of a data directory: one folder per job."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _dir(self, job_id: str) -> Path:
        return self.folder / job_id

    def create(self, job: Job, items: list[Item]) -> None:
        """Write the job's inputs and its state before the client is told it exists."""
        folder = self._dir(job.id)
        folder.mkdir(parents=True, exist_ok=True)
        with (folder / "articles.jsonl").open("w", encoding="utf-8") as handle:
            for item in items:
                handle.write(json.dumps(_item_record(item), ensure_ascii=True) + "\n")
        self.save(job)

    def save(self, job: Job) -> None:
        """Replace the job's state atomically (a crash leaves the old one or the new one)."""
        folder = self._dir(job.id)
        temporary = folder / "job.json.tmp"
        temporary.write_text(json.dumps(job.state(), ensure_ascii=True), encoding="utf-8")
        os.replace(temporary, folder / "job.json")

    def items(self, job_id: str) -> list[Item]:
        """The job's inputs, as they were submitted."""
        path = self._dir(job_id) / "articles.jsonl"
        with path.open(encoding="utf-8") as handle:
            return [_item_of(json.loads(line)) for line in handle if line.strip()]

    def finished(self, job_id: str) -> None:
        """Drop the inputs of a finished job (its state stays, for /api/jobs/<id>)."""
        (self._dir(job_id) / "articles.jsonl").unlink(missing_ok=True)

    def remove(self, job_id: str) -> None:
        shutil.rmtree(self._dir(job_id), ignore_errors=True)

    def unfinished(self) -> bool:
        """Is any job waiting to be run or resumed? (Finished jobs have no inputs left.)"""
        return self.folder.is_dir() and any(self.folder.glob("*/articles.jsonl"))

    def load(self) -> Iterator[Job]:
        """Every job on disk, oldest first; an unreadable one is logged and skipped."""
        jobs = []
        for path in self.folder.glob("*/job.json") if self.folder.is_dir() else ():
            try:
                jobs.append(Job.from_state(json.loads(path.read_text(encoding="utf-8"))))
            except (OSError, ValueError, KeyError, TypeError) as error:
                log.warning("ignoring the unreadable ingest job %s: %s", path.parent, error)
        yield from sorted(jobs, key=lambda j: j.created)


def _item_record(item: Item) -> dict[str, object]:
    if isinstance(item, Article):
        return {"article": asdict(item)}
    if isinstance(item, Problem):
        return {"problem": asdict(item)}
    return {"note": asdict(item)}


def _item_of(record: dict[str, Any]) -> Item:
    if "article" in record:
        return Article(**record["article"])
    if "problem" in record:
        return Problem(**record["problem"])
    return Note(**record["note"])


class Jobs:
    """Ingest now or in the background; one background job runs at a time, and jobs left
    unfinished by an earlier run of the service are resumed."""

    def __init__(self, service: Service, folder: Path) -> None:
        self.service = service
        self.files = JobFiles(folder)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="astrokg-ingest")
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._stopping = False
        for job in self.files.load():
            self._remember(job)
            if job.status in ("queued", "running"):
                log.info("resuming ingest job %s at input %d of %d", job.id, job.next, job.total)
                job.status = "queued"
                self._executor.submit(self._resume, job)

    def ingest_now(self, items: list[Item]) -> IngestReport:
        """Load a few articles while the client waits."""
        return ingest(self.service.store, self.service.extractor, items, batch_size=CHUNK)

    @staticmethod
    def report_body(report: IngestReport) -> dict[str, object]:
        """A synchronous ingest's answer: counts and every article's status."""
        body = report.as_dict()
        body["results"] = [asdict(r) for r in report.results]
        del body["articles"], body["failures"]
        return body

    def submit(self, items: list[Item]) -> Job:
        """Queue a background job for many articles (written to disk first)."""
        job = Job(uuid.uuid4().hex[:ID_LENGTH], sum(not isinstance(i, Note) for i in items))
        self.files.create(job, items)
        self._remember(job)
        self._executor.submit(self._run, job, items)
        return job

    def _remember(self, job: Job) -> None:
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > KEEP:
                old = next(iter(self._jobs.values()))
                if old.status in ("queued", "running"):
                    break
                self._jobs.popitem(last=False)
                self.files.remove(old.id)

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def _resume(self, job: Job) -> None:
        try:
            items = self.files.items(job.id)
        except (OSError, ValueError, TypeError) as error:
            log.error("cannot resume ingest job %s: %s", job.id, error)
            job.status, job.error, job.finished = "failed", "its articles could not be read back", time.time()
            self.files.save(job)
            return
        self._run(job, items)

    def _run(self, job: Job, items: list[Item]) -> None:
        job.status = "running"
        try:
            for start in range(job.next, len(items), CHUNK):
                if self._stopping:  # stays "running" on disk: the next start resumes it
                    return
                report = ingest(self.service.store, self.service.extractor, items[start:start + CHUNK],
                                batch_size=CHUNK)
                job.results.extend(report.results)
                job.next = start + CHUNK
                self.files.save(job)
            job.status = "done"
        except Exception:  # a job's failure is reported in the job, not lost in a thread
            log.exception("ingest job %s failed", job.id)
            job.status, job.error = "failed", "an internal error stopped the job; it has been logged"
        job.finished = time.time()
        self.files.save(job)
        self.files.finished(job.id)

    def close(self) -> None:
        """Stop after the current chunk; unfinished jobs resume at the next start."""
        self._stopping = True
        self._executor.shutdown(wait=True, cancel_futures=True)
