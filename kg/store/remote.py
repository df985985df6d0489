"""The graph in any SPARQL 1.1 Query + Update server, through SPARQLWrapper.

The layout is the embedded store's (docs/decisions/graph-layout.md), with one difference: the
merged knowledge graph is the named graph ``graph:kg``, passed to every query as its default
graph, because a server's own default graph is often the union of everything it holds.

A server may apply a multi-operation update only in part (Virtuoso does), so every article
write is a sequence of single, idempotent operations with a journal in the graph ``graph:journal``
(docs/decisions/remote-writes.md):

* a new article is journaled, written into its graph with its content hash last, then its facts
  are added to the merged graph, and the journal entry is removed; if anything fails the
  article is rolled back (its graph dropped and the facts only it stated removed);
* a changed article is first written whole into staging graphs; only then is the replacement
  journaled and carried out, so a failure before that point leaves the old version, and a crash
  after it is rolled forward from the staging copy.

:meth:`RemoteStore.recover` finishes or undoes whatever a crash left in the journal; it runs when
the store is opened and before each write.
"""

from __future__ import annotations

import itertools
import logging
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import IO, TypeVar
from urllib.error import HTTPError, URLError

import pyoxigraph as ox
from pyoxigraph import NamedNode, Quad, Triple
from SPARQLWrapper import BASIC, DIGEST, POST, URLENCODED, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import EndPointInternalError, QueryBadFormed, SPARQLWrapperException

from kg.errors import BadQuery, QueryTimeout, StoreUnavailable
from kg.mapping import ArticleGraph
from kg.namespaces import AKG, GRAPH
from kg.passages import PassageIndex, open_index
from kg.store import Outcome, Stats
from kg.store.lexer import LexError, tokens
from kg.store.oxigraph import rdf_format
from kg.store.sparql import Bindings, Result, Rows, bind, constant_graphs_as_variables, only_rows, query_form

log = logging.getLogger(__name__)

MERGED = NamedNode(GRAPH.kg)
JOURNAL = NamedNode(GRAPH.journal)
_HASH = NamedNode(AKG.contentHash)
_PENDING_NEW = NamedNode(str(GRAPH) + "pendingNew")
_PENDING_REPLACE = NamedNode(str(GRAPH) + "pendingReplace")
_STAGING = NamedNode(str(GRAPH) + "Staging")
_RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")

_VIRTUOSO_ASK = "__ASK_RETVAL"

T = TypeVar("T")


