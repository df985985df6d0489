"""The graph store: one small interface over the embedded Oxigraph store and any SPARQL 1.1
server, chosen by configuration. Nothing above this package knows which one it has.

Layout, the same on both (see docs/decisions/graph-layout.md):

* each article's facts and their provenance live in a named graph whose name is the
  article's IRI, so the sources of a fact are one ``GRAPH ?article { s p o }`` away;
* the merged knowledge graph, each fact once however many articles state it, is the
  default graph, which is what a query without ``GRAPH`` sees.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Literal, Protocol

from kg.store.sparql import Bindings, Result, Rows

if TYPE_CHECKING:
    from pyoxigraph import NamedNode

    from kg.config import Settings
    from kg.mapping import ArticleGraph
    from kg.passages import PassageIndex

#: What happened to an article on write.
Outcome = Literal["loaded", "replaced", "unchanged"]

#: Export and import formats, by the names the command line uses.
DUMP_FORMATS = ("nquads", "trig", "turtle", "ntriples")


@dataclass(frozen=True)
class Stats:
    """Counts of what the graph holds."""

    articles: int
    entities: int
    facts: int
    triples: int

    def as_dict(self) -> dict[str, int]:
        """The counts by name, as ``kg stats --json`` and ``/api/stats`` show them."""
        return {"articles": self.articles, "entities": self.entities, "facts": self.facts, "triples": self.triples}


class Store(Protocol):
    """What astrokg asks of a graph store, and nothing more."""

    @property
    def generation(self) -> int | None:
        """Changes with every write made through this object, so a reader can tell that what
        it derived from the graph (an entity index, cached answers) is stale; ``None`` when
        others may write to the graph too (a shared SPARQL server): readers re-read it now and then."""
        ...

    #: The full-text index of the stored sentences, kept current by ``write``, ``delete`` and
    #: ``load`` (see kg/passages.py); None for a store opened without one.
    passages: PassageIndex | None

    def article_hashes(self, iris: Sequence[NamedNode]) -> dict[str, str]:
        """Content hashes of the given articles that are already stored, by article IRI."""
        ...

    def write(self, graphs: Sequence[ArticleGraph]) -> list[Outcome]:
        """Store articles, each atomically: an unchanged one is left alone, a changed one
        replaces its own graph, and a fact another article also states stays."""
        ...

    def delete(self, iris: Sequence[NamedNode]) -> int:
        """Remove articles and the facts only they state; returns how many existed."""
        ...

    def query(self, sparql: str, bindings: Bindings | None = None) -> Result:
        """Run a query over the merged graph (and the article graphs through GRAPH)."""
        ...

    def select(self, sparql: str, bindings: Bindings | None = None) -> Rows:
        """Run a SELECT query and return its rows (a TypeError for any other form)."""
        ...

    def query_bytes(
        self, sparql: str, *, results_type: str = "application/sparql-results+json",
        graph_type: str = "text/turtle", default_graphs: Sequence[str] = (), named_graphs: Sequence[str] = (),
        base_iri: str | None = None,
    ) -> tuple[bytes, str]:
        """Run a query as it is and return the engine's own serialization and its media
        type: ``results_type`` for SELECT and ASK, ``graph_type`` for CONSTRUCT and DESCRIBE.
        ``default_graphs`` and ``named_graphs`` (IRIs), when given, replace the query's
        dataset (the SPARQL protocol's default-graph-uri and named-graph-uri); ``base_iri``
        resolves relative IRIs in the query. A remote store passes all of them through."""
        ...

    def update(self, sparql: str, base_iri: str | None = None) -> None:
        """Run a SPARQL update as it is (the SPARQL endpoint's write path); relative IRIs
        in it resolve against ``base_iri``."""
        ...

    def dump(self, output: IO[bytes], fmt: str) -> None:
        """Write the whole dataset (nquads, trig) or the merged graph (turtle, ntriples)."""
        ...

    def load(self, source: IO[bytes], fmt: str) -> None:
        """Read a dump back in; named graphs stay named graphs."""
        ...

    def stats(self) -> Stats:
        """How many articles, entities, facts and triples the graph holds."""
        ...

    def close(self) -> None:
        """Release the store (the embedded store's directory lock)."""
        ...


def open_store(settings: Settings) -> Store:
    """Open the store the settings name: ``oxigraph`` (embedded, under ``data_dir``) or the
    URL of a SPARQL 1.1 server. The remote client is imported only when used. Both keep the
    passage index in ``data_dir``."""
    if not settings.is_remote:
        from kg.store.oxigraph import OxigraphStore

        store: Store = OxigraphStore(settings.data_dir)
        return store
    from kg.passages import PASSAGES_FILE
    from kg.store.remote import RemoteStore

    remote: Store = RemoteStore(
        settings.store,
        update_url=settings.store_update_url,
        user=settings.store_user,
        password=settings.store_password,
        auth=settings.store_auth,
        timeout=settings.query_timeout,
        passages=settings.data_dir / PASSAGES_FILE,
    )
    return remote
