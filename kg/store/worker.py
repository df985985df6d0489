"""Running one SPARQL query to bytes, with a row limit; and the query worker process.

:func:`execute` is the one place that turns a query into the engine's own serialization
(the embedded store's ``query_bytes`` and the endpoint's workers both call it). Results
larger than the row limit are cut to the limit and flagged, never silently.

Run as ``python -m kg.store.worker``, this module is a worker: it reads requests from stdin
and writes results to stdout (length-prefixed pickles), opening the snapshot each request
names read-only. It imports nothing but pyoxigraph, so it starts fast and can be killed
when a query overruns its time.
"""

from __future__ import annotations

import pickle
import struct
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice
from typing import IO, Any

import pyoxigraph as ox

_HEADER = struct.Struct(">I")
_TSV = ox.QueryResultsFormat.TSV


@dataclass(frozen=True)
class Output:
    """A query's serialized result."""

    data: bytes
    media_type: str
    rows: int | None  # solutions or triples when counted exactly; None for ASK or when not counted
    truncated: bool = False  # True when more rows existed than the limit allowed


def execute(
    store: ox.Store, sparql: str, *, results_type: str = "application/sparql-results+json",
    graph_type: str = "text/turtle", default_graphs: Sequence[str] = (), named_graphs: Sequence[str] = (),
    base_iri: str | None = None, max_rows: int | None = None,
) -> Output:
    """Run a query as it is and serialize its result with Oxigraph's own writers.

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
        triples = list(islice(result, max_rows + 1)) if max_rows is not None else list(result)
        over = max_rows is not None and len(triples) > max_rows
        triples = triples[:max_rows] if over else triples
        return Output(_bytes(ox.serialize(triples, format=rdf)), rdf.media_type, len(triples), over)
    form = ox.QueryResultsFormat.from_media_type(results_type)
    if form is None:
        raise ValueError(f"cannot write query results as {results_type}")
    data = _bytes(result.serialize(format=form))
    if isinstance(result, ox.QueryBoolean):
        return Output(data, form.media_type, None)
    bound = _rows_at_most(data, form)
    if max_rows is None or bound <= max_rows:
        return Output(data, form.media_type, bound if form in (_TSV, ox.QueryResultsFormat.XML) else None)
    # Possibly too many rows: count exactly on TSV (one line per row) and cut there.
    tsv = data if form == _TSV else _bytes(run().serialize(format=_TSV))
    lines = tsv.split(b"\n", max_rows + 1)
    rows = len(lines) - 1 - (1 if lines[-1] == b"" else 0)
    if rows <= max_rows:
        return Output(data, form.media_type, rows)
    cut = b"\n".join(lines[:max_rows + 1]) + b"\n"
    if form != _TSV:
        cut = _bytes(ox.parse_query_results(cut, _TSV).serialize(format=form))
    return Output(cut, form.media_type, max_rows, True)


def _bytes(data: bytes | None) -> bytes:
    """Serializers return bytes when given no output stream."""
    assert data is not None
    return data


def _rows_at_most(data: bytes, form: ox.QueryResultsFormat) -> int:
    """An upper bound on the rows in serialized results, cheap to compute (exact for TSV
    and XML; for JSON and CSV text inside values can only add to it)."""
    if form == _TSV:
        return max(0, data.count(b"\n") - 1)
    if form == ox.QueryResultsFormat.XML:
        return data.count(b"<result>")
    if form == ox.QueryResultsFormat.CSV:
        return max(0, data.count(b"\n") - 1)
    if b'"bindings":[]' in data:
        return 0
    return data.count(b"},{") + 1


# ---------------------------------------------------------------------------- worker process


def send(stream: IO[bytes], message: object) -> None:
    """Write one length-prefixed pickled message."""
    body = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(body)) + body)
    stream.flush()


def receive(stream: IO[bytes]) -> Any:
    """Read one message, or None at end of input."""
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        return None
    (size,) = _HEADER.unpack(header)
    return pickle.loads(stream.read(size))


def serve(requests: IO[bytes], replies: IO[bytes]) -> None:
    """Answer requests until the input closes; the store snapshot stays open between them."""
    opened: tuple[str, ox.Store] | None = None
    while (request := receive(requests)) is not None:
        try:
            path = request.pop("snapshot")
            if opened is None or opened[0] != path:
                opened = None  # drop the old snapshot before opening the new one
                opened = (path, ox.Store.read_only(path))
            output = execute(opened[1], **request)
            send(replies, {"ok": True, "output": output})
        except SyntaxError as error:
            send(replies, {"ok": False, "kind": "syntax", "error": str(error)})
        except ValueError as error:
            send(replies, {"ok": False, "kind": "value", "error": str(error)})
        except Exception as error:  # reported to the parent, which logs it
            send(replies, {"ok": False, "kind": "other", "error": f"{type(error).__name__}: {error}"})


if __name__ == "__main__":
    from kg.store import worker  # the module by its own name, so what it pickles unpickles in the parent

    worker.serve(sys.stdin.buffer, sys.stdout.buffer)
