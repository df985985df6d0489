"""Running one SPARQL query to bytes, with row and byte limits; and the worker process.

:func:`execute` is the one place that turns a query into the engine's own serialization
(the embedded store's ``query_bytes`` and the endpoint's workers both call it). Results
larger than the row or byte limit are cut to whole rows and flagged, never silently.

Run as ``python -m kg.store.query_process``, this module is a worker: it reads requests from stdin
and writes results to stdout, opening the snapshot each request names read-only, or rehearsing
an update on a throwaway copy of the store. A message is a small JSON header and the
result's bytes as they are, behind one length prefix and written with one system call: the
serialized result is neither encoded again nor copied on the way. The worker imports nothing
but pyoxigraph, so it starts fast and can be killed when it overruns its time.
"""

from __future__ import annotations

import json
import os
import struct
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO, Any

import pyoxigraph as ox

_HEADER = struct.Struct(">II")  # sizes of the JSON header and of the payload
_TSV = ox.QueryResultsFormat.TSV


@dataclass(frozen=True)
class Output:
    """A query's serialized result."""

    data: bytes
    media_type: str
    rows: int | None  # solutions or triples when counted exactly; None for ASK or when not counted
    truncated: bool = False  # True when more rows existed than the limits allowed
    cut_by: str = ""  # "rows" or "bytes": which limit cut the result
    waited: float = 0.0  # seconds the request waited (for a snapshot or a worker) before evaluation


class _Full(Exception):
    """Raised by :class:`_Sink` to stop a serializer once the byte limit is passed."""


class _Sink:
    """A bounded output stream: the serializers stop at the byte limit, so an oversized
    result never sits whole in memory."""

    def __init__(self, limit: int | None) -> None:
        self.limit = limit
        self.size = 0
        self.parts: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.limit is not None and self.size > self.limit:
            raise _Full
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        """Nothing is buffered here."""

    @property
    def data(self) -> bytes:
        return b"".join(self.parts)


def execute(
    store: ox.Store, sparql: str, *, results_type: str = "application/sparql-results+json",
    graph_type: str = "text/turtle", default_graphs: Sequence[str] = (), named_graphs: Sequence[str] = (),
    base_iri: str | None = None, max_rows: int | None = None, max_bytes: int | None = None,
) -> Output:
    """Run a query as it is and serialize its result with Oxigraph's own writers, cut to
    ``max_rows`` rows and ``max_bytes`` bytes (whole rows, flagged as truncated).

    ``default_graphs`` / ``named_graphs`` replace the query's dataset (the SPARQL protocol's
    default-graph-uri and named-graph-uri). Raises ``SyntaxError`` for a malformed query and
    ``ValueError`` for a media type that does not fit the query form.
    """

    def run() -> Any:
        kwargs: dict[str, Any] = {"base_iri": base_iri}
        if default_graphs or named_graphs:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        return store.query(sparql, **kwargs)

    result = run()
    if isinstance(result, ox.QueryTriples):
        rdf = ox.RdfFormat.from_media_type(graph_type)
        if rdf is None:
            raise ValueError(f"cannot write a graph as {graph_type}")
        return _graph(result, rdf, max_rows, max_bytes)
    form = ox.QueryResultsFormat.from_media_type(results_type)
    if form is None:
        raise ValueError(f"cannot write query results as {results_type}")
    sink = _Sink(max_bytes)
    try:
        result.serialize(sink, format=form)
    except _Full:
        return _cut(run, form, max_rows, max_bytes)
    data = sink.data
    if isinstance(result, ox.QueryBoolean):
        return Output(data, form.media_type, None)
    bound = _rows_at_most(data, form, max_rows)
    if max_rows is None or bound <= max_rows:
        return Output(data, form.media_type, bound if form in (_TSV, ox.QueryResultsFormat.XML) else None)
    return _cut(run, form, max_rows, max_bytes)


