"""Talking to a running astrokg service, for the ``kg`` commands while ``kg serve`` owns the data
directory (an embedded store has one writer: the service): ``kg ingest`` sends the articles
(below), and :class:`ServiceReader` reads and writes through the service's own routes.

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
from urllib.parse import urlencode, urljoin

import pyoxigraph as ox

from extract import Article
from kg.errors import BadQuery, BadQuestion, StoreUnavailable, WriteFailed
from kg.ingest import STATUSES, ArticleResult, IngestReport, Progress, Status
from kg.sources import Item, Note, Problem
from kg.store import Stats
from kg.store.sparql import Result, Rows

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


# ---------------------------------------------------------------------- reading and writing


#: Every quad of the dataset: the merged graph (no ?g) and each named graph.
_ALL_QUADS = "SELECT ?g ?s ?p ?o WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
#: Largest INSERT DATA sent at once (the service refuses updates over its query size limit, 100 kB by default).
_UPDATE_BYTES = 60_000


@dataclass(frozen=True)
class Reply:
    """A service's answer: status, headers and body."""

    status: int
    headers: Any
    body: bytes


class ServiceReader:
    """The graph of a running service, read through its routes (``/api/ask``, ``/sparql``,
    ``/api/stats``) and written through ``/sparql`` with the bearer token: what ``kg ask``,
    ``kg query``, ``kg stats``, ``kg export`` and ``kg import`` use while ``kg serve`` owns the
    data directory. It gives what the store would: the same JSON, rows and serializations."""

    def __init__(self, service: Service, token: str | None = None, timeout: float = 600.0) -> None:
        self.service, self.token, self.timeout = service, token, timeout
        self.base = service.url.rstrip("/") + "/"

    def _call(self, method: str, path: str, body: bytes | None = None,
              headers: dict[str, str] | None = None) -> Reply:
        request = urllib.request.Request(urljoin(self.base, path), data=body, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return Reply(response.status, response.headers, response.read())
        except urllib.error.HTTPError as error:
            return Reply(error.code, error.headers, error.read())
        except (urllib.error.URLError, OSError) as error:
            raise StoreUnavailable(f"cannot reach the service at {self.base}: {error}") from error

    def _checked(self, reply: Reply, refused: type[Exception] = BadQuery) -> Reply:
        """The reply when it succeeded; else its message, as the error the store would raise."""
        if reply.status < 400:
            return reply
        message = _message(reply.body)
        if reply.status in (401, 403):
            raise StoreUnavailable(f"the service at {self.base} refused the write (HTTP {reply.status}): {message}")
        if reply.status == 400:
            raise refused(message)
        raise StoreUnavailable(f"the service at {self.base} answered HTTP {reply.status}: {message}")

    def ask(self, question: str) -> dict[str, Any]:
        """The JSON of ``GET /api/ask`` (the same as ``Answer.as_dict()``)."""
        reply = self._checked(self._call("GET", "api/ask?" + urlencode({"q": question}),
                                         headers={"Accept": "application/json"}), BadQuestion)
        answer: dict[str, Any] = json.loads(reply.body)
        return answer

    def stats(self) -> Stats:
        """The counts of ``GET /api/stats``."""
        data = json.loads(self._checked(self._call("GET", "api/stats")).body)
        return Stats(**{name: int(data[name]) for name in ("articles", "entities", "facts", "triples")})

    def query_bytes(self, sparql: str, accept: str) -> Reply:
        """A query's answer as the service serializes it (``POST /sparql``, form-encoded)."""
        body = urlencode({"query": sparql}).encode("utf-8")
        reply = self._checked(self._call("POST", "sparql", body, {
            "Accept": accept, "Content-Type": "application/x-www-form-urlencoded"}))
        if reply.headers.get("X-Result-Truncated"):
            log.warning("the service cut the result to its first %s rows (its limit); add LIMIT/OFFSET to page",
                        reply.headers.get("X-Result-Rows"))
        return reply

    def query(self, sparql: str, graph: bool) -> Result:
        """A query's rows, truth value or triples, as :meth:`kg.store.Store.query` gives them."""
        if graph:
            reply = self.query_bytes(sparql, "application/n-triples")
            return [q.triple for q in ox.parse(reply.body, ox.RdfFormat.N_TRIPLES)]
        parsed = ox.parse_query_results(self.query_bytes(sparql, "application/sparql-results+json").body,
                                        ox.QueryResultsFormat.JSON)
        if isinstance(parsed, ox.QueryBoolean):
            return bool(parsed)
        names = [v.value for v in parsed.variables]
        return Rows(names, [{n: t for n in names if (t := s[n]) is not None} for s in parsed])

    def quads(self, attempts: int = 3) -> list[ox.Quad]:
        """Every quad of the dataset, read in pages of the service's row limit. The graph must
        not change meanwhile (its counts are compared before and after), else it is read again."""
        for _ in range(attempts):
            before = self.stats()
            first = self.query_bytes(_ALL_QUADS + " LIMIT 1", "application/sparql-results+json")
            page = int(first.headers.get("X-Result-Limit") or 10_000)
            quads: list[ox.Quad] = []
            while True:
                found = self._page(page, len(quads))
                quads.extend(found)
                if len(found) < page:
                    break
            if self.stats() == before and len(quads) == before.triples:
                return quads
            log.warning("the graph changed while it was read; reading it again")
        raise StoreUnavailable(f"the graph at {self.base} kept changing while it was exported; try again")

    def _page(self, size: int, offset: int) -> list[ox.Quad]:
        data = self.query_bytes(f"{_ALL_QUADS} LIMIT {size} OFFSET {offset}", "application/sparql-results+json").body
        parsed = ox.parse_query_results(data, ox.QueryResultsFormat.JSON)
        assert isinstance(parsed, ox.QuerySolutions)
        return [ox.Quad(row["s"], row["p"], row["o"], row["g"] or ox.DefaultGraph())
                for row in parsed]

    def load(self, source: Any, fmt: ox.RdfFormat) -> int:
        """Add an RDF dump through ``POST /sparql`` updates (``INSERT DATA``, the service's size
        limit at most each), with the bearer token; the number of quads sent."""
        if not self.token:
            raise StoreUnavailable(f"the data directory is served by {self.base}; a write through it needs "
                                   "the service's token: set KG_API_TOKEN (or --api-token)")
        sent = 0
        try:
            for block in _insert_blocks(ox.parse(source, fmt)):
                self._checked(self._call("POST", "sparql", block.text.encode("utf-8"), {
                    "Content-Type": "application/sparql-update", "Authorization": f"Bearer {self.token}"}))
                sent += block.quads
        except SyntaxError as error:
            raise BadQuery(f"cannot parse the input: {error}") from error
        return sent


@dataclass(frozen=True)
class _Block:
    text: str
    quads: int


def _insert_blocks(quads: Iterable[ox.Quad]) -> Iterator[_Block]:
    """``INSERT DATA`` operations of at most about ``_UPDATE_BYTES`` each, terms written by
    pyoxigraph (escaped N-Triples syntax); default-graph quads go to the default graph."""
    lines: dict[str, list[str]] = {}
    size = count = 0

    def block() -> _Block:
        parts = [" ".join(ts) if g == "" else f"GRAPH {g} {{ {' '.join(ts)} }}" for g, ts in lines.items()]
        return _Block(f"INSERT DATA {{ {' '.join(parts)} }}", count)

    for quad in quads:
        if any(isinstance(t, ox.BlankNode) for t in (quad.subject, quad.object)):
            raise BadQuery("the dump has blank nodes, which cannot be sent in parts; import it with the "
                           "service stopped")
        graph = "" if isinstance(quad.graph_name, ox.DefaultGraph) else str(quad.graph_name)
        line = f"{quad.subject} {quad.predicate} {quad.object} ."
        if count and size + len(line) > _UPDATE_BYTES:
            yield block()
            lines, size, count = {}, 0, 0
        lines.setdefault(graph, []).append(line)
        size += len(line) + len(graph)
        count += 1
    if count:
        yield block()


def _message(body: bytes) -> str:
    """The message of a service's error reply (JSON ``message``/``error``, else its text)."""
    text = body.decode("utf-8", "replace")
    try:
        data = json.loads(text)
    except ValueError:
        return text.strip()[:500]
    if isinstance(data, dict):
        return str(data.get("message") or data.get("error") or data)[:500]
    return text[:500]