class RemoteStore:
    """A SPARQL 1.1 server holding the astrokg graph."""

    def __init__(
        self, query_url: str, *, update_url: str | None = None, user: str | None = None,
        password: str | None = None, auth: str = "basic", timeout: float = 30.0, batch_size: int = 2000,
        retries: int = 4, passages: Path | None = None,
    ) -> None:
        """``passages`` is the file of the local passage index (built from the server's
        sentences when new); without it the store keeps no index."""
        if auth not in ("basic", "digest"):
            raise ValueError(f"unknown authentication {auth!r}; use basic or digest")
        self.query_url = query_url
        self.update_url = update_url or query_url
        self.user, self.password, self.auth = user, password, auth
        self.timeout = timeout
        #: Triples per INSERT DATA; Virtuoso takes at most about 4,900 in one.
        self.batch_size = batch_size
        self.retries = retries
        try:
            self.recover()
        except SPARQLWrapperException as error:
            log.error("the SPARQL server at %s refused astrokg's queries: %s", query_url, error)
            raise StoreUnavailable(f"the SPARQL server at {query_url} refused astrokg's queries") from error
        self.passages: PassageIndex | None = open_index(passages, self) if passages is not None else None

    # ------------------------------------------------------------------ requests

    def _client(self, url: str) -> SPARQLWrapper:
        client = SPARQLWrapper(url)
        client.setMethod(POST)
        client.setRequestMethod(URLENCODED)
        client.setTimeout(int(max(1, self.timeout)))
        client.setOnlyConneg(True)
        if self.user is not None:
            client.setHTTPAuth(DIGEST if self.auth == "digest" else BASIC)
            client.setCredentials(self.user, self.password or "")
        return client

    def _retrying(self, action: Callable[[], T]) -> T:
        """Run a request, retrying with backoff when the server is unreachable or answers 5xx.
        Every operation this store sends is idempotent, so a retry is always safe."""
        delay = 0.2
        for attempt in range(self.retries + 1):
            try:
                return action()
            except (URLError, ConnectionError, EndPointInternalError) as error:
                if isinstance(error, HTTPError) and error.code < 500:
                    log.warning("the SPARQL server answered %s: %s", error.code, error)
                    raise StoreUnavailable(f"the SPARQL server refused the request (HTTP {error.code})") from error
                if attempt == self.retries:
                    log.error("the SPARQL server at %s failed: %s", self.query_url, error)
                    raise StoreUnavailable(
                        f"the SPARQL server at {self.query_url} did not answer after {attempt + 1} attempts"
                    ) from error
                log.warning("SPARQL server error (%s); retrying in %.1f s", error, delay)
                time.sleep(delay)
                delay *= 2
        raise AssertionError("unreachable")

    def _post_query(self, sparql: str, accept: str, default_graph: bool = True,
                    default_graphs: Sequence[str] = (), named_graphs: Sequence[str] = ()) -> tuple[bytes, str]:
        """Send a query. Without a dataset of the caller's, a query is evaluated over the merged
        graph with every graph still reachable through ``GRAPH ?g`` (see :func:`in_merged_graph`)."""
        dataset_given = bool(default_graphs or named_graphs)
        if default_graph and not dataset_given:
            scoped = in_merged_graph(sparql)
            if scoped is not None:
                sparql, default_graph = scoped, False

        def send() -> tuple[bytes, str]:
            client = self._client(self.query_url)
            client.setQuery(sparql)
            if dataset_given:  # the caller's dataset (SPARQL protocol parameters)
                for graph in default_graphs:
                    client.addDefaultGraph(graph)
                for graph in named_graphs:
                    client.addNamedGraph(graph)
            elif default_graph:
                client.addDefaultGraph(MERGED.value)
            client.addCustomHttpHeader("Accept", accept)
            try:
                response = client.query().response
            except QueryBadFormed as error:
                raise _refused("query", error) from error
            except TimeoutError as error:
                raise QueryTimeout(f"the SPARQL server did not answer within {self.timeout:g} s") from error
            return response.read(), response.info().get("Content-Type", "")

        return self._retrying(send)

    def _send_update(self, sparql: str) -> None:
        def send() -> None:
            client = self._client(self.update_url)
            client.setQuery(sparql)
            try:
                client.query().response.read()
            except QueryBadFormed as error:
                raise _refused("update", error) from error

        self._retrying(send)

    # ------------------------------------------------------------------ reading

    @property
    def generation(self) -> None:
        """Unknown: other clients may write to the server, so readers re-read now and then."""
        return None

    def query(self, sparql: str, bindings: Bindings | None = None) -> Result:
        """Run a query over the merged graph; results come back as pyoxigraph terms."""
        bound = bind(sparql, bindings)
        graph = query_form(bound) in ("CONSTRUCT", "DESCRIBE")
        data, media = self._post_query(
            constant_graphs_as_variables(bound), "application/n-triples" if graph else "application/sparql-results+json"
        )
        if "json" in media:
            parsed = ox.parse_query_results(data, ox.QueryResultsFormat.JSON)
            if isinstance(parsed, ox.QueryBoolean):
                return bool(parsed)
            names = [v.value for v in parsed.variables]
            if names == [_VIRTUOSO_ASK]:  # Virtuoso answers ASK as a one-column SELECT
                return _virtuoso_true(parsed)
            return Rows(names, [{n: t for n in names if (t := s[n]) is not None} for s in parsed])
        form = ox.RdfFormat.from_media_type(media.split(";")[0].strip()) or ox.RdfFormat.N_TRIPLES
        return [q.triple for q in ox.parse(data, form)]

    def select(self, sparql: str, bindings: Bindings | None = None) -> Rows:
        """The rows of a SELECT query."""
        return only_rows(self.query(sparql, bindings))

    def query_bytes(
        self, sparql: str, *, results_type: str = "application/sparql-results+json",
        graph_type: str = "text/turtle", default_graphs: Sequence[str] = (), named_graphs: Sequence[str] = (),
        base_iri: str | None = None,
    ) -> tuple[bytes, str]:
        """Pass a query through to the server and return its answer as it is (constant
        ``GRAPH <iri>`` patterns are written with a variable, which Virtuoso needs). The
        dataset goes as protocol parameters; the base IRI as a BASE declaration."""
        if base_iri:
            sparql = f"BASE <{ox.NamedNode(base_iri).value}>\n{sparql}"
        graph = query_form(sparql) in ("CONSTRUCT", "DESCRIBE")
        sent = constant_graphs_as_variables(sparql)
        data, media = self._post_query(sent, graph_type if graph else results_type,
                                       default_graphs=default_graphs, named_graphs=named_graphs)
        if _VIRTUOSO_ASK.encode() in data[:400]:
            if "json" not in media:  # read the answer back as JSON (CSV cannot be), over the same dataset
                data, media = self._post_query(sent, "application/sparql-results+json",
                                               default_graphs=default_graphs, named_graphs=named_graphs)
            parsed = ox.parse_query_results(data, ox.QueryResultsFormat.JSON)
            assert isinstance(parsed, ox.QuerySolutions)
            return _boolean_result(_virtuoso_true(parsed), results_type)
        return data, media

    def article_hashes(self, iris: Sequence[NamedNode]) -> dict[str, str]:
        """Stored content hashes by article IRI (absent articles are left out)."""
        if not iris:
            return {}
        rows = self.select("SELECT ?g ?h WHERE { GRAPH ?g { ?g ?hash ?h } }", {"g": list(iris), "hash": _HASH})
        return {r["g"].value: str(r["h"].value) for r in rows}

    def stats(self) -> Stats:
        """The embedded store's counts (articles, labelled entities, merged facts whose predicate
        some assertion states, every triple of astrokg's graphs), in standard SPARQL with every
        graph named: a server's own default graph may hold anything (Virtuoso's holds its system
        triples) or nothing (``oxigraph serve``)."""
        rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        article = f"?g <{AKG.contentHash}> ?h"
        return Stats(
            articles=self._count(f"SELECT (COUNT(?a) AS ?n) WHERE {{ GRAPH {MERGED} {{ ?a a <{AKG.Article}> }} }}"),
            entities=self._count(
                f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ GRAPH {MERGED} "
                "{ ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l } }"),
            facts=self._count(
                f"SELECT (COUNT(*) AS ?n) WHERE {{ {{ SELECT DISTINCT ?p WHERE {{ GRAPH ?g {{ {article} . "
                f"?a <{rdf}predicate> ?p }} }} }} GRAPH {MERGED} {{ ?s ?p ?o }} }}"),
            triples=self._count(
                f"SELECT (COUNT(*) AS ?n) WHERE {{ {{ GRAPH ?g {{ {article} . ?s ?p ?o }} }} UNION "
                f"{{ GRAPH {MERGED} {{ ?s ?p ?o }} }} }}"),
        )

    def _count(self, sparql: str) -> int:
        """The number a one-row COUNT query answers, sent without any dataset of ours."""
        data, _ = self._post_query(sparql, "application/sparql-results+json", default_graph=False)
        parsed = ox.parse_query_results(data, ox.QueryResultsFormat.JSON)
        assert isinstance(parsed, ox.QuerySolutions)
        values = [s["n"] for s in parsed]
        return int(str(values[0].value)) if values and values[0] is not None else 0

    # ------------------------------------------------------------------ writing

    def write(self, graphs: Sequence[ArticleGraph]) -> list[Outcome]:
        """Store articles, each atomically (see the module docstring)."""
        self.recover()
        stored = self.article_hashes([g.iri for g in graphs])
        outcomes: list[Outcome] = []
        fresh: list[ArticleGraph] = []
        for graph in graphs:
            if any(g.iri == graph.iri for g in fresh):  # the same article twice in one batch
                self._write_new(fresh)
                fresh = []
            old = stored.get(graph.iri.value)
            if old == graph.content_hash:
                outcomes.append("unchanged")
            elif old is None:
                fresh.append(graph)
                outcomes.append("loaded")
            else:
                self._replace(graph)
                outcomes.append("replaced")
            stored[graph.iri.value] = graph.content_hash
        if fresh:
            self._write_new(fresh)
        if self.passages is not None:
            self.passages.put(graphs)
        return outcomes

    def _write_new(self, graphs: list[ArticleGraph]) -> None:
        journal = [Triple(g.iri, _RDF_TYPE, _PENDING_NEW) for g in graphs]
        self._insert_data(Quad(t.subject, t.predicate, t.object, JOURNAL) for t in journal)
        try:
            for graph in graphs:  # the content hash goes last: an article is complete once it has one
                quads = list(graph.quads())
                quads.sort(key=lambda q: q.predicate == _HASH and q.subject == graph.iri)
                self._insert_data(quads)
            self._insert_data(Quad(t.subject, t.predicate, t.object, MERGED) for g in graphs for t in g.facts)
        except Exception:
            for graph in graphs:
                self._best_effort(lambda iri=graph.iri: self._remove_article(iri))  # type: ignore[misc]
            self._best_effort(lambda: self._delete_data(Quad(t.subject, t.predicate, t.object, JOURNAL)
                                                        for t in journal))
            raise
        self._delete_data(Quad(t.subject, t.predicate, t.object, JOURNAL) for t in journal)

    def _replace(self, graph: ArticleGraph) -> None:
        stage = NamedNode(f"{GRAPH}staging/{uuid.uuid4().hex}")
        whole, facts = _staged(stage)
        self._insert_data([Quad(stage, _RDF_TYPE, _STAGING, JOURNAL)])
        try:
            self._insert_data(Quad(q.subject, q.predicate, q.object, whole) for q in graph.quads())
            self._insert_data(Quad(t.subject, t.predicate, t.object, facts) for t in graph.facts)
        except Exception:
            self._best_effort(lambda: self._drop_staging(stage))
            raise
        self._insert_data([Quad(graph.iri, _PENDING_REPLACE, stage, JOURNAL)])
        self._roll_forward(graph.iri, stage)

    def _roll_forward(self, article: NamedNode, stage: NamedNode) -> None:
        """Carry out a journaled replacement; every step can be repeated after a crash."""
        whole, facts = _staged(stage)
        self._send_update(_orphans_delete(article, keep=facts))
        self._send_update(f"DROP SILENT GRAPH {article}")
        for source, target in ((whole, article), (facts, MERGED)):
            self._send_update(f"INSERT {{ GRAPH {target} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {source} {{ ?s ?p ?o }} }}")
        # Done: the staging copy is no longer needed once the journal stops pointing at it.
        self._delete_data([Quad(article, _PENDING_REPLACE, stage, JOURNAL)])
        self._drop_staging(stage)

    def _drop_staging(self, stage: NamedNode) -> None:
        for graph in _staged(stage):
            self._send_update(f"DROP SILENT GRAPH {graph}")
        self._delete_data([Quad(stage, _RDF_TYPE, _STAGING, JOURNAL)])

    def _remove_article(self, article: NamedNode) -> None:
        self._send_update(_orphans_delete(article, keep=None))
        self._send_update(f"DROP SILENT GRAPH {article}")

    def delete(self, iris: Sequence[NamedNode]) -> int:
        """Remove articles and the facts only they state."""
        present = self.article_hashes(list(iris))
        if self.passages is not None:
            self.passages.remove(iris)
        for iri in iris:
            if iri.value in present:
                self._remove_article(iri)
        return len(present)

    def recover(self) -> None:
        """Finish or undo writes a crash interrupted, as the journal records them."""
        rows = self.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH {JOURNAL} {{ ?s ?p ?o }} }}")
        replacing = {r["o"].value for r in rows if r["p"] == _PENDING_REPLACE}
        for row in rows:
            subject = NamedNode(row["s"].value)
            if row["o"] == _PENDING_NEW:
                log.warning("rolling back the interrupted write of %s", subject.value)
                self._remove_article(subject)
                self._delete_data([Quad(subject, _RDF_TYPE, _PENDING_NEW, JOURNAL)])
            elif row["p"] == _PENDING_REPLACE:
                log.warning("finishing the interrupted replacement of %s", subject.value)
                self._roll_forward(subject, NamedNode(row["o"].value))
            elif row["o"] == _STAGING and subject.value not in replacing:
                self._drop_staging(subject)

    def update(self, sparql: str, base_iri: str | None = None) -> None:
        """Pass a SPARQL update through to the server as it is (with a BASE for ``base_iri``)."""
        self._send_update(f"BASE <{ox.NamedNode(base_iri).value}>\n{sparql}" if base_iri else sparql)

    def _insert_data(self, quads: Iterable[Quad]) -> None:
        for chunk in _chunks(quads, self.batch_size):
            self._send_update(f"INSERT DATA {{ {_graph_blocks(chunk)} }}")

    def _delete_data(self, quads: Iterable[Quad]) -> None:
        for chunk in _chunks(quads, self.batch_size):
            self._send_update(f"DELETE DATA {{ {_graph_blocks(chunk)} }}")

    @staticmethod
    def _best_effort(action: Callable[[], object]) -> None:
        try:
            action()
        except Exception:  # the journal lets recover() finish the clean-up later
            log.exception("clean-up failed; recover() will finish it")

    # ------------------------------------------------------------------ dump and load

    def dump(self, output: IO[bytes], fmt: str) -> None:
        """The merged graph and every article graph (nquads, trig), or the merged graph alone."""
        form = rdf_format(fmt)
        article_graphs = self.select(f"SELECT ?g WHERE {{ GRAPH ?g {{ ?g <{AKG.contentHash}> ?h }} }}")
        graphs = [MERGED] + ([NamedNode(r["g"].value) for r in article_graphs] if form.supports_datasets else [])
        quads: list[Quad] = []
        for graph in graphs:
            data, _ = self._post_query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}",
                                       "application/n-triples", default_graph=False)
            target = ox.DefaultGraph() if graph == MERGED else graph
            quads.extend(Quad(t.subject, t.predicate, t.object, target)
                         for t in (q.triple for q in ox.parse(data, ox.RdfFormat.N_TRIPLES)))
        if form.supports_datasets:
            ox.serialize(quads, output, form)
        else:
            ox.serialize([q.triple for q in quads], output, form)

    def load(self, source: IO[bytes], fmt: str) -> None:
        """Read a dump: its default graph becomes the merged graph, named graphs stay named."""
        try:
            quads = ox.parse(source, rdf_format(fmt))
            self._insert_data(
                Quad(q.subject, q.predicate, q.object, MERGED if isinstance(q.graph_name, ox.DefaultGraph)
                     else q.graph_name) for q in quads)
        except SyntaxError as error:
            raise BadQuery(f"cannot parse the {fmt} input: {error}") from error
        if self.passages is not None:
            self.passages.rebuild(self)

    def close(self) -> None:
        """Close the passage index; the server needs nothing: every request opens its own connection."""
        if self.passages is not None:
            self.passages.close()


