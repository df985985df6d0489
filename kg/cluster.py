"""Extraction on a Dask distributed cluster (``kg ingest --cluster tcp://host:8786``).

Extraction is embarrassingly parallel, so it is what goes to the cluster: batches of articles
are submitted to the workers, each worker loads the pipeline once (a worker plugin that
receives it pickled, so every worker runs exactly the caller's pipeline), and the
extracted facts (picklable :mod:`extract.facts` records) come back to the one writer in
this process, which resolves, maps and writes them with the same idempotence, atomicity
and reporting as a local run. The writer and the store are then the limit: point several
runs at a remote SPARQL store, or make the batches larger, to go further.
"""

from __future__ import annotations

import logging
import pickle
from collections.abc import Sequence
from typing import Any

from distributed import Client, get_worker
from distributed.diagnostics.plugin import WorkerPlugin
from spacy.language import Language

from extract import Article
from kg.errors import KGError, StoreUnavailable
from kg.extraction_pool import Outcome, Pending, extract_batch

log = logging.getLogger(__name__)

_PLUGIN = "astrokg-pipeline"


class PipelinePlugin(WorkerPlugin):
    """Loads the pipeline once on every worker, including workers that join later."""

    name = _PLUGIN

    def __init__(self, pipeline: bytes) -> None:
        self.pipeline = pipeline
        self.nlp: Language | None = None

    def setup(self, worker: Any) -> None:
        self.nlp = pickle.loads(self.pipeline)


def _work(articles: Sequence[Article], batch_size: int) -> list[Outcome]:
    """Runs on a worker: extract a batch with the worker's pipeline."""
    plugin: PipelinePlugin = get_worker().plugins[_PLUGIN]  # type: ignore[assignment]
    nlp = plugin.nlp
    if nlp is None:
        raise KGError("the astrokg pipeline is not loaded on this worker")
    return extract_batch(nlp, articles, batch_size)


class _Future:
    def __init__(self, future: Any) -> None:
        self.future = future

    def result(self) -> list[Outcome]:
        outcomes: list[Outcome] = self.future.result()
        self.future.release()
        return outcomes


class DaskExtractor:
    """Runs article batches on a Dask cluster, two batches per worker thread in flight."""

    def __init__(self, client: Any, nlp: Language, *, batch_size: int = 32, own_client: bool = False) -> None:
        self.client, self.batch_size, self._own = client, batch_size, own_client
        client.register_plugin(PipelinePlugin(pickle.dumps(nlp)))
        threads = sum(client.nthreads().values()) or 1
        self.window = 2 * threads

    @classmethod
    def connect(cls, address: str, nlp: Language, *, batch_size: int = 32, timeout: float = 30.0) -> DaskExtractor:
        """Connect to the scheduler at ``address`` (tcp://host:8786)."""
        try:
            client = Client(address, timeout=timeout)  # type: ignore[no-untyped-call]
        except (OSError, TimeoutError) as error:
            raise StoreUnavailable(f"cannot reach the Dask scheduler at {address}: {error}") from error
        return cls(client, nlp, batch_size=batch_size, own_client=True)

    def submit(self, articles: Sequence[Article]) -> Pending:
        """Send a batch to the cluster (the scheduler picks the worker)."""
        return _Future(self.client.submit(_work, list(articles), self.batch_size, pure=False))

    def close(self) -> None:
        """Unregister the pipeline; close the connection if this extractor opened it."""
        if self._own:
            self.client.close()