def _cut(run: Any, form: ox.QueryResultsFormat, max_rows: int | None, max_bytes: int | None) -> Output:
    """Results cut to whole rows within both limits: counted exactly on TSV (one line per
    row, read only up to the byte limit), then written in the asked format."""
    sink = _Sink(max_bytes)
    try:
        run().serialize(sink, format=_TSV)
        complete = True
    except _Full:
        complete = False
    lines = sink.data.split(b"\n")
    header, rows = lines[0], lines[1:-1]  # the last piece is empty or a row cut in the middle
    by = "bytes" if not complete else ""
    if max_rows is not None and len(rows) > max_rows:
        rows, by = rows[:max_rows], by or "rows"
    while True:
        tsv = b"\n".join([header, *rows]) + b"\n"
        data = tsv if form == _TSV else _bytes(ox.parse_query_results(tsv, _TSV).serialize(format=form))
        if max_bytes is None or len(data) <= max_bytes or not rows:
            return Output(data, form.media_type, len(rows), bool(by), by)
        rows, by = rows[:min(len(rows) - 1, len(rows) * max_bytes // len(data))], "bytes"


def _graph(result: ox.QueryTriples, rdf: ox.RdfFormat, max_rows: int | None, max_bytes: int | None) -> Output:
    """Triples cut to whole triples within both limits (sized as N-Triples while reading)."""
    triples: list[ox.Triple] = []
    size, by = 0, ""
    for triple in result:
        if max_rows is not None and len(triples) == max_rows:
            by = "rows"
            break
        size += len(str(triple)) + 3
        if max_bytes is not None and size > max_bytes:
            by = "bytes"
            break
        triples.append(triple)
    while True:
        data = _bytes(ox.serialize(triples, format=rdf))
        if max_bytes is None or len(data) <= max_bytes or not triples:
            return Output(data, rdf.media_type, len(triples), bool(by), by)
        triples, by = triples[:min(len(triples) - 1, len(triples) * max_bytes // len(data))], "bytes"


def rehearse(path: str, sparql: str, base_iri: str | None) -> None:
    """Run an update on a throwaway copy of the store (see :mod:`kg.store.query_pool`)."""
    copy = ox.Store(path)
    try:
        copy.update(sparql, base_iri=base_iri)
    finally:
        del copy


def _bytes(data: bytes | None) -> bytes:
    """Serializers return bytes when given no output stream."""
    assert data is not None
    return data


def _rows_at_most(data: bytes, form: ox.QueryResultsFormat, limit: int | None = None) -> int:
    """An upper bound on the rows in serialized results, cheap to compute (exact for TSV
    and XML; for JSON and CSV text inside values can only add to it).

    For JSON, every row is an object, so the count of ``{`` bounds the rows (counting one
    byte is three times faster than a separator); only when that bound passes ``limit`` are
    the separators between rows counted. This scan was a tenth of a worker's time on a
    1,000-row result.
    """
    if form == _TSV:
        return max(0, data.count(b"\n") - 1)
    if form == ox.QueryResultsFormat.XML:
        return data.count(b"<result>")
    if form == ox.QueryResultsFormat.CSV:
        return max(0, data.count(b"\n") - 1)
    if data.endswith(b'"bindings":[]}}'):
        return 0
    loose = max(1, data.count(b"{") - 3)  # not the document, its "head" or its "results"
    if limit is not None and loose <= limit:
        return loose
    return data.count(b"},{") + 1


# ---------------------------------------------------------------------------- worker process


def send(stream: IO[bytes], message: object, payload: bytes = b"") -> None:
    """Write one message: its JSON header and ``payload`` (raw bytes), in one write."""
    head = json.dumps(message).encode()
    parts: list[bytes | memoryview] = [_HEADER.pack(len(head), len(payload)) + head, payload]
    fd, left = stream.fileno(), len(parts[0]) + len(payload)
    while left:  # one call writes it all, unless a signal cuts it short
        written = os.writev(fd, parts)
        left -= written
        while parts and written >= len(parts[0]):
            written -= len(parts.pop(0))
        if parts and written:
            parts[0] = memoryview(parts[0])[written:]


def receive(stream: IO[bytes]) -> tuple[Any, bytes] | None:
    """Read one message (its header and payload), or None at end of input."""
    prefix = stream.read(_HEADER.size)
    if len(prefix) < _HEADER.size:
        return None
    head_size, payload_size = _HEADER.unpack(prefix)
    head = json.loads(stream.read(head_size))
    payload = stream.read(payload_size) if payload_size else b""
    if len(payload) < payload_size:
        return None
    return head, payload


def serve(requests: IO[bytes], replies: IO[bytes]) -> None:
    """Answer requests until the input closes; the store snapshot stays open between them.
    A request with ``rehearse`` runs an update on that copy instead of a query. A result's
    bytes go back as the payload, its other fields in the header."""
    opened: tuple[str, ox.Store] | None = None
    while (message := receive(requests)) is not None:
        request = message[0]
        try:
            if "rehearse" in request:
                rehearse(request["rehearse"], request["sparql"], request["base_iri"])
                send(replies, {"ok": True})
                continue
            path = request.pop("snapshot")
            if opened is None or opened[0] != path:
                opened = None  # drop the old snapshot before opening the new one
                opened = (path, ox.Store.read_only(path))
            output = execute(opened[1], **request)
            send(replies, {"ok": True, "media_type": output.media_type, "rows": output.rows,
                           "truncated": output.truncated, "cut_by": output.cut_by}, output.data)
        except SyntaxError as error:
            send(replies, {"ok": False, "kind": "syntax", "error": str(error)})
        except ValueError as error:
            send(replies, {"ok": False, "kind": "value", "error": str(error)})
        except Exception as error:  # reported to the parent, which logs it and answers without it
            send(replies, {"ok": False, "kind": "other", "error": f"{type(error).__name__}: {error}"})


if __name__ == "__main__":
    from kg.orphans import die_with_parent

    die_with_parent()  # a runaway query must not outlive a service killed with -9
    serve(sys.stdin.buffer, sys.stdout.buffer)
