"""Extraction on a Dask cluster (a LocalCluster of two worker processes) gives the same
graph as a single process, with the same idempotence and reporting."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from extract import Article
from kg.ingest import ingest
from kg.store.oxigraph import OxigraphStore
from tests.corpus import articles

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    """Two worker processes with one thread each, as on two machines."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as connected:
        yield connected


def _nquads(store: OxigraphStore) -> bytes:
    out = io.BytesIO()
    store.dump(out, "nquads")
    return b"\n".join(sorted(out.getvalue().splitlines()))


def test_a_two_worker_cluster_writes_the_graph_one_process_writes(nlp: Language, client: object,
                                                                  tmp_path: Path) -> None:
    from kg.cluster import DaskExtractor

    corpus = [Article(text=r["text"], title=r["title"], id=r["id"], origin=f"feed:{i}")
              for i, r in enumerate(articles(12, seed=31))]
    local = OxigraphStore(tmp_path / "local")
    ingest(local, nlp, corpus, batch_size=3)
    cluster = OxigraphStore(tmp_path / "cluster")
    extractor = DaskExtractor(client, nlp, batch_size=3)
    report = ingest(cluster, extractor, corpus + [Article(text="", id="empty", origin="feed:12")], batch_size=3)
    assert report.count("loaded") == 12 and report.words > 0
    assert [(f.origin, f.reason) for f in report.failed] == [("feed:12", "the article has no text")]
    assert _nquads(cluster) == _nquads(local)
    again = ingest(cluster, extractor, corpus, batch_size=3)
    assert again.count("unchanged") == 12
    loaded = client.run(lambda dask_worker: dask_worker.plugins["astrokg-pipeline"].nlp is not None)  # type: ignore[attr-defined]
    assert set(loaded.values()) == {True}
    local.close()
    cluster.close()
