"""`kg ingest` while `kg serve` owns the data directory: the articles go to the service."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.client import announce, find_service, service_file
from kg.store.oxigraph import OxigraphStore
from tests.corpus import articles, write_jsonl
from web.cli import cli

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "test-token-6"


def test_a_locked_directory_without_a_service_says_what_to_do(tmp_path: Path) -> None:
    feed = write_jsonl(tmp_path / "feed.jsonl", articles(2, seed=41))
    holder = OxigraphStore(tmp_path / "data")
    try:
        result = CliRunner().invoke(cli, ["--data-dir", str(tmp_path / "data"), "ingest", str(feed)])
    finally:
        holder.close()
    assert result.exit_code == 1
    assert "in use by another astrokg process" in result.output
    assert "No running astrokg service announces itself" in result.output


def test_a_service_file_of_a_dead_process_is_ignored(tmp_path: Path) -> None:
    tmp_path.joinpath("data").mkdir()
    announce(tmp_path / "data", "http://127.0.0.1:9/")
    assert find_service(tmp_path / "data") is not None  # this process is alive
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    service_file(tmp_path / "data").write_text(json.dumps({"url": "http://127.0.0.1:9/", "pid": int(done.stdout)}))
    assert find_service(tmp_path / "data") is None


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Path]:
    """`kg serve` on a free port over a fresh data directory, with a token."""
    data = tmp_path / "data"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KG_API_TOKEN": TOKEN, "KG_INGEST_SYNC_LIMIT": "3"}
    with subprocess.Popen([sys.executable, "-c", "from web.cli import main; main()", "--data-dir", str(data),
                           "serve", "--port", "0"], env=env, stderr=subprocess.PIPE, text=True) as server:
        deadline = time.monotonic() + 60
        while find_service(data) is None:
            assert server.poll() is None, server.stderr.read() if server.stderr else ""
            assert time.monotonic() < deadline, "kg serve did not announce itself"
            time.sleep(0.1)
        try:
            yield data
        finally:
            server.terminate()
            server.wait(timeout=30)
            if server.stderr:
                server.stderr.close()
    assert not service_file(data).exists(), "kg serve must remove its service file on exit"


def test_ingest_sends_the_articles_to_the_running_service(served: Path, tmp_path: Path) -> None:
    small = write_jsonl(tmp_path / "small.jsonl",  # two articles: answered at once
                        [{**r, "id": "small-" + r["id"]} for r in articles(2, seed=43)])
    runner = CliRunner()
    done = runner.invoke(cli, ["--data-dir", str(served), "ingest", str(small)], env={"KG_API_TOKEN": TOKEN})
    assert done.exit_code == 0, done.output
    assert "loaded 2, replaced 0, unchanged 0, failed 0" in done.output
    feed = write_jsonl(tmp_path / "feed.jsonl", articles(5, seed=42))  # more than 3: a background job
    with feed.open("a", encoding="utf-8") as handle:
        handle.write("{broken\n")
    args = ["--data-dir", str(served), "ingest", str(feed), "--report", str(tmp_path / "r.json")]
    result = runner.invoke(cli, args, env={"KG_API_TOKEN": TOKEN})
    assert "sending the articles to it" in result.output
    assert result.exit_code == 1, result.output
    report = json.loads((tmp_path / "r.json").read_text())
    assert report["loaded"] == 5 and [f["line"] for f in report["failures"]] == [6]
    again = runner.invoke(cli, args, env={"KG_API_TOKEN": TOKEN})
    assert "unchanged 5" in again.output
    refused = runner.invoke(cli, args, env={"KG_API_TOKEN": "wrong"})
    assert refused.exit_code == 1 and "refused the token" in refused.output
    service = find_service(served)
    assert service is not None
    with urllib.request.urlopen(service.url + "api/stats", timeout=10) as response:
        assert json.loads(response.read())["articles"] == 7


def test_serve_announces_itself_and_cleans_up(served: Path) -> None:
    service = find_service(served)
    assert service is not None and service.url.startswith("http://127.0.0.1:")
    with urllib.request.urlopen(service.url + "health", timeout=10) as response:
        assert response.status == 200
