"""The embedded store: pyoxigraph on disk, used directly (see DESIGN.md for why not rdflib).

One process owns the directory (RocksDB's lock); within it the store is thread-safe and
writes are serialised by a lock so each article's replacement is computed and applied
without another writer in between.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from pyoxigraph import DefaultGraph, NamedNode, Quad, Triple

from kg.errors import BadQuery, StoreLocked, StoreUnavailable
from kg.mapping import ArticleGraph
from kg.namespaces import AKG, PREFIXES
from kg.passages import PASSAGES_FILE, PassageIndex, open_index
from kg.store import Outcome, Stats
from kg.store.sparql import Bindings, Result, Rows, bind, only_rows

log = logging.getLogger(__name__)

_HASH = NamedNode(AKG.contentHash)
#: Quads written between flushes of the store's in-memory tables (bounds a bulk load's memory).
FLUSH_QUADS = 100_000
#: From this many new quads on, a write builds RocksDB table files and adds them in one atomic
#: step (``bulk_extend``) instead of a transaction of single inserts: measured on 660 dev articles
#: (444 quads each), 2.5 ms of CPU per article in writes of 128 articles against 6.5 for
#: ``extend`` at any size; 3.0 against 5.7 at 32 articles (16,800 quads), 3.8 against 6.2 at 24,
#: 5.0 against 6.0 at 16 and even at 8 (4,500 quads). Ingest writes its last batches one by one
#: (32 articles each), so they take this path too.
BULK_QUADS = 10_000
#: At most this many quads per bulk write (Oxigraph's bulk loader works in chunks of a million;
#: a write stays one chunk, and whole articles, whatever the batch).
MAX_BULK_QUADS = 500_000
_RDF_FORMATS = {
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
}


def rdf_format(fmt: str) -> ox.RdfFormat:
    """The pyoxigraph format for a command-line format name, or a clear error."""
    try:
        return _RDF_FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; use {', '.join(_RDF_FORMATS)}") from None


class OxigraphStore:
    """The graph in a pyoxigraph ``Store`` under one directory."""

    def __init__(self, path: Path | str, *, read_only: bool = False, passages: Path | None = None) -> None:
        """Open (or create) the store in the directory ``path``. With ``read_only``, open a
        snapshot (see :meth:`snapshot`) that another process writes no more, its sentences
        searched in the index file ``passages`` (the live store's, which its owner keeps
        current; none when None)."""
        self.path = Path(path)
        try:
            self._store = ox.Store.read_only(str(self.path)) if read_only else ox.Store(str(self.path))
        except OSError as error:
            if "lock" in str(error).lower():
                raise StoreLocked(
                    f"the data directory {self.path} is in use by another astrokg process "
                    "(only one process can open an embedded store); stop it, or send articles "
                    "to the running service"
                ) from error
            raise StoreUnavailable(f"cannot open the store in {self.path}: {error}") from error
        self._write_lock = threading.Lock()
        #: Increases with every write, so readers can tell that their snapshot is stale.
        self.generation = 0
        self._stats: tuple[int, Stats] | None = None
        self._unflushed = 0
        self._read_only = read_only
        #: The sentences' full-text index, a file beside the store's own.
        self.passages: PassageIndex | None = (
            (PassageIndex(passages) if passages is not None else None) if read_only
            else open_index(self.path / PASSAGES_FILE, self))

    # ------------------------------------------------------------------ reading

    def query(self, sparql: str, bindings: Bindings | None = None) -> Result:
        """Run a query with bound values; see :func:`kg.store.sparql.bind`.

        >>> import tempfile; s = OxigraphStore(tempfile.mkdtemp())
        >>> s.query("ASK { ?s ?p ?o }")
        False
        """
        try:
            result = self._store.query(bind(sparql, bindings))
        except SyntaxError as error:
            raise BadQuery(str(error)) from error
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            # A solution iterates its values in the variables' order: zip is twice as fast as
            # looking each variable up by name (70 against 130 ms for 20,000 rows of 5).
            rows = [{n: t for n, t in zip(names, solution, strict=True) if t is not None} for solution in result]
            return Rows(names, rows)
        return list(result)

    def select(self, sparql: str, bindings: Bindings | None = None) -> Rows:
        """The rows of a SELECT query."""
        return only_rows(self.query(sparql, bindings))

    def query_bytes(
        self, sparql: str, *, results_type: str = "application/sparql-results+json",
        graph_type: str = "text/turtle", default_graphs: Sequence[str] = (), named_graphs: Sequence[str] = (),
        base_iri: str | None = None,
    ) -> tuple[bytes, str]:
        """Oxigraph's own serialization of a query's results (no Python term objects)."""
        from kg.store.query_process import execute

        try:
            output = execute(self._store, sparql, results_type=results_type, graph_type=graph_type,
                             default_graphs=default_graphs, named_graphs=named_graphs, base_iri=base_iri)
        except SyntaxError as error:
            raise BadQuery(str(error)) from error
        return output.data, output.media_type

    def article_hashes(self, iris: Sequence[NamedNode]) -> dict[str, str]:
        """Stored content hashes by article IRI (absent articles are left out)."""
        found: dict[str, str] = {}
        for iri in iris:
            for quad in self._store.quads_for_pattern(iri, _HASH, None, iri):
                found[iri.value] = str(quad.object.value)  # type: ignore[union-attr]  # always a literal
        return found

    def stats(self) -> Stats:
        """Counts: articles, labelled entities, distinct stated facts, all quads.

        Facts are counted in the merged graph, where each stated fact is once, for the
        predicates that assertions use: index range scans, 15x faster than making the
        assertions distinct (0.09 s against 1.4 s for 9,000 assertions). The quad count is
        a full scan (about 1 s per million quads), so the counts are kept until the next
        write: this process owns the store, so nothing else can change it meanwhile.
        """
        if self._stats is not None and self._stats[0] == self.generation:
            return self._stats[1]
        generation = self.generation
        stats = Stats(
            articles=self._count(f"SELECT (COUNT(?a) AS ?n) WHERE {{ ?a a <{AKG.Article}> }}"),
            entities=self._count(
                "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
            ),
            facts=self._count(
                "SELECT (COUNT(*) AS ?n) WHERE { { SELECT DISTINCT ?p WHERE { GRAPH ?g { "
                "?a <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> ?p } } } ?s ?p ?o }"
            ),
            triples=len(self._store),
        )
        self._stats = (generation, stats)
        return stats

    def _count(self, sparql: str) -> int:
        rows = self.select(sparql)
        return int(str(rows.rows[0]["n"].value)) if rows.rows else 0

    # ------------------------------------------------------------------ writing

    def write(self, graphs: Sequence[ArticleGraph]) -> list[Outcome]:
        """Store articles. New ones go in one atomic write (see :meth:`_extend`); a changed one
        is replaced by one SPARQL update (one transaction), so no article is ever half-written.
        Their sentences are indexed once the store holds them."""
        outcomes: list[Outcome] = []
        with self._write_lock:
            stored = self.article_hashes([g.iri for g in graphs])
            pending: list[Quad] = []
            pending_iris: set[str] = set()
            for graph in graphs:
                if graph.iri.value in pending_iris or len(pending) >= MAX_BULK_QUADS:  # a repeat, or a full write
                    self._extend(pending)
                    pending, pending_iris = [], set()  # ``stored`` already holds the first copy's hash
                old = stored.get(graph.iri.value)
                if old == graph.content_hash:
                    outcomes.append("unchanged")
                elif old is None:
                    pending.extend(graph.quads())
                    # no graph name: the default graph, without pyoxigraph trying a named one first
                    pending.extend(Quad(t.subject, t.predicate, t.object) for t in graph.facts)
                    pending_iris.add(graph.iri.value)
                    outcomes.append("loaded")
                else:
                    self._replace(graph)
                    outcomes.append("replaced")
                stored[graph.iri.value] = graph.content_hash
            self._extend(pending)
            if self.passages is not None:
                self.passages.put(graphs)
        return outcomes

    def _extend(self, quads: list[Quad]) -> None:
        """Add quads atomically: a large write as table files added in one RocksDB ingestion
        (all the files of every index or none, even on a crash), a small one as a transaction."""
        if len(quads) >= BULK_QUADS:
            self._store.bulk_extend(quads)  # no in-memory tables written, so nothing to flush
            self.generation += 1
        elif quads:
            self._store.extend(quads)
            self.generation += 1
            self._written(len(quads))

    def _written(self, quads: int) -> None:
        """Flush RocksDB's in-memory tables every :data:`FLUSH_QUADS` written quads. Without
        it a bulk load's memory grew with the corpus (measured: about 0.9 KB per quad, to
        1.4 GB after 10,000 articles); with it the process stays near its start size."""
        self._unflushed += quads
        if self._unflushed >= FLUSH_QUADS:
            self._store.flush()
            self._unflushed = 0

    def _replace(self, graph: ArticleGraph) -> None:
        orphans = self._orphans(graph.iri, keep={q.triple for q in graph.facts})
        self._apply(
            f"DELETE DATA {{ {_triples(orphans)} }} ;\n"
            f"DROP SILENT GRAPH {graph.iri} ;\n"
            f"INSERT DATA {{ GRAPH {graph.iri} {{ {_triples(graph.quads())} }}\n"
            f"{_triples(graph.facts)} }}"
        )
        self._written(len(graph))

    def delete(self, iris: Sequence[NamedNode]) -> int:
        """Remove articles and every fact no other article states, one transaction each
        (their sentences leave the passage index first)."""
        removed = 0
        with self._write_lock:
            if self.passages is not None:
                self.passages.remove(iris)
            for iri in iris:
                if not self._store.contains_named_graph(iri):
                    continue
                orphans = self._orphans(iri, keep=set())
                self._apply(f"DELETE DATA {{ {_triples(orphans)} }} ;\nDROP GRAPH {iri}")
                removed += 1
        return removed

    def _orphans(self, article: NamedNode, keep: set[Triple]) -> list[Triple]:
        """Facts of the merged graph that only this article states, and that its new
        version (``keep``) no longer states."""
        orphans = []
        for quad in self._store.quads_for_pattern(None, None, None, article):
            triple = quad.triple
            if triple in keep or not any(True for _ in self._store.quads_for_pattern(
                    triple.subject, triple.predicate, triple.object, DefaultGraph())):
                continue
            stated_elsewhere = any(
                q.graph_name != article
                for q in self._store.quads_for_pattern(triple.subject, triple.predicate, triple.object, None)
                if not isinstance(q.graph_name, DefaultGraph)
            )
            if not stated_elsewhere:
                orphans.append(triple)
        return orphans

    def update(self, sparql: str, base_iri: str | None = None, *,
               rehearse: Callable[[], object] | None = None) -> None:
        """Run a SPARQL update in one transaction (relative IRIs resolve against ``base_iri``).

        ``rehearse``, when given, runs first with the write lock held, so the store it sees is
        the one the update will change; if it raises, nothing is written (the SPARQL endpoint
        rehearses updates in a worker process that a crash or the time limit can kill)."""
        with self._write_lock:
            if rehearse is not None:
                rehearse()
            self._apply(sparql, base_iri)

    def _apply(self, sparql: str, base_iri: str | None = None) -> None:
        try:
            self._store.update(sparql, base_iri=base_iri)
        except SyntaxError as error:
            raise BadQuery(str(error)) from error
        self.generation += 1

    # ------------------------------------------------------------------ dump and load

    def dump(self, output: IO[bytes], fmt: str) -> None:
        """Whole dataset for nquads/trig; the merged default graph for turtle/ntriples."""
        form = rdf_format(fmt)
        if form.supports_datasets:
            self._store.dump(output, form, prefixes=PREFIXES if form == ox.RdfFormat.TRIG else None)
        else:
            self._store.dump(output, form, from_graph=DefaultGraph(),
                             prefixes=PREFIXES if form == ox.RdfFormat.TURTLE else None)

    def load(self, source: IO[bytes], fmt: str) -> None:
        """Bulk-load a dump (3.5x faster than per-article writes; meant for rebuilds)."""
        form = rdf_format(fmt)
        with self._write_lock:
            try:
                self._store.bulk_load(source, form)
            except SyntaxError as error:
                raise BadQuery(f"cannot parse the {fmt} input: {error}") from error
            self.generation += 1
        if self.passages is not None:
            self.passages.rebuild(self)

    def snapshot(self, target: Path) -> None:
        """A consistent copy of the store in ``target`` (hard links where possible), which
        another process can open with ``pyoxigraph.Store.read_only`` (or read-write, as a
        throwaway copy). It holds what was committed: a write in progress is not waited for
        (RocksDB checkpoints run beside writers), so readers never wait behind a writer."""
        self._store.flush()
        self._store.backup(str(target))

    def close(self) -> None:
        """Drop the store so its directory lock is released."""
        if self.passages is not None:
            self.passages.close()
        if not self._read_only:
            self._store.flush()
        del self._store


def _triples(triples: Iterable[Triple | Quad]) -> str:
    """Triples (of quads: their graph left out) in N-Triples syntax (pyoxigraph escapes every
    term) for a DATA block."""
    lines = [f"{t.subject} {t.predicate} {t.object} ." for t in triples]
    return "\n".join(lines)
