"""Sending articles to a running astrokg service, for ``kg ingest`` while ``kg serve`` owns
the data directory (an embedded store has one writer: the service).

``kg serve`` writes ``DATA_DIR/service.json`` (its URL and process id) when it starts and
removes it when it stops; :func:`find_service` reads it. Articles go as NDJSON to
``POST /api/articles`` with the bearer token, in batches that stay under the body limit.
The service answers a small batch with a status per article, and a large one with ``202``
and a job URL (``/api/jobs/<id>``), polled until the job is done. Each result names its
line in the body (``request:3``), which leads back to the article's own file and line.
"""

from __future__ import annotations

import json
import logging
import os
import time
import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from extract import Article
from kg.errors import StoreUnavailable, WriteFailed
from kg.ingest import STATUSES, ArticleResult, IngestReport, Progress, Status
from kg.sources import Item, Note, Problem

log = logging.getLogger(__name__)

SERVICE_FILE = "service.json"


@dataclass(frozen=True)
class Service:
    """A running ``kg serve``: where it listens and which process it is."""

    url: str
    pid: int


def service_file(data_dir: Path) -> Path:
    """Where ``kg serve`` announces itself for this data directory."""
    return Path(data_dir) / SERVICE_FILE


def announce(data_dir: Path, url: str) -> Path:
    """Write the service file (``kg serve`` calls this once it listens)."""
    path = service_file(data_dir)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps({"url": url, "pid": os.getpid()}), encoding="utf-8")
    temporary.replace(path)
    return path


def find_service(data_dir: Path) -> Service | None:
    """The service that owns the data directory, if its file names a live process."""
    try:
        data = json.loads(service_file(data_dir).read_text(encoding="utf-8"))
        service = Service(str(data["url"]), int(data["pid"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    try:
        os.kill(service.pid, 0)
    except ProcessLookupError:
        log.warning("%s names process %d, which is gone", service_file(data_dir), service.pid)
        return None
    except PermissionError:
        pass  # alive, owned by another user
    return service


def send(
    service: Service,
    token: str | None,
    items: Iterable[Item],
    *,
    batch_bytes: int = 4_000_000,
    batch_articles: int = 500,
    progress: Progress | None = None,
    poll_seconds: float = 0.5,
    timeout: float = 600.0,
) -> IngestReport:
    """Send articles to the service in NDJSON batches and report what it did with each,
    like :func:`kg.ingest.ingest` (problems found while reading are reported here)."""
    if not token:
        raise StoreUnavailable(
            f"the data directory is served by {service.url}; set KG_API_TOKEN to the service's token "
            "to send the articles to it"
        )
    report = IngestReport(keep_results=False)
    started = time.perf_counter()

    def record(result: ArticleResult) -> None:
        report.record(result, progress)

    client = _Client(service.url, token, timeout, poll_seconds)
    for articles, body in _ndjson_batches(items, batch_bytes, batch_articles, record, report):
        answers, error = client.post(body)
        for line, article in enumerate(articles, start=1):
            answer = answers.get(line) or {"status": "failed", "reason": error or "the service did not report it"}
            status: Status = next((s for s in STATUSES if s == answer.get("status")), "failed")
            record(ArticleResult(
                article.origin or article.key, status, answer.get("article"), int(answer.get("facts") or 0),
                answer.get("reason"), int(answer.get("words") or 0),
            ))
    report.seconds = time.perf_counter() - started
    return report


def _ndjson_batches(
    items: Iterable[Item], batch_bytes: int, batch_articles: int,
    record: Progress, report: IngestReport,
) -> Iterator[tuple[list[Article], bytes]]:
    articles: list[Article] = []
    lines: list[bytes] = []
    size = 0
    for item in items:
        if isinstance(item, Problem):
            record(ArticleResult(item.origin, "failed", reason=item.reason))
            continue
        if isinstance(item, Note):
            report.notes.append(item)
            continue
        fields = {"text": item.text, "title": item.title, "url": item.url, "published": item.published, "id": item.id}
        line = json.dumps({k: v for k, v in fields.items() if v is not None}).encode("utf-8") + b"\n"
        if articles and (size + len(line) > batch_bytes or len(articles) >= batch_articles):
            yield articles, b"".join(lines)
            articles, lines, size = [], [], 0
        articles.append(item)
        lines.append(line)
        size += len(line)
    if articles:
        yield articles, b"".join(lines)


class _Client:
    """POST a batch, follow its job to the end, return the answers by line of the body."""

    def __init__(self, url: str, token: str, timeout: float, poll_seconds: float) -> None:
        self.base = url.rstrip("/") + "/"
        self.token, self.timeout, self.poll = token, timeout, poll_seconds

    def post(self, body: bytes) -> tuple[dict[int, dict[str, Any]], str | None]:
        """The per-article answers by line number, and why the batch failed as a whole (the
        service refused every article, or the job failed), if it did."""
        status, headers, answer = self._call("POST", "api/articles", body, refused_ok=True)
        if status == 400:  # no article of the batch could be loaded
            return {}, str(answer.get("message") or answer.get("error") or answer)
        if status == 202:
            job = answer.get("url") or headers.get("Location")
            if not job:
                raise WriteFailed("the service accepted a batch as a job but named no job URL")
            answer = self._wait(str(job))
        by_line = {_line(r.get("origin")): r for r in answer.get("results", []) if isinstance(r, dict)}
        return by_line, answer.get("error")

    def _wait(self, job: str) -> dict[str, Any]:
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            _, _, answer = self._call("GET", job, None)
            if answer.get("status") in ("done", "failed", "cancelled"):
                return answer
            time.sleep(self.poll)
        raise WriteFailed(f"the service's job {job} did not finish within {self.timeout:.0f} s")

    def _call(self, method: str, path: str, body: bytes | None,
              refused_ok: bool = False) -> tuple[int, Any, dict[str, Any]]:
        request = urllib.request.Request(urljoin(self.base, path), data=body, method=method)
        request.add_header("Authorization", f"Bearer {self.token}")
        request.add_header("Accept", "application/json")
        if body is not None:
            request.add_header("Content-Type", "application/x-ndjson")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.status, response.headers, json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as error:
            detail = error.read().decode("utf-8", "replace")[:500]
            if error.code in (401, 403):
                raise StoreUnavailable(f"the service at {self.base} refused the token (HTTP {error.code})") from error
            if error.code == 400 and refused_ok:
                try:
                    return 400, error.headers, json.loads(detail)
                except ValueError:
                    return 400, error.headers, {"error": detail}
            raise WriteFailed(f"the service at {self.base} answered HTTP {error.code}: {detail}") from error
        except (urllib.error.URLError, OSError) as error:
            raise StoreUnavailable(f"cannot reach the service at {self.base}: {error}") from error


def _line(origin: object) -> int:
    """The body line a result's origin names ("request:3" -> 3), or 0."""
    tail = str(origin).rsplit(":", 1)[-1]
    return int(tail) if tail.isdigit() else 0