def in_merged_graph(sparql: str) -> str | None:
    """The query with its WHERE group wrapped in ``GRAPH <merged> { ... }``: the same answers as
    giving the merged graph as the default graph, while ``GRAPH ?g`` inside still ranges over
    every named graph. The SPARQL protocol's ``default-graph-uri`` alone would leave a standard
    server (``oxigraph serve``, Fuseki) with no named graphs at all; Virtuoso ignores that rule,
    which is how the difference went unseen. ``None`` when the query names its own dataset
    (FROM), has no WHERE group (``DESCRIBE <iri>``), or cannot be read: it is sent as it is.

    >>> print(in_merged_graph("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1"))
    SELECT ?s WHERE { GRAPH <https://w3id.org/astrokg/graph/kg> { ?s ?p ?o } } LIMIT 1
    """
    try:
        found = [t for t in tokens(sparql) if t.depth == 0]
    except LexError:
        return None
    if any(t.keyword == "FROM" for t in found):
        return None
    form = query_form(sparql)
    short_construct = any(a.keyword == "CONSTRUCT" and b.keyword == "WHERE" for a, b in itertools.pairwise(found))
    if form == "DESCRIBE" or short_construct:
        return None  # a description is drawn from the default graph; CONSTRUCT WHERE's group is its template
    opening = None
    for index, token in enumerate(found):
        if token.text == "{" and (form in ("SELECT", "ASK") or
                                  (index and found[index - 1].keyword == "WHERE")):
            opening = index
            break
    if opening is None:
        return None
    closing = next((t for t in found[opening + 1:] if t.text == "}"), None)
    if closing is None:
        return None
    start, end = found[opening].start + 1, closing.start
    return f"{sparql[:start]} GRAPH {MERGED} {{{sparql[start:end]}}} {sparql[end:]}"


