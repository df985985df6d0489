"""Loading articles sent over HTTP, through the same ``kg.ingest.ingest`` as ``kg ingest``.

A few articles are loaded while the client waits; more become a background job that one
thread works through in small chunks (so questions still get the spaCy pipeline between
chunks), reporting progress and per-article results at /api/jobs/<id>. Jobs live in memory.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from kg.ingest import ArticleResult, IngestReport, ingest
from kg.sources import Item, read_bytes
from web.errors import Problem

if TYPE_CHECKING:
    from web.service import Service

log = logging.getLogger(__name__)

#: Media types of a request body holding many articles, one JSON object per line.
NDJSON = ("application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines",
          "application/jsonlines")
#: Articles parsed while holding the pipeline, in a background job.
CHUNK = 8
#: Finished jobs remembered.
KEEP = 200


def read_articles(body: bytes, mimetype: str) -> list[Item]:
    """The articles in a request body: one JSON object (or a JSON list), or NDJSON."""
    if not body.strip():
        raise Problem(400, "the request body is empty; send one article as JSON "
                           '{"text": ..., "title"?, "url"?, "published"?, "id"?} or many as NDJSON')
    if mimetype in NDJSON:
        items = list(read_bytes(body, ".jsonl", "request"))
    elif mimetype == "application/json":
        items = list(read_bytes(body, ".json", "request"))
    else:
        raise Problem(415, f"cannot read articles from {mimetype or 'a body without Content-Type'}; send "
                           f"application/json (one article or a list) or application/x-ndjson (one per line)")
    return items


@dataclass
class Job:
    """One background ingest."""

    id: str
    total: int
    status: str = "queued"  # queued, running, done, failed, cancelled
    results: list[ArticleResult] = field(default_factory=list)
    created: float = field(default_factory=time.time)
    finished: float | None = None
    error: str | None = None

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


def _iso(seconds: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))


class Jobs:
    """Ingest now or in the background; one background job runs at a time."""

    def __init__(self, service: Service) -> None:
        self.service = service
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="astrokg-ingest")
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._stopping = False

    def ingest_now(self, items: list[Item]) -> IngestReport:
        """Load a few articles while the client waits."""
        nlp = self.service.nlp
        with self.service.nlp_lock:
            return ingest(self.service.store, nlp, items)

    @staticmethod
    def report_body(report: IngestReport) -> dict[str, object]:
        """A synchronous ingest's answer: counts and every article's status."""
        body = report.as_dict()
        body["results"] = [asdict(r) for r in report.results]
        del body["articles"], body["failures"]
        return body

    def submit(self, items: list[Item]) -> Job:
        """Queue a background job for many articles."""
        job = Job(uuid.uuid4().hex[:16], len(items))
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > KEEP:
                self._jobs.popitem(last=False)
        self._executor.submit(self._run, job, items)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def _run(self, job: Job, items: list[Item]) -> None:
        job.status = "running"
        try:
            nlp = self.service.nlp
            for start in range(0, len(items), CHUNK):
                if self._stopping:
                    job.status = "cancelled"
                    return
                with self.service.nlp_lock:
                    ingest(self.service.store, nlp, items[start:start + CHUNK], progress=job.results.append)
            job.status = "done"
        except Exception as error:  # a job's failure is reported in the job, not lost in a thread
            log.exception("ingest job %s failed", job.id)
            job.status, job.error = "failed", f"{type(error).__name__}: {error}"
        finally:
            job.finished = time.time()

    def close(self) -> None:
        """Stop after the current chunk; queued jobs are cancelled."""
        self._stopping = True
        self._executor.shutdown(wait=True, cancel_futures=True)
