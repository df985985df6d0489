"""The store contract, run against every backend: what users and the rest of astrokg rely on."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pyoxigraph import Literal as OxLiteral
from pyoxigraph import NamedNode, Quad

from kg.ingest import graph_for
from kg.iris import article_iri, entity_iri
from kg.mapping import ArticleGraph
from kg.namespaces import AKG
from kg.store import Store
from kg.store.oxigraph import OxigraphStore
from kg.store.remote import JOURNAL, MERGED, RemoteStore
from kg.store.sparql import Rows
from tests.kg.conftest import giffords_article, twins_article

SPOUSE = f"SELECT ?who WHERE {{ <{entity_iri('Mark Kelly').value}> <{AKG.spouse}> ?who }}"


def rows(store: Store, sparql: str, **bindings: object) -> Rows:
    result = store.query(sparql, bindings or None)  # type: ignore[arg-type]
    assert isinstance(result, Rows)
    return result


def nquads(store: Store) -> set[str]:
    """The whole dataset as a set of N-Quads lines, for comparing stores."""
    out = io.BytesIO()
    store.dump(out, "nquads")
    return {line for line in out.getvalue().decode().splitlines() if line.strip()}


class Poisoned(ArticleGraph):
    """An article graph whose quads fail half-way, as a crash in the middle of a write would."""

    def quads(self) -> Iterator[Quad]:
        for index, quad in enumerate(super().quads()):
            if index == len(self) // 2:
                raise OSError("disk full (injected)")
            yield quad


def poisoned(graph: ArticleGraph) -> Poisoned:
    return Poisoned(**{f.name: getattr(graph, f.name) for f in dataclasses.fields(graph)})


@pytest.fixture(params=["oxigraph", "virtuoso", "oxigraph-serve"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """Each contract test runs on the embedded store and on two real SPARQL servers: Virtuoso,
    and ``oxigraph serve`` (which keeps to the standard where Virtuoso does not)."""
    if request.param == "oxigraph":
        embedded = OxigraphStore(tmp_path / "store")
        yield embedded
        embedded.close()
        return
    if request.param == "virtuoso":
        remote = RemoteStore(request.getfixturevalue("virtuoso_url"), timeout=30)
    else:
        query_url, update_url = request.getfixturevalue("oxigraph_server")
        remote = RemoteStore(query_url, update_url=update_url, timeout=30)
    wipe(remote)
    yield remote
    wipe(remote)


def wipe(store: RemoteStore) -> None:
    """Remove every graph astrokg wrote, so the next test starts from nothing."""
    for article in rows(store, f"SELECT ?g WHERE {{ GRAPH ?g {{ ?g <{AKG.contentHash}> ?h }} }}").values("g"):
        store.update(f"DROP SILENT GRAPH <{article.value}>")
    for graph in (MERGED, JOURNAL):
        store.update(f"DROP SILENT GRAPH {graph}")


def test_written_facts_come_back(store: Store) -> None:
    assert store.write([graph_for(store, twins_article())]) == ["loaded"]
    assert [r["who"].value for r in rows(store, SPOUSE)] == [entity_iri("Gabrielle Giffords").value]


def test_a_fact_two_articles_state_is_seen_once_with_two_sources(store: Store) -> None:
    store.write([graph_for(store, twins_article()), graph_for(store, giffords_article())])
    assert len(rows(store, SPOUSE)) == 1
    sources = rows(store, f"""SELECT ?article WHERE {{ GRAPH ?article {{
        ?article a <{AKG.Article}> . <{entity_iri('Mark Kelly').value}> <{AKG.spouse}> ?who }} }}""")
    assert {r["article"].value for r in sources} == {article_iri("twins").value, article_iri("giffords").value}


def test_the_sentence_behind_a_fact_is_one_query_away(store: Store) -> None:
    store.write([graph_for(store, twins_article())])
    found = rows(store, """
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?text WHERE { GRAPH ?g {
            ?a rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?sentence .
            ?sentence <https://schema.org/text> ?text } }""",
        s=entity_iri("Mark Kelly"), p=NamedNode(AKG.spouse), o=entity_iri("Gabrielle Giffords"))
    assert [r["text"].value for r in found] == ["Mark Kelly is married to Gabrielle Giffords."]


def test_rewriting_an_unchanged_article_changes_nothing(store: Store) -> None:
    store.write([graph_for(store, twins_article())])
    before = nquads(store)
    assert store.write([graph_for(store, twins_article())]) == ["unchanged"]
    assert nquads(store) == before


def test_a_changed_article_replaces_only_its_own_facts(store: Store) -> None:
    store.write([graph_for(store, twins_article()), graph_for(store, giffords_article())])
    changed = twins_article(" Scott Kelly flew on Soyuz.")
    changed = dataclasses.replace(changed, facts=tuple(f for f in changed.facts if f.predicate != "spouse"))
    assert store.write([graph_for(store, changed)]) == ["replaced"]
    # Giffords' article still states the marriage, so it stays; the twins article no longer does.
    assert len(rows(store, SPOUSE)) == 1
    sources = rows(store, f"SELECT ?g WHERE {{ GRAPH ?g {{ ?g a <{AKG.Article}> . ?s <{AKG.spouse}> ?o }} }}")
    assert {r["g"].value for r in sources} == {article_iri("giffords").value}
    assert store.query(f"ASK {{ ?s <{AKG.twinOf}> ?o }}") is True


def test_one_article_twice_in_a_batch_ends_as_its_last_version(store: Store) -> None:
    changed = twins_article(" Scott Kelly flew on Soyuz.")
    changed = dataclasses.replace(changed, facts=tuple(f for f in changed.facts if f.predicate != "twinOf"))
    first, second = graph_for(store, twins_article()), graph_for(store, changed)
    assert store.write([first, second, second]) == ["loaded", "replaced", "unchanged"]
    assert store.query(f"ASK {{ ?s <{AKG.twinOf}> ?o }}") is False


def test_a_fact_only_a_replaced_article_stated_disappears(store: Store) -> None:
    store.write([graph_for(store, twins_article())])
    changed = twins_article(" Scott Kelly flew on Soyuz.")
    changed = dataclasses.replace(changed, facts=tuple(f for f in changed.facts if f.predicate != "twinOf"))
    store.write([graph_for(store, changed)])
    assert store.query(f"ASK {{ ?s <{AKG.twinOf}> ?o }}") is False


def test_a_failure_mid_article_leaves_none_of_it(store: Store) -> None:
    with pytest.raises(OSError, match="injected"):
        store.write([poisoned(graph_for(store, twins_article()))])
    assert nquads(store) == set()


def test_a_failure_mid_replacement_keeps_the_old_version(store: Store) -> None:
    store.write([graph_for(store, twins_article())])
    before = nquads(store)
    with pytest.raises(OSError, match="injected"):
        store.write([poisoned(graph_for(store, twins_article(" Scott Kelly flew on Soyuz.")))])
    assert nquads(store) == before


def test_deleting_an_article_keeps_facts_others_state(store: Store) -> None:
    store.write([graph_for(store, twins_article()), graph_for(store, giffords_article())])
    assert store.delete([article_iri("twins")]) == 1
    assert len(rows(store, SPOUSE)) == 1
    assert store.query(f"ASK {{ ?s <{AKG.twinOf}> ?o }}") is False
    assert store.delete([article_iri("twins")]) == 0


def test_export_then_import_gives_back_the_same_graph(store: Store, tmp_path: Path) -> None:
    store.write([graph_for(store, twins_article()), graph_for(store, giffords_article())])
    for fmt in ("nquads", "trig"):
        out = io.BytesIO()
        store.dump(out, fmt)
        copy = OxigraphStore(f"{tmp_path}/copy-{fmt}")
        try:
            copy.load(io.BytesIO(out.getvalue()), fmt)
            assert nquads(copy) == nquads(store)
        finally:
            copy.close()


def test_bound_values_cannot_change_a_query(store: Store) -> None:
    store.write([graph_for(store, twins_article())])
    hostile = OxLiteral('Mark Kelly" } } ; DROP ALL ; SELECT * { ?s ?p "')
    found = rows(store, "SELECT ?e WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?name }", name=hostile)
    assert len(found) == 0
    assert len(rows(store, "SELECT ?e WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?name }",
                    name=OxLiteral("Mark Kelly"))) == 1


def test_variables_bound_together_take_only_the_rows_given(store: Store) -> None:
    """``"s p o"`` binds rows of values: the combinations given, not every subject with every
    object (the question engine asks how each of a profile's facts is stated this way)."""
    store.write([graph_for(store, twins_article())])
    scott, mark, gabby = (entity_iri(n) for n in ("Scott Kelly", "Mark Kelly", "Gabrielle Giffords"))
    twin, spouse = NamedNode(AKG.twinOf), NamedNode(AKG.spouse)
    together = "SELECT ?s WHERE { VALUES (?s ?p ?o) { } ?s ?p ?o }"
    apart = rows(store, "SELECT ?s WHERE { ?s ?p ?o }", s=[scott, mark], p=[twin, spouse], o=[gabby, mark])
    assert len(apart) == 2  # every combination of these values: both stated facts
    assert len(rows(store, together, **{"s p o": [(scott, twin, gabby), (mark, spouse, mark)]})) == 0
    found = rows(store, together, **{"s p o": [(scott, twin, mark), (mark, spouse, gabby)]})
    assert sorted(r["s"].value for r in found) == sorted([scott.value, mark.value])


def test_stats_count_articles_entities_and_facts(store: Store) -> None:
    store.write([graph_for(store, twins_article()), graph_for(store, giffords_article())])
    counts = store.stats().as_dict()
    assert counts["articles"] == 2
    assert counts["entities"] == 3  # Scott Kelly, Mark Kelly, Gabrielle Giffords
    assert counts["facts"] == 3  # twinOf, spouse (stated twice, counted once), timeInSpace
    assert counts["triples"] > 0


def test_stats_are_the_embedded_stores_on_every_backend(store: Store, tmp_path: Path) -> None:
    articles = [twins_article(), giffords_article()]
    store.write([graph_for(store, a) for a in articles])
    embedded = OxigraphStore(tmp_path / "reference")
    try:
        embedded.write([graph_for(embedded, a) for a in articles])
        assert store.stats() == embedded.stats()
        assert store.stats().triples == len(nquads(embedded))
    finally:
        embedded.close()


def test_sources_through_graph_variables_beside_the_merged_graph(store: Store) -> None:
    """A query mixing the merged graph and ``GRAPH ?g`` (as the question engine's are) sees both."""
    store.write([graph_for(store, twins_article()), graph_for(store, giffords_article())])
    found = rows(store, f"SELECT DISTINCT ?g WHERE {{ ?s <{AKG.spouse}> ?o . "
                        f"GRAPH ?g {{ ?g <{AKG.contentHash}> ?h }} }}")
    assert sorted(r["g"].value for r in found) == sorted(article_iri(i).value for i in ("twins", "giffords"))


def test_query_bytes_returns_the_engine_serialization(store: Store) -> None:
    store.write([graph_for(store, twins_article())])
    data, media = store.query_bytes(f"ASK {{ ?s <{AKG.twinOf}> ?o }}")
    assert "json" in media and b'"boolean":true' in data.replace(b" ", b"")
    data, media = store.query_bytes(f"SELECT ?o WHERE {{ ?s <{AKG.spouse}> ?o }}", results_type="text/csv")
    assert media.startswith("text/csv") and entity_iri("Gabrielle Giffords").value.encode() in data
    data, media = store.query_bytes(f"CONSTRUCT {{ ?s <{AKG.spouse}> ?o }} WHERE {{ ?s <{AKG.spouse}> ?o }}",
                                    graph_type="application/n-triples")
    assert "n-triples" in media and data.count(b"\n") == 1


def test_a_named_graph_can_be_named_in_a_query(store: Store) -> None:
    store.write([graph_for(store, twins_article())])
    found = rows(store, f"SELECT ?t WHERE {{ GRAPH <{article_iri('twins').value}> {{ ?a <{AKG.sourceId}> ?t }} }}")
    assert [r["t"].value for r in found] == ["twins"]
