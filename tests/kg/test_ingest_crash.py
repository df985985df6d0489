"""kill -9 in the middle of `kg ingest`, then the same command again: every article is
loaded exactly once and none is half-written (a real subprocess, a real store)."""

from __future__ import annotations

import io
import os
import random
import signal
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest

from kg.store.oxigraph import OxigraphStore
from tests.corpus import articles, write_jsonl

ROOT = Path(__file__).resolve().parents[2]


def _graphs(data_dir: Path) -> dict[str, set[str]]:
    """Each named graph's quads, by graph name."""
    store = OxigraphStore(data_dir)
    out = io.BytesIO()
    store.dump(out, "nquads")
    store.close()
    graphs: dict[str, set[str]] = defaultdict(set)
    for line in out.getvalue().decode("utf-8").splitlines():
        graph = line.rsplit(" ", 2)[-2]
        graphs[graph if graph.startswith("<https://w3id.org/astrokg/article/") else "default"].add(line)
    return graphs


def _command(data_dir: Path, feed: Path) -> list[str]:
    return [sys.executable, "-c", "from web.cli import main; main()", "-vv", "--data-dir", str(data_dir),
            "ingest", str(feed), "--jobs", "1", "--batch-size", "3"]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "KG_API_TOKEN": ""}


@pytest.mark.issue(6)
def test_kill_9_mid_run_then_the_same_command_loads_each_article_once(tmp_path: Path) -> None:
    feed = write_jsonl(tmp_path / "feed.jsonl", articles(40, seed=21))
    reference = tmp_path / "reference"
    subprocess.run(_command(reference, feed), env=_env(), check=True, capture_output=True, timeout=300)
    expected = _graphs(reference)
    assert len(expected) == 41

    data = tmp_path / "data"
    with subprocess.Popen(_command(data, feed), env=_env(), stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                          text=True) as run:
        assert run.stderr is not None
        written = 0
        deadline = time.monotonic() + 240
        for line in run.stderr:  # kill it after a few batches are written, while it writes more
            written += "wrote a batch" in line
            if written >= 4 or time.monotonic() > deadline:
                break
        os.kill(run.pid, signal.SIGKILL)
        run.wait()
    assert run.returncode == -signal.SIGKILL

    interrupted = _graphs(data)
    articles_in = [g for g in interrupted if g != "default"]
    assert 0 < len(articles_in) < 40, "the kill should land mid-run"
    for graph in articles_in:  # every article present is whole
        assert interrupted[graph] == expected[graph]

    again = subprocess.run(_command(data, feed), env=_env(), capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert f"unchanged {len(articles_in)}," in again.stderr
    assert _graphs(data) == expected


_BULK_WRITER = """
import sys
from pyoxigraph import Literal, NamedNode, Quad
from kg.mapping import ArticleGraph
from kg.namespaces import AKG
from kg.store.oxigraph import BULK_QUADS, OxigraphStore

store = OxigraphStore(sys.argv[1])
per_write, quads_each = int(sys.argv[2]), int(sys.argv[3])
assert per_write * quads_each >= BULK_QUADS  # the bulk path, not the transaction of single inserts


def graph(write, n):
    iri = NamedNode(f"https://w3id.org/astrokg/article/w{write}-{n}")
    facts = (Quad(iri, NamedNode(AKG.contentHash), Literal(f"h{write}-{n}"), iri),)
    prov = tuple(Quad(iri, NamedNode(f"urn:p:{k}"), Literal(f"{write}-{n}-{k}"), iri) for k in range(quads_each - 1))
    return ArticleGraph(iri, f"w{write}-{n}", f"h{write}-{n}", facts, prov)


writes = [[graph(write, n) for n in range(per_write)] for write in range(16)]  # made first: the loop only writes
for write, graphs in enumerate(writes):
    store.write(graphs)
    print(f"wrote {write}", flush=True)
"""


@pytest.mark.issue(13)
def test_kill_9_during_bulk_writes_leaves_whole_writes_only(tmp_path: Path) -> None:
    """Large writes go in as table files added in one atomic step: a process killed while it
    makes them leaves every write whole or absent, so every article whole or absent."""
    per_write, quads_each = 110, 200
    data = tmp_path / "data"
    with subprocess.Popen([sys.executable, "-c", _BULK_WRITER, str(data), str(per_write), str(quads_each)],
                          env=_env(), stdout=subprocess.PIPE, text=True) as run:
        assert run.stdout is not None
        for line in run.stdout:  # several writes done, the next ones under way
            if line.startswith("wrote 3"):
                break
        time.sleep(random.uniform(0.01, 0.15))  # somewhere inside the next writes
        os.kill(run.pid, signal.SIGKILL)
        run.wait()
    assert run.returncode == -signal.SIGKILL

    graphs = _graphs(data)
    sizes = {graph: len(quads) for graph, quads in graphs.items() if graph != "default"}
    writes = {graph.split("/")[-1].split("-")[0] for graph in sizes}
    assert 4 * per_write <= len(sizes) < 16 * per_write, "the kill should land mid-run"
    assert len(sizes) == len(writes) * per_write, "a write was cut short"
    assert set(sizes.values()) == {quads_each}, "an article was cut short"