def _virtuoso_true(answer: ox.QuerySolutions) -> bool:
    """The truth of Virtuoso's ASK answer, a one-column SELECT of 0 or 1."""
    return any(str(s[_VIRTUOSO_ASK].value) not in ("0", "false") for s in answer)


def _boolean_result(value: bool, media_type: str) -> tuple[bytes, str]:
    """A standard ASK answer, for servers that answer ASK as a one-column SELECT."""
    word = "true" if value else "false"
    if "xml" in media_type:
        body = f'<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/><boolean>{word}</boolean></sparql>'
        return body.encode(), "application/sparql-results+xml"
    if "csv" in media_type or "tab-separated" in media_type:
        return f"{word}\n".encode(), media_type
    return f'{{"head":{{}},"boolean":{word}}}'.encode(), "application/sparql-results+json"


def _staged(stage: NamedNode) -> tuple[NamedNode, NamedNode]:
    """The staging graphs of a replacement: the whole new article graph, and its facts alone."""
    return NamedNode(stage.value + "/article"), NamedNode(stage.value + "/facts")


def _orphans_delete(article: NamedNode, keep: NamedNode | None) -> str:
    """One operation removing from the merged graph the facts only ``article`` states (and that
    the staged new version ``keep`` no longer states)."""
    kept = f"FILTER NOT EXISTS {{ GRAPH {keep} {{ ?s ?p ?o }} }}" if keep else ""
    return (
        f"DELETE {{ GRAPH {MERGED} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {article} {{ ?s ?p ?o }} "
        f"GRAPH {MERGED} {{ ?s ?p ?o }} {kept} "
        f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?other <{AKG.contentHash}> ?h . ?s ?p ?o }} "
        f"FILTER (?other != {article}) }} }}"
    )


def _graph_blocks(quads: list[Quad]) -> str:
    """``GRAPH <g> { ... }`` blocks in N-Triples syntax (pyoxigraph escapes every term)."""
    by_graph: dict[str, list[str]] = {}
    for q in quads:
        by_graph.setdefault(str(q.graph_name), []).append(f"{q.subject} {q.predicate} {q.object} .")
    return " ".join(f"GRAPH {g} {{ {' '.join(lines)} }}" for g, lines in by_graph.items())


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _refused(what: str, error: Exception) -> BadQuery:
    """The server's refusal, without its text (logged here): a remote payload is never relayed."""
    log.warning("the SPARQL server refused the %s: %s", what, str(error)[:2000])
    return BadQuery(f"the SPARQL server refused the {what}")

